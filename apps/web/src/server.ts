import { AngularNodeAppEngine } from '@angular/ssr/node';
import type { PageRenderContext } from './app/server/page-render-context';

export type { PageRenderContext };

/**
 * The render's requests never go to the page's host (they go to the API over
 * loopback, see loopbackApiInterceptor), so the Host check guards nothing here.
 */
const engine = new AngularNodeAppEngine({ allowedHosts: ['*'] });

/**
 * The API's entry into the web app: the page for a GET (rendered, or the
 * client-rendered shell for private routes), or null when no route matches.
 */
export function renderPage(request: Request, context: PageRenderContext): Promise<Response | null> {
  return engine.handle(request, context);
}
