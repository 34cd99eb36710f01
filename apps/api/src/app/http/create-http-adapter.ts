import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { AppConfig } from '@lukuhaaste/api/config';

/** 1 MiB is ample for any GraphQL request the apps send. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: config.TRUST_PROXY });
}
