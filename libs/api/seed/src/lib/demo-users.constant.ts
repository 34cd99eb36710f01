import { Locale, Role } from '@lukuhaaste/api/accounts';

/** Demo password for every demo account; printed at start, never use in production. */
export const DEMO_PASSWORD = 'lukuhaaste-demo';

export const DEMO_USERS = [
  { email: 'admin@demo.lukuhaaste.fi', displayName: 'Ylläpitäjä', role: Role.ADMIN, locale: Locale.fi },
  { email: 'librarian@demo.lukuhaaste.fi', displayName: 'Kirjastonhoitaja Kaisa', role: Role.LIBRARIAN, locale: Locale.fi },
  { email: 'patron@demo.lukuhaaste.fi', displayName: 'Kirjamyyrä 2026', role: Role.PATRON, locale: Locale.fi },
] as const;
