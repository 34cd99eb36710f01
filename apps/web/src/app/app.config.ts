import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration, withNoHttpTransferCache } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideGraphqlClient } from '@lukuhaaste/web/data-access';
import { provideI18n } from '@lukuhaaste/web/util-i18n';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Public pages arrive server-rendered; their data travels in the page through
    // QueryTransfer and the translation loader (taken once), not Angular's HTTP cache.
    // Incremental hydration (Angular's default) leaves `@defer (hydrate …)` blocks,
    // such as the challenge page's category cards, as server HTML until needed, and
    // its event replay keeps presses made before hydration. Its two inline scripts
    // run under the CSP by their hashes, which the API adds per page.
    provideClientHydration(withNoHttpTransferCache()),
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
