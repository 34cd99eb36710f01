import type { FastifyInstance } from 'fastify';

/**
 * Exposes Fastify's request id to the pino-http middleware (which sees only
 * the raw request) and echoes it to the client for support requests.
 */
export function propagateRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    (request.raw as { id?: string }).id = request.id;
    reply.header('x-request-id', request.id);
  });
}
