import {
  DISPLAY_NAME_MAX_LENGTH,
  DISPLAY_NAME_MIN_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkSingleLineText,
  hasForbiddenCharacters,
  isPlausibleEmail,
  type FieldError,
} from '@lukuhaaste/shared/util-rules';

export function checkEmail(email: string): FieldError | null {
  const trimmed = email.trim();
  if (trimmed.length === 0) return { field: 'email', code: 'REQUIRED' };
  if (trimmed.length > EMAIL_MAX_LENGTH) return { field: 'email', code: 'TOO_LONG', params: { max: EMAIL_MAX_LENGTH } };
  if (hasForbiddenCharacters(trimmed) || !isPlausibleEmail(trimmed)) return { field: 'email', code: 'INVALID_EMAIL' };
  return null;
}

/** Any characters are allowed in a password; only its length is checked. */
export function checkNewPassword(field: string, password: string): FieldError | null {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return { field, code: 'TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } };
  if (password.length > PASSWORD_MAX_LENGTH) return { field, code: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } };
  return null;
}

export function checkDisplayName(displayName: string): FieldError | null {
  return checkSingleLineText('displayName', displayName, DISPLAY_NAME_MIN_LENGTH, DISPLAY_NAME_MAX_LENGTH);
}
