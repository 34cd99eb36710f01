// Browsers drop whitespace and control characters from a URL before reading its scheme ("java\tscript:").
const IGNORED_BY_BROWSERS = /[\p{Cc}\s]/gu;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme a browser would see, lower-cased, or null for a relative URL. */
export function urlScheme(url: string): string | null {
  return SCHEME.exec(url.replace(IGNORED_BY_BROWSERS, ''))?.[1].toLowerCase() ?? null;
}
