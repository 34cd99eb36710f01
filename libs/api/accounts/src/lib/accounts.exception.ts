import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum AccountsExceptionCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  OWN_ROLE = 'OWN_ROLE',
  SUSPENDED = 'SUSPENDED',
}

const DETAILS: Record<AccountsExceptionCode, DomainErrorDetails> = {
  EMAIL_TAKEN: {
    graphqlCode: 'CONFLICT',
    message: 'An account with this email already exists.',
    field: { field: 'email', code: 'EMAIL_TAKEN' },
  },
  INVALID_CREDENTIALS: { graphqlCode: 'UNAUTHENTICATED', message: 'Wrong email or password.' },
  WRONG_PASSWORD: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'The current password is wrong.',
    field: { field: 'currentPassword', code: 'WRONG_PASSWORD' },
  },
  USER_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'User was not found.' },
  OWN_ROLE: { graphqlCode: 'FORBIDDEN', message: 'You cannot change your own role.' },
  SUSPENDED: { graphqlCode: 'FORBIDDEN', message: 'Your account is suspended: you can read but not write.' },
};

export class AccountsException extends TabledDomainException<AccountsExceptionCode> {
  constructor(code: AccountsExceptionCode, extra: Record<string, unknown> = {}) {
    super(code, DETAILS, extra);
  }
}
