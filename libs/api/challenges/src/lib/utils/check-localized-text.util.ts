import { hasForbiddenCharacters, type FieldError, type LocalizedText } from '@lukuhaaste/shared/util-rules';

export interface LocalizedTextRules {
  maxLength: number;
  /** Titles are one line; descriptions may have paragraphs. */
  multiline: boolean;
}

export interface CheckedLocalizedText {
  problems: FieldError[];
  /** Trimmed text with blank translations dropped (clients fall back to fi). */
  value: LocalizedText;
}

const TRANSLATIONS = ['sv', 'en'] as const;

function checkOne(field: string, value: string, rules: LocalizedTextRules): FieldError | null {
  const trimmed = value.trim();
  if (hasForbiddenCharacters(value) || (!rules.multiline && /[\r\n\t]/.test(trimmed)))
    return { field, code: 'INVALID_CHARACTERS' };
  if ([...trimmed].length > rules.maxLength) return { field, code: 'TOO_LONG', params: { max: rules.maxLength } };
  return null;
}

/**
 * Validates librarian-written text: fi required and non-blank, every
 * language within the length limit and free of forbidden characters.
 * Field paths are `<field>.<locale>`, e.g. `title.fi`.
 */
export function checkLocalizedText(
  field: string,
  input: LocalizedText,
  rules: LocalizedTextRules,
): CheckedLocalizedText {
  const problems: FieldError[] = [];
  const value: LocalizedText = { fi: input.fi.trim() };
  if (value.fi === '') problems.push({ field: `${field}.fi`, code: 'REQUIRED' });
  else {
    const problem = checkOne(`${field}.fi`, input.fi, rules);
    if (problem) problems.push(problem);
  }
  for (const locale of TRANSLATIONS) {
    const text = input[locale];
    if (text == null || text.trim() === '') continue;
    const problem = checkOne(`${field}.${locale}`, text, rules);
    if (problem) problems.push(problem);
    value[locale] = text.trim();
  }
  return { problems, value };
}

/**
 * An optional text (a description): null or all-blank clears it; otherwise
 * the same rules as a required one.
 */
export function checkOptionalLocalizedText(
  field: string,
  input: LocalizedText | null,
  rules: LocalizedTextRules,
): { problems: FieldError[]; value: LocalizedText | null } {
  if (input == null) return { problems: [], value: null };
  const allBlank = [input.fi, input.sv, input.en].every((text) => text == null || text.trim() === '');
  return allBlank ? { problems: [], value: null } : checkLocalizedText(field, input, rules);
}
