/**
 * Whether a websocket upgrade may proceed. Browsers always send `Origin` on
 * a websocket handshake and attach the session cookie whatever page opened
 * it, so a foreign page must not get through (cross-site websocket
 * hijacking). Same origin means the Origin's host:port equals the Host header
 * the browser sent (proxies must pass it on unchanged). Clients that send no
 * Origin are not browsers and carry no ambient cookie: they are allowed.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // e.g. "null" from a sandboxed frame or a file:// page
  }
  if (allowedOrigins.includes(parsed.origin)) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
}
