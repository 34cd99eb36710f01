import { inject, REQUEST_CONTEXT } from '@angular/core';

/**
 * What the API hands the server render besides the URL. Deliberately no
 * cookies or session: public pages render as an anonymous visitor, so the
 * HTML is the same for everyone reading in one language.
 */
export interface PageRenderContext {
  /** Where the render reaches the API over loopback, e.g. `http://127.0.0.1:3000`. */
  apiOrigin: string;
  /** The reader's language choice remembered in a cookie, if any. */
  storedLocale: string | null;
  /** The Accept-Language header, if any. */
  acceptLanguage: string | null;
}

/** The current render's context; null at build time (route extraction) and in the dev server. */
export function injectPageRenderContext(): PageRenderContext | null {
  return (inject(REQUEST_CONTEXT, { optional: true }) as PageRenderContext | null) ?? null;
}
