import { inject, isDevMode, provideAppInitializer, type EnvironmentProviders, type Provider } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES } from '@lukuhaaste/shared/util-rules';
import { HttpTranslationLoader } from './http-translation.loader';
import { LanguageStore } from './language.store';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/**
 * Transloco with fi/sv/en; the first screen waits for its texts so no raw keys
 * flash by. Route `title`s are translation keys. Needs `provideHttpClient()`.
 */
export function provideI18n(): Array<Provider | EnvironmentProviders> {
  return [
    provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        // HttpTranslationLoader flattens the texts itself.
        flatten: { aot: true },
      },
      loader: HttpTranslationLoader,
    }),
    provideAppInitializer(() => inject(LanguageStore).init()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ];
}
