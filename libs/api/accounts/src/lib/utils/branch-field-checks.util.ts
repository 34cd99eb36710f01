import {
  BRANCH_NAME_MAX_LENGTH,
  checkSingleLineText,
  type FieldError,
  type LocalizedText,
} from '@lukuhaaste/shared/util-rules';

export interface CheckedBranchName {
  problems: FieldError[];
  /** Trimmed names with blank translations dropped (clients fall back to fi). */
  value: LocalizedText;
}

/** A branch name: one line per locale, fi required, sv and en optional. Field paths are `name.<locale>`. */
export function checkBranchName(name: LocalizedText): CheckedBranchName {
  const problems: FieldError[] = [];
  const value: LocalizedText = { fi: name.fi.trim() };
  const fi = checkSingleLineText('name.fi', name.fi, 1, BRANCH_NAME_MAX_LENGTH);
  if (fi) problems.push(fi);
  for (const locale of ['sv', 'en'] as const) {
    const text = name[locale];
    if (text == null || text.trim() === '') continue;
    const problem = checkSingleLineText(`name.${locale}`, text, 1, BRANCH_NAME_MAX_LENGTH);
    if (problem) problems.push(problem);
    value[locale] = text.trim();
  }
  return { problems, value };
}
