import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { mergeApplicationConfig, type ApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { LOCALE_SOURCES, parseAcceptLanguage } from '@lukuhaaste/web/util-i18n';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { loopbackApiInterceptor } from './server/loopback-api.interceptor';
import { injectPageRenderContext } from './server/page-render-context';

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    provideHttpClient(withFetch(), withInterceptors([loopbackApiInterceptor])),
    // The same rule as in the browser, from what the request tells: the remembered choice, then Accept-Language.
    {
      provide: LOCALE_SOURCES,
      useFactory: () => {
        const context = injectPageRenderContext();
        return () => ({
          storedLocale: context?.storedLocale,
          browserLanguages: parseAcceptLanguage(context?.acceptLanguage),
        });
      },
    },
  ],
};

export const serverAppConfig = mergeApplicationConfig(appConfig, serverConfig);
