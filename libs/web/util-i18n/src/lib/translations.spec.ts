import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@lukuhaaste/shared/util-rules';
import { flattenTranslation } from './flatten-translation';

const I18N_DIR = join(__dirname, '../../../../../apps/web/public/i18n');

/** Every text of a translation file by its dotted key, as the loader hands them to Transloco. */
const textsByKey = (json: string) =>
  new Map(Object.entries(flattenTranslation(JSON.parse(json))) as [string, string][]);

/** The root texts and each lazily loaded Transloco scope (`i18n/<scope>/<lang>.json`). */
const SETS = [
  '',
  ...readdirSync(I18N_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name),
];

const load = (set: string) =>
  Object.fromEntries(
    LOCALES.map((locale) => [locale, textsByKey(readFileSync(join(I18N_DIR, set, `${locale}.json`), 'utf8'))]),
  );
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(SETS)('translations %s', (set) => {
  const translations = load(set);

  it.each(LOCALES.filter((locale) => locale !== 'fi'))('%s has exactly the keys of fi', (locale) => {
    expect([...translations[locale].keys()].sort()).toEqual([...translations['fi'].keys()].sort());
  });

  it.each(LOCALES)('%s has no empty texts', (locale) => {
    const empty = [...translations[locale]].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s uses the same placeholders as fi', (locale) => {
    for (const [key, text] of translations['fi']) {
      expect({ key, placeholders: placeholders(translations[locale].get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});
