import { Locale, Role } from '@lukuhaaste/api/accounts';

/** Demo password for every demo account; printed at start, never use in production. */
export const DEMO_PASSWORD = 'lukuhaaste-demo';

export const DEMO_USERS = [
  { email: 'admin@demo.lukuhaaste.fi', displayName: 'Ylläpitäjä', role: Role.ADMIN, locale: Locale.fi },
  {
    email: 'librarian@demo.lukuhaaste.fi',
    displayName: 'Kirjastonhoitaja Kaisa',
    role: Role.LIBRARIAN,
    locale: Locale.fi,
  },
  { email: 'patron@demo.lukuhaaste.fi', displayName: 'Kirjamyyrä 2026', role: Role.PATRON, locale: Locale.fi },
] as const;

/** Extra patrons whose reading fills "what others read" and the statistics; not printed at start. */
export const DEMO_READERS = [
  'Lukutoukka',
  'Kirjakettu',
  'Iltasatu',
  'Sivunkääntäjä',
  'Bokmalen',
  'Tarinasieppo',
  'Pokkaripupu',
  'Runoranta',
  'Dekkarimummo',
  'Läsräven',
].map((displayName, index) => ({
  email: `lukija${String(index + 1).padStart(2, '0')}@demo.lukuhaaste.fi`,
  displayName,
  role: Role.PATRON,
  locale: displayName === 'Bokmalen' || displayName === 'Läsräven' ? Locale.sv : Locale.fi,
}));
