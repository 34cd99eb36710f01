import { missingTranslations, type Locale } from '@lukuhaaste/shared/util-rules';
import type { EditorChallenge } from '@lukuhaaste/web/data-access/librarian';

export interface MissingTranslation {
  /** What lacks the translation, as a translation key in the `librarian.publish` group. */
  key: 'challengeTitle' | 'challengeDescription' | 'categoryTitle' | 'categoryDescription';
  position?: number;
  locales: Locale[];
}

export interface PublishChecklist {
  categoryCount: number;
  /** Positions of categories whose Finnish title is blank. */
  missingFinnish: number[];
  /** Warnings only: readers see the Finnish text instead. */
  missingTranslations: MissingTranslation[];
  canPublish: boolean;
}

/** What the publish dialog checks: the API's hard rules first, then gentle translation warnings. */
export function publishChecklist(
  challenge: Pick<EditorChallenge, 'title' | 'description' | 'categories'>,
): PublishChecklist {
  const { categories } = challenge;
  const missingFinnish = categories
    .filter((category) => !category.title.fi.trim())
    .map((category) => category.position);
  const warnings: MissingTranslation[] = [];
  const warn = (key: MissingTranslation['key'], text: EditorChallenge['title'] | null, position?: number) => {
    if (!text?.fi.trim()) return; // an absent text needs no translations
    const locales = missingTranslations(text);
    if (locales.length > 0) warnings.push({ key, locales, ...(position === undefined ? {} : { position }) });
  };
  warn('challengeTitle', challenge.title);
  warn('challengeDescription', challenge.description);
  for (const category of categories) {
    warn('categoryTitle', category.title, category.position);
    warn('categoryDescription', category.description, category.position);
  }
  const titleOk = challenge.title.fi.trim() !== '';
  return {
    categoryCount: categories.length,
    missingFinnish,
    missingTranslations: warnings,
    canPublish: categories.length > 0 && missingFinnish.length === 0 && titleOk,
  };
}
