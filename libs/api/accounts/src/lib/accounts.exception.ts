import { TabledDomainException, type DomainErrorDetails } from '@lukuhaaste/api/common';

export enum AccountsExceptionCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  OWN_ROLE = 'OWN_ROLE',
  SUSPENDED = 'SUSPENDED',
  HOME_BRANCH_NOT_FOUND = 'HOME_BRANCH_NOT_FOUND',
  BRANCH_NOT_FOUND = 'BRANCH_NOT_FOUND',
  BRANCH_SLUG_TAKEN = 'BRANCH_SLUG_TAKEN',
  BRANCH_IN_USE = 'BRANCH_IN_USE',
  WRONG_PASSWORD_CONFIRMATION = 'WRONG_PASSWORD_CONFIRMATION',
  LAST_ADMIN = 'LAST_ADMIN',
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
  HOME_BRANCH_NOT_FOUND: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'No such library branch.',
    field: { field: 'homeBranchId', code: 'INVALID_VALUE' },
  },
  BRANCH_NOT_FOUND: { graphqlCode: 'NOT_FOUND', message: 'Library branch was not found.' },
  BRANCH_SLUG_TAKEN: {
    graphqlCode: 'CONFLICT',
    message: 'Another branch already has this slug.',
    field: { field: 'slug', code: 'TAKEN' },
  },
  BRANCH_IN_USE: {
    graphqlCode: 'CONFLICT',
    message:
      'Patrons have this branch as their home branch, or paper returns were recorded there, so it cannot be deleted.',
  },
  WRONG_PASSWORD_CONFIRMATION: {
    graphqlCode: 'BAD_USER_INPUT',
    message: 'The password is wrong.',
    field: { field: 'password', code: 'WRONG_PASSWORD' },
  },
  LAST_ADMIN: {
    graphqlCode: 'CONFLICT',
    message: 'You are the only admin: make someone else an admin before deleting your account.',
  },
};

export class AccountsException extends TabledDomainException<AccountsExceptionCode> {
  constructor(code: AccountsExceptionCode, extra: Record<string, unknown> = {}) {
    super(code, DETAILS, extra);
  }
}
