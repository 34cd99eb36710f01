import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslocoTestingModule } from '@jsverse/transloco';

const I18N = join(__dirname, '../../../../../apps/web/public/i18n');

/** The app's real English texts, so specs assert what a reader sees. */
export function translocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: { en: JSON.parse(readFileSync(join(I18N, 'en.json'), 'utf8')) },
    translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
    preloadLangs: true,
  });
}
