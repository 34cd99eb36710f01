import { domainExceptionToGraphqlError } from '@lukuhaaste/api/common';
import { AccountsException } from '../accounts.exception';
import { assertCanContribute, isSuspended } from './assert-can-contribute.util';

const NOW = new Date('2026-11-25T12:00:00Z');

function errorOf(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return null;
}

describe('assertCanContribute', () => {
  it('lets users who were never suspended, or whose suspension ended, contribute', () => {
    expect(() => assertCanContribute({ suspendedUntil: null }, NOW)).not.toThrow();
    expect(() => assertCanContribute({ suspendedUntil: new Date('2026-11-25T11:59:59Z') }, NOW)).not.toThrow();
    // The suspension ends at its instant.
    expect(isSuspended({ suspendedUntil: NOW }, NOW)).toBe(false);
  });

  it('refuses a suspended user with FORBIDDEN, reason SUSPENDED and the end of the suspension', () => {
    const until = new Date('2026-12-01T00:00:00Z');
    const error = errorOf(() => assertCanContribute({ suspendedUntil: until }, NOW));
    expect(isSuspended({ suspendedUntil: until }, NOW)).toBe(true);
    expect(error).toBeInstanceOf(AccountsException);
    expect(domainExceptionToGraphqlError(error as AccountsException).extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'SUSPENDED',
      suspendedUntil: '2026-12-01T00:00:00.000Z',
    });
  });
});
