import type { LocalizedText } from '@lukuhaaste/shared/util-rules';

export interface DemoBranch {
  slug: string;
  name: LocalizedText;
}

/**
 * Real Helsinki-area library branches. Swedish names only where the place has
 * an established one (Berghäll, Östra centrum, Böle, Dickursby, Grankulla,
 * Centrumbiblioteket Ode); elsewhere clients fall back to Finnish. Kirjasto 10
 * is left out: it moved into Oodi in 2018.
 */
export const DEMO_BRANCHES: DemoBranch[] = [
  {
    slug: 'oodi',
    name: { fi: 'Keskustakirjasto Oodi', sv: 'Centrumbiblioteket Ode', en: 'Helsinki Central Library Oodi' },
  },
  { slug: 'kallio', name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: 'Kallio Library' } },
  { slug: 'pasila', name: { fi: 'Pasilan kirjasto', sv: 'Böle bibliotek', en: 'Pasila Library' } },
  { slug: 'itakeskus', name: { fi: 'Itäkeskuksen kirjasto', sv: 'Östra centrums bibliotek', en: 'Itäkeskus Library' } },
  { slug: 'sello', name: { fi: 'Sellon kirjasto', en: 'Sello Library' } },
  { slug: 'entresse', name: { fi: 'Entressen kirjasto', en: 'Entresse Library' } },
  { slug: 'tikkurila', name: { fi: 'Tikkurilan kirjasto', sv: 'Dickursby bibliotek', en: 'Tikkurila Library' } },
  { slug: 'kauniainen', name: { fi: 'Kauniaisten kirjasto', sv: 'Grankulla bibliotek', en: 'Kauniainen Library' } },
];
