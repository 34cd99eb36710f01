import type { AppConfig } from '@lukuhaaste/api/config';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';

export type LogFormat = 'pretty' | 'json';

/**
 * A person watching a terminal in development reads lines; production, pipes
 * and log collectors get JSON lines.
 */
export function chooseLogFormat(config: AppConfig, stdoutIsTty: boolean): LogFormat {
  return stdoutIsTty && config.NODE_ENV === 'development' ? 'pretty' : 'json';
}

/** Logs carrying the request id that Fastify assigned (see request-id.ts), as JSON or readable lines. */
export function buildLoggerOptions(
  config: AppConfig,
  format: LogFormat = chooseLogFormat(config, process.stdout.isTTY === true),
): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    genReqId: (request: IncomingMessage) => (request as { id?: string }).id ?? 'unknown',
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false },
  };
  return { pinoHttp: format === 'pretty' ? [options, prettyStream()] : options };
}

/**
 * One line per event; requests as "POST /graphql 200 (12 ms)". Written
 * synchronously so that lines logged before the start-up banner stay above it.
 */
function prettyStream(): pretty.PrettyStream {
  return pretty({
    sync: true,
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat:
      '{if context}{context}: {end}{msg}{if req.method} {req.method} {req.url} {res.statusCode} ({responseTime} ms){end}',
  });
}
