import { hasForbiddenCharacters, type FieldError } from '@lukuhaaste/shared/util-rules';

/**
 * A report's note or a moderator's reason: stored as typed (line breaks
 * allowed); blank counts as absent, which is a problem only when required.
 */
export function checkModerationText(
  field: string,
  value: string | null | undefined,
  { max, required }: { max: number; required: boolean },
): { problem: FieldError | null; text: string | null } {
  if (value == null || value.trim() === '') {
    return { problem: required ? { field, code: 'REQUIRED' } : null, text: null };
  }
  if ([...value].length > max) return { problem: { field, code: 'TOO_LONG', params: { max } }, text: value };
  if (hasForbiddenCharacters(value)) return { problem: { field, code: 'INVALID_CHARACTERS' }, text: value };
  return { problem: null, text: value };
}
