import { registerEnumType } from '@nestjs/graphql';
import type { Locale as LocaleCode } from '@lukuhaaste/shared/util-rules';

/** GraphQL face of the shared locale list; values equal the shared codes. */
export enum Locale {
  fi = 'fi',
  sv = 'sv',
  en = 'en',
}

// Compile-time check that this enum and the shared list stay identical.
type SameAsShared = [LocaleCode] extends [`${Locale}`] ? ([`${Locale}`] extends [LocaleCode] ? true : never) : never;
const sameAsShared: SameAsShared = true;
void sameAsShared;

registerEnumType(Locale, { name: 'Locale' });
