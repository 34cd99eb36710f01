import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration, withNoHttpTransferCache, withNoIncrementalHydration } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideGraphqlClient } from '@lukuhaaste/web/data-access';
import { provideI18n } from '@lukuhaaste/web/util-i18n';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Public pages arrive server-rendered; their data travels in the page through
    // QueryTransfer and the translation loader (taken once), not Angular's HTTP cache.
    // No incremental hydration, so no event replay: its dispatcher costs 14 kB of
    // the initial bundle and two inline scripts (a CSP nonce per response, which
    // would make every page unique); links work before hydration anyway.
    provideClientHydration(withNoHttpTransferCache(), withNoIncrementalHydration()),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    provideHttpClient(withFetch()),
    provideGraphqlClient(),
    provideI18n(),
  ],
};
