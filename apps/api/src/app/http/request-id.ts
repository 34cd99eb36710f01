import type { FastifyInstance } from 'fastify';

/**
 * Echoes Fastify's request id (the proxy's X-Request-Id when sane, see
 * create-http-adapter.ts) to the client for support requests; the request
 * log carries the same id (logging/request-log.ts).
 */
export function propagateRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
