import { SESSION_COOKIE } from '../constants/session-cookie.constant';

export interface TokenSource {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
}

/** The session token from `Authorization: Bearer …`, else from the session cookie. */
export function readSessionToken(request: TokenSource): string | null {
  const authorization = request.headers['authorization'];
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (match?.[1]) return match[1];
  }
  return request.cookies?.[SESSION_COOKIE] || null;
}
