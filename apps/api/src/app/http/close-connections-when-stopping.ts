import type { FastifyInstance } from 'fastify';

/**
 * Once shutdown has closed the listener, responses say `Connection: close`:
 * a keep-alive client (a proxy's upstream pool) then sends its next request
 * to another instance, and the connection ends with the request in flight
 * instead of idling and holding up the exit.
 */
export function closeConnectionsWhenStopping(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!fastify.server.listening) reply.header('connection', 'close');
    done(null, payload);
  });
}
