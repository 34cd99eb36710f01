import type { HttpInterceptorFn } from '@angular/common/http';
import { injectPageRenderContext } from './page-render-context';

/**
 * On the server, the app's same-origin requests (`/graphql`, `/i18n/…`) go to
 * the API over loopback rather than out through the public host name. They
 * carry no cookies, so every server render is anonymous.
 */
export const loopbackApiInterceptor: HttpInterceptorFn = (request, next) => {
  const apiOrigin = injectPageRenderContext()?.apiOrigin;
  if (!apiOrigin || !request.url.startsWith('/')) return next(request);
  return next(request.clone({ url: `${apiOrigin}${request.url}` }));
};
