import type { LocalizedText } from '@lukuhaaste/shared/util-rules';

export interface SeedCategory {
  title: LocalizedText;
  description: LocalizedText;
}

/** [fi, sv, en] title, then [fi, sv, en] description: compact enough to review side by side. */
export type CategoryRow = readonly [string, string, string, string, string, string];

export function toSeedCategories(rows: readonly CategoryRow[]): SeedCategory[] {
  return rows.map(([fi, sv, en, descriptionFi, descriptionSv, descriptionEn]) => ({
    title: { fi, sv, en },
    description: { fi: descriptionFi, sv: descriptionSv, en: descriptionEn },
  }));
}
