/** Limits on account fields, shared so the web form and the API agree. */
export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length, but a cap keeps hashing cost bounded per request. */
export const PASSWORD_MAX_LENGTH = 256;
export const DISPLAY_NAME_MIN_LENGTH = 2;
export const DISPLAY_NAME_MAX_LENGTH = 40;
/** RFC 5321 limit on a forward path. */
export const EMAIL_MAX_LENGTH = 254;
