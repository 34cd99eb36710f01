import { FormControl, FormGroup } from '@angular/forms';
import { checkSingleLineText, hasForbiddenCharacters, type LocalizedText } from '@lukuhaaste/shared/util-rules';
import type { LocalizedTextInput } from '@lukuhaaste/web/data-access/librarian';
import { textRule } from '@lukuhaaste/web/ui';

export type LocalizedTextForm = FormGroup<{
  fi: FormControl<string>;
  sv: FormControl<string>;
  en: FormControl<string>;
}>;

export interface LocalizedTextOptions {
  maxLength: number;
  /** Titles are one line; descriptions may have line breaks. */
  multiline?: boolean;
  /** Finnish is required for titles; a description may be left out entirely. */
  required?: boolean;
}

/** One librarian-written text in fi/sv/en, validated by the shared rules the API uses. */
export function localizedTextForm(options: LocalizedTextOptions, value?: LocalizedText | null): LocalizedTextForm {
  const control = (text: string | null | undefined, required: boolean) =>
    new FormControl(text ?? '', { nonNullable: true, validators: textRule((v) => checkText(v, required, options)) });
  return new FormGroup({
    fi: control(value?.fi, options.required ?? false),
    sv: control(value?.sv, false),
    en: control(value?.en, false),
  });
}

function checkText(value: string, required: boolean, { maxLength, multiline }: LocalizedTextOptions) {
  if (!value.trim()) return required ? { code: 'REQUIRED' as const } : null;
  if (!multiline) {
    const problem = checkSingleLineText('text', value, 1, maxLength);
    return problem && { code: problem.code, ...(problem.params ? { params: problem.params } : {}) };
  }
  if (hasForbiddenCharacters(value)) return { code: 'INVALID_CHARACTERS' as const };
  return [...value.trim()].length > maxLength ? { code: 'TOO_LONG' as const, params: { max: maxLength } } : null;
}

/** The form's text as the API takes it: trimmed, blank translations sent as null. */
export function toLocalizedInput(value: { fi: string; sv: string; en: string }): LocalizedTextInput {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return { fi: value.fi.trim(), sv: optional(value.sv), en: optional(value.en) };
}

/** An optional text (a description): null when every language is blank. */
export function toOptionalLocalizedInput(value: { fi: string; sv: string; en: string }): LocalizedTextInput | null {
  return value.fi.trim() || value.sv.trim() || value.en.trim() ? toLocalizedInput(value) : null;
}

/** An optional text needs its Finnish version once any translation is written. */
export function needsFinnish(value: { fi: string; sv: string; en: string }): boolean {
  return !value.fi.trim() && !!(value.sv.trim() || value.en.trim());
}

/** Same text, ignoring surrounding white space and blank-vs-null translations. */
export function sameText(a: LocalizedText | null | undefined, b: LocalizedText | null | undefined): boolean {
  const norm = (text: LocalizedText | null | undefined) =>
    [text?.fi, text?.sv, text?.en].map((part) => part?.trim() ?? '').join('\u0000');
  return norm(a) === norm(b);
}
