import type { Locale } from '@lukuhaaste/shared/util-rules';
import type { PageImage } from '@lukuhaaste/web/util-i18n';

/** The API draws the card at Open Graph's size (see the API's render-share-card-svg.util). */
const CARD = { width: 1200, height: 630 };

/** The card PNG of a public progress page, in the page's language (the URL names it, so caches keep one per language). */
export function shareCardImage(slug: string, year: number, locale: Locale, alt: string): PageImage {
  return { url: `/p/${encodeURIComponent(slug)}/${year}.png?lang=${locale}`, alt, ...CARD };
}
