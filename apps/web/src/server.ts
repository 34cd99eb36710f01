import { AngularNodeAppEngine } from '@angular/ssr/node';
import type { PageRenderContext } from './app/server/page-render-context';

export type { PageRenderContext };

/** Renders the page at a path (with its query), or null when no route matches. */
export type PageRenderer = (path: string, context: PageRenderContext) => Promise<Response | null>;

/**
 * The API's entry into the web app: renders pages (or the client-rendered
 * shell for private routes) as if opened at `publicOrigin`, the configured
 * address readers use. Every URL a page names about itself (canonical, og:url)
 * is built on it rather than on the request's Host header, which the client
 * chooses, and it is the only host the engine accepts.
 */
export function createPageRenderer(publicOrigin: string): PageRenderer {
  const engine = new AngularNodeAppEngine({ allowedHosts: [new URL(publicOrigin).hostname] });
  return (path, context) => engine.handle(new Request(`${publicOrigin}${path}`), context);
}
