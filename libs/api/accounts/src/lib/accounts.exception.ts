import { DomainException } from '@lukuhaaste/api/common';
import type { ErrorCode, FieldError } from '@lukuhaaste/shared/util-rules';

export enum AccountsExceptionCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  OWN_ROLE = 'OWN_ROLE',
}

const GRAPHQL_CODES: Record<AccountsExceptionCode, ErrorCode> = {
  EMAIL_TAKEN: 'CONFLICT',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  WRONG_PASSWORD: 'BAD_USER_INPUT',
  USER_NOT_FOUND: 'NOT_FOUND',
  OWN_ROLE: 'FORBIDDEN',
};

const MESSAGES: Record<AccountsExceptionCode, string> = {
  EMAIL_TAKEN: 'An account with this email already exists.',
  INVALID_CREDENTIALS: 'Wrong email or password.',
  WRONG_PASSWORD: 'The current password is wrong.',
  USER_NOT_FOUND: 'User was not found.',
  OWN_ROLE: 'You cannot change your own role.',
};

const FIELDS: Partial<Record<AccountsExceptionCode, FieldError>> = {
  EMAIL_TAKEN: { field: 'email', code: 'EMAIL_TAKEN' },
  WRONG_PASSWORD: { field: 'currentPassword', code: 'WRONG_PASSWORD' },
};

export class AccountsException extends DomainException<AccountsExceptionCode> {
  readonly graphqlCode: ErrorCode;

  constructor(code: AccountsExceptionCode) {
    const field = FIELDS[code];
    super(code, MESSAGES[code], field ? [field] : []);
    this.graphqlCode = GRAPHQL_CODES[code];
  }
}
