import { pickLocalized, type Locale, type LocalizedText } from '@lukuhaaste/shared/util-rules';
import type { PageText } from '@lukuhaaste/web/util-i18n';

interface Described {
  title: LocalizedText;
  description: LocalizedText | null;
}

/**
 * A challenge or category page's text for search results and link previews:
 * its own title, and its description, else the one given as a fallback
 * (a category without a description falls back to its challenge's).
 */
export function pageText(subject: Described, locale: Locale, fallback?: Described): PageText {
  const description = subject.description ?? fallback?.description ?? null;
  return {
    title: pickLocalized(subject.title, locale),
    description: description && pickLocalized(description, locale),
  };
}
