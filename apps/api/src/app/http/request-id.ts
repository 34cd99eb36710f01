import type { FastifyInstance } from 'fastify';

/**
 * Echoes Fastify's request id (the proxy's X-Request-Id when sane, see
 * create-http-adapter.ts) to the client for support requests. The request log
 * gets the same id: @fastify/middie copies it to the raw request before the
 * logging middleware runs.
 */
export function propagateRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
