import { readSessionToken } from './read-session-token.util';

describe(readSessionToken.name, () => {
  it('prefers the bearer token over the cookie', () => {
    expect(readSessionToken({ headers: { authorization: 'Bearer abc' }, cookies: { lh_session: 'def' } })).toBe('abc');
  });

  it('falls back to the session cookie and returns null without either', () => {
    expect(readSessionToken({ headers: {}, cookies: { lh_session: 'def' } })).toBe('def');
    expect(readSessionToken({ headers: { authorization: 'Basic xyz' } })).toBeNull();
  });
});
