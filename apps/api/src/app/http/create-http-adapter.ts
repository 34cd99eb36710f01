import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { AppConfig } from '@lukuhaaste/api/config';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

/** 1 MiB is ample for any GraphQL request the apps send. */
const BODY_LIMIT_BYTES = 1024 * 1024;
const SAFE_REQUEST_ID = /^[\w-]{1,100}$/;

/** Reuses a proxy's X-Request-Id when it looks sane, so logs line up across hops. */
function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    requestIdHeader: false,
    genReqId: requestIdFor,
  });
}
