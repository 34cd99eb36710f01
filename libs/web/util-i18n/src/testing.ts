import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslocoTestingModule } from '@jsverse/transloco';

const I18N = join(__dirname, '../../../../apps/web/public/i18n');
const read = (file: string) => JSON.parse(readFileSync(join(I18N, file), 'utf8'));

/**
 * The app's real English texts, the root ones and those of each lazy
 * `scope` ('librarian', 'branches'), so specs assert what a reader sees.
 */
export function translocoTesting(...scopes: string[]) {
  const langs = Object.fromEntries([
    ['en', read('en.json')],
    ...scopes.map((scope) => [`${scope}/en`, read(`${scope}/en.json`)]),
  ]);
  return TranslocoTestingModule.forRoot({
    langs,
    translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
    preloadLangs: true,
  });
}
