import { urlScheme } from './url-scheme';

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * markdown-it has already decoded entities here (`&#106;avascript:` arrives as `javascript:`). A relative URL has
 * no scheme and stays allowed, unless a colon before its first slash could make some browser read one.
 */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme !== null) return ALLOWED_SCHEMES.has(scheme);
  return !url.split(/[/?#]/, 1)[0].includes(':');
}
