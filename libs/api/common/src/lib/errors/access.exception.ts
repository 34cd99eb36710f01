import { DomainException } from './domain.exception';

/** Cross-cutting access failures raised by guards and ownership checks. */
export class UnauthenticatedException extends DomainException<'UNAUTHENTICATED'> {
  readonly graphqlCode = 'UNAUTHENTICATED' as const;
  constructor(message = 'You need to log in first.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenException extends DomainException<'FORBIDDEN'> {
  readonly graphqlCode = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundException extends DomainException<'NOT_FOUND'> {
  readonly graphqlCode = 'NOT_FOUND' as const;
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class RateLimitedException extends DomainException<'RATE_LIMITED'> {
  readonly graphqlCode = 'RATE_LIMITED' as const;
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many attempts. Try again later.', [], { retryAfterSeconds });
  }
}

/** The value, or NOT_FOUND naming what was looked for (e.g. a row a DataLoader did not return). */
export function orNotFound<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new NotFoundException(what);
  return value;
}
