import type { FastifyInstance } from 'fastify';
import { METRICS_PATH } from '@lukuhaaste/api/observability';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Angular names build output like main-ABCD1234.js: such files never change. */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.(js|css|woff2?)$/;
const API_PREFIXES = ['/graphql', '/health', METRICS_PATH];

/**
 * Serves the built web app from the API's origin: hashed assets cached for a
 * year, index.html revalidated, and unknown GET paths answered with
 * index.html so deep links work in the single-page app.
 */
export async function serveWebApp(fastify: FastifyInstance, webDistDir: string): Promise<boolean> {
  const root = resolve(webDistDir);
  if (!existsSync(resolve(root, 'index.html'))) return false;
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
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage = !API_PREFIXES.some((prefix) => path.startsWith(prefix)) && !/\.\w+$/.test(path);
    if (!wantsPage) return reply.code(404).send({ statusCode: 404, error: 'Not Found' });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
