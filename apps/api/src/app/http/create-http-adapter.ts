import { FastifyAdapter } from '@nestjs/platform-fastify';
import { formatNetworkRange, type AppConfig } from '@lukuhaaste/api/config';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { GRAPHQL_PATH } from '../graphql/graphql-options';
import { allowLargeImportBodies, BODY_LIMIT_BYTES } from './import-body-limit';

const SAFE_REQUEST_ID = /^[\w-]{1,100}$/;

/** Reuses a proxy's X-Request-Id when it looks sane, so logs line up across hops. */
function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

type TrustProxy = false | string[] | ((address: string, hop: number) => boolean);

/**
 * Fastify takes the client IP (request.ip) from X-Forwarded-For only across
 * trusted hops. Fastify 5 ignores a plain hop count (it cannot tell a proxy
 * from a client that sent the header itself), so a count becomes "the nearest
 * n hops": right only when the API is reachable through the proxies alone.
 */
function trustProxyFor(config: AppConfig): TrustProxy {
  const setting = config.TRUST_PROXY;
  if (Array.isArray(setting)) return setting.map(formatNetworkRange);
  if (setting === false) return false;
  return (_address, hop) => hop < setting;
}

export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxyFor(config),
    requestIdHeader: false,
    genReqId: requestIdFor,
    // No Nest middleware is bound (requests are logged by Fastify hooks), so no middleware runner either.
    skipMiddie: true,
  });
  allowLargeImportBodies(adapter.getInstance(), GRAPHQL_PATH);
  return adapter;
}
