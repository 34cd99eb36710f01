import {
  checkSingleLineText,
  COMMENT_BODY_MAX_LENGTH,
  hasForbiddenCharacters,
  THREAD_TITLE_MAX_LENGTH,
  THREAD_TITLE_MIN_LENGTH,
  type FieldError,
} from '@lukuhaaste/shared/util-rules';

/**
 * A comment body as stored: trimmed; empty only where `allowEmpty` (a shared
 * book speaks for itself). Length counts code points, like the other texts.
 */
export function checkCommentBody(
  field: string,
  body: string,
  allowEmpty = false,
): { value: string; problem: FieldError | null } {
  const value = body.trim();
  if (value.length === 0 && !allowEmpty) return { value, problem: { field, code: 'REQUIRED' } };
  if (hasForbiddenCharacters(value)) return { value, problem: { field, code: 'INVALID_CHARACTERS' } };
  if ([...value].length > COMMENT_BODY_MAX_LENGTH)
    return { value, problem: { field, code: 'TOO_LONG', params: { max: COMMENT_BODY_MAX_LENGTH } } };
  return { value, problem: null };
}

export function checkThreadTitle(field: string, title: string): { value: string; problem: FieldError | null } {
  return {
    value: title.trim(),
    problem: checkSingleLineText(field, title, THREAD_TITLE_MIN_LENGTH, THREAD_TITLE_MAX_LENGTH),
  };
}
