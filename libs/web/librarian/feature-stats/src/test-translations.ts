import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslocoTestingModule } from '@jsverse/transloco';

const I18N = join(__dirname, '../../../../../apps/web/public/i18n');
const read = (file: string) => JSON.parse(readFileSync(join(I18N, file), 'utf8'));

/** The app's real English texts, root and `librarian` scope, so specs assert what a librarian sees. */
export function translocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: { en: read('en.json'), 'librarian/en': read('librarian/en.json') },
    translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
    preloadLangs: true,
  });
}
