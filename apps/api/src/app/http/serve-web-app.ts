import type { FastifyInstance, FastifyReply } from 'fastify';
import { METRICS_PATH } from '@lukuhaaste/api/observability';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { inlineScriptHashes } from './inline-script-hashes';
import { stylesheetInliner } from './inline-stylesheets';
import { loadPageRenderer, type RenderedPage } from './page-renderer';
import { loadScriptsAfterFirstPaint } from './scripts-after-first-paint';
import { contentSecurityPolicy } from './security-headers';

/** Angular names build output like main-ABCD1234.js: such files never change. */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.(js|css|woff2?)$/;
const API_PREFIXES = ['/graphql', '/health', METRICS_PATH];
/** The client-rendered page: a build with a server bundle names it index.csr.html, a browser-only build index.html. */
const SHELL_FILES = ['index.csr.html', 'index.html'];

/**
 * Serves the built web app from the API's origin: hashed assets cached for a
 * year, pages revalidated. A page GET is rendered on the server when the
 * build has a server bundle (public pages; the web app's server routes
 * decide), with the global stylesheet inline and the app's scripts fetched
 * after the first paint; otherwise, or if rendering fails or is slow, it is
 * answered with the client-rendered shell so deep links work in the
 * single-page app.
 */
export async function serveWebApp(
  fastify: FastifyInstance,
  { webDistDir, publicOrigin }: { webDistDir: string; publicOrigin: string },
): Promise<boolean> {
  const root = resolve(webDistDir);
  const shell = SHELL_FILES.find((file) => existsSync(resolve(root, file)));
  if (!shell) return false;
  const render = await loadPageRenderer(resolve(root, '../server/server.mjs'), publicOrigin);
  const inlineStylesheets = stylesheetInliner(root);
  // Loaded only when there is something to serve (an API-only deployment never needs it).
  const { default: fastifyStatic } = await import('@fastify/static');
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (response, path) => {
      response.header('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Nest owns the not-found handler, so deep links are a catch-all route; files
  // and API paths are registered more specifically and win.
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage = !API_PREFIXES.some((prefix) => path.startsWith(prefix)) && !/\.\w+$/.test(path);
    if (!wantsPage) return reply.code(404).send({ statusCode: 404, error: 'Not Found' });
    const page = render ? await render(request) : null;
    if (page) return sendRendered(reply, { ...page, html: loadScriptsAfterFirstPaint(inlineStylesheets(page.html)) });
    return reply.header('cache-control', 'no-cache').sendFile(shell);
  });
  return true;
}

function sendRendered(reply: FastifyReply, page: RenderedPage): FastifyReply {
  page.headers.forEach((value, name) => reply.header(name, value));
  return (
    reply
      .code(page.status)
      .header('cache-control', 'no-cache')
      // The render follows the language cookie and Accept-Language, never the session.
      .header('vary', 'accept-language, cookie')
      // The page's own inline scripts (event replay's two, the script loader), and only they, may run.
      .header('content-security-policy', contentSecurityPolicy(inlineScriptHashes(page.html)))
      .send(page.html)
  );
}
