import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslocoTestingModule } from '@jsverse/transloco';

/** The app's real English texts, so specs can assert what a reader sees. */
export function translocoTesting() {
  const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8'));
  return TranslocoTestingModule.forRoot({
    langs: { en },
    translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
    preloadLangs: true,
  });
}
