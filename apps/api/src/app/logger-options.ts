import type { AppConfig } from '@lukuhaaste/api/config';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

/** Structured JSON logs carrying the request id that Fastify assigned (see request-id.ts). */
export function buildLoggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (request: IncomingMessage) => (request as { id?: string }).id ?? 'unknown',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false },
    },
  };
}
