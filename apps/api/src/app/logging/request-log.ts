import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** What a request's log lines say about it (the fields pino-http used to write). */
export interface LoggedRequest {
  id: string;
  method: string;
  /** Without the query string: a GET request may carry variables there, passwords included. */
  url: string;
  headers: FastifyRequest['headers'];
  remoteAddress?: string;
}

/** The request being handled, for lines logged while handling it (errors above all). */
const currentRequest = new AsyncLocalStorage<FastifyRequest>();

/**
 * pino `mixin`: every line logged while a request is handled carries the
 * request. Called only for lines the level lets through, so a request that
 * logs nothing pays for nothing but entering its context.
 */
export function currentRequestFields(): { req?: LoggedRequest } {
  const request = currentRequest.getStore();
  return request ? { req: describeRequest(request) } : {};
}

/**
 * One line per finished request (health checks excepted) as Fastify hooks
 * instead of pino-http behind Nest's middleware: pino-http built a child
 * logger (serialising the request's headers) per request even when its line
 * was then dropped by the level.
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  // A callback hook, so that the rest of the request's handling runs inside the context.
  fastify.addHook('onRequest', (request, _reply, done) => currentRequest.run(request, done));
  fastify.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('info') && !isHealthCheck(pathOf(request.url))) {
      const fields = {
        req: describeRequest(request),
        res: { statusCode: reply.statusCode },
        responseTime: Math.round(reply.elapsedTime),
      };
      // The same lines pino-http wrote, which log collectors may already match on.
      if (reply.statusCode >= 500) {
        logger.info({ ...fields, err: new Error(`failed with status code ${reply.statusCode}`) }, 'request errored');
      } else logger.info(fields, 'request completed');
    }
    done();
  });
  // pino-http also wrote a line for a request the client gave up on before its answer (a closed tab, a timeout).
  fastify.addHook('onRequestAbort', (request, done) => {
    if (logger.isLevelEnabled('info') && !isHealthCheck(pathOf(request.url))) {
      logger.info({ req: describeRequest(request) }, 'request aborted');
    }
    done();
  });
}

function describeRequest(request: FastifyRequest): LoggedRequest {
  return {
    id: request.id,
    method: request.method,
    url: pathOf(request.url),
    headers: request.headers,
    remoteAddress: request.socket.remoteAddress,
  };
}

function pathOf(url: string): string {
  return url.split('?')[0] ?? url;
}

function isHealthCheck(path: string): boolean {
  return path === '/health' || path.startsWith('/health/');
}
