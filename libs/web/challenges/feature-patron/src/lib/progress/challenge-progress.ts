import { pickLocalized, type Locale } from '@lukuhaaste/shared/util-rules';
import type { ChallengeCategory, ReadingEntry } from '@lukuhaaste/web/data-access/reading';

export type CategoryFilter = 'all' | 'todo' | 'done';
export const CATEGORY_FILTERS: readonly CategoryFilter[] = ['all', 'todo', 'done'];

/** A category with my entry for it, if any. */
export interface CategoryWithEntry {
  category: ChallengeCategory;
  entry: ReadingEntry | null;
}

/** Pairs every category with my entry for it, in the API's category order. */
export function withEntries(
  categories: readonly ChallengeCategory[],
  entries: readonly ReadingEntry[],
): CategoryWithEntry[] {
  const byCategory = new Map(entries.filter((e) => e.category).map((e) => [e.category?.id, e]));
  return categories.map((category) => ({ category, entry: byCategory.get(category.id) ?? null }));
}

/** Matches done state and a search over the category number and title (any language shown), ignoring case and accents. */
export function filterCategories(
  items: readonly CategoryWithEntry[],
  filter: CategoryFilter,
  search: string,
  locale: Locale,
): CategoryWithEntry[] {
  const query = fold(search.trim());
  return items.filter(({ category, entry }) => {
    if (filter === 'done' && !entry) return false;
    if (filter === 'todo' && entry) return false;
    if (!query) return true;
    return String(category.position) === query || fold(pickLocalized(category.title, locale)).includes(query);
  });
}

/** My entries by category position, then those not placed in a category yet (newest first). */
export function groupEntries(
  categories: readonly ChallengeCategory[],
  entries: readonly ReadingEntry[],
): { placed: CategoryWithEntry[]; unplaced: ReadingEntry[] } {
  const placed = withEntries(categories, entries).filter((item) => item.entry !== null);
  const unplaced = entries.filter((entry) => !entry.category).sort((a, b) => b.finishedOn.localeCompare(a.finishedOn));
  return { placed, unplaced };
}

/** Filled categories out of all; never more than the total. */
export function progressOf(
  completedCount: number | undefined,
  categoryCount: number,
): { done: number; total: number; complete: boolean } {
  const done = Math.min(completedCount ?? 0, categoryCount);
  return { done, total: categoryCount, complete: categoryCount > 0 && done === categoryCount };
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
