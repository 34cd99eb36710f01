import type { AppConfig } from '@lukuhaaste/api/config';
import type { Params } from 'nestjs-pino';
import { stdSerializers, type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';
import { currentRequestFields } from './logging/request-log';

export type LogFormat = 'pretty' | 'json';

/**
 * nestjs-pino mounts no middleware (requests are logged by Fastify hooks, see
 * logging/request-log.ts); it only builds the root logger from these options.
 */
const NO_ROUTES: NonNullable<Params['forRoutes']> = [];
const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie'];

/**
 * A person watching a terminal reads lines (`npm start` runs in production
 * mode); pipes, files and log collectors, which never are a terminal, and
 * test runs get JSON lines.
 */
export function chooseLogFormat(config: AppConfig, stdoutIsTty: boolean): LogFormat {
  return stdoutIsTty && config.NODE_ENV !== 'test' ? 'pretty' : 'json';
}

export interface LogOutput {
  format?: LogFormat;
  /** Standard output unless given (the logging tests read their own stream). */
  destination?: DestinationStream;
}

/**
 * The application's logger: lines logged while handling a request carry the
 * request (with the id Fastify assigned, see create-http-adapter.ts), as JSON
 * or readable lines.
 */
export function buildLoggerOptions(
  config: AppConfig,
  { format = chooseLogFormat(config, process.stdout.isTTY === true), destination }: LogOutput = {},
): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    // Requests and responses arrive described already (logging/request-log.ts), not as Node objects.
    wrapSerializers: false,
    serializers: { err: stdSerializers.wrapErrorSerializer(serializeError) },
    redact: REDACTED_PATHS,
    mixin: currentRequestFields,
  };
  const stream = format === 'pretty' ? prettyStream(destination) : destination;
  return { pinoHttp: stream ? [options, stream] : options, forRoutes: NO_ROUTES };
}

/** A failed SQL statement's parameters may hold personal data (emails, password hashes); the SQL stays. */
function serializeError({ parameters: _parameters, ...error }: Record<string, unknown>): Record<string, unknown> {
  return error;
}

/**
 * One line per event; requests as "POST /graphql 200 (12 ms)". Written
 * synchronously so that lines logged before the start-up banner stay above it.
 */
function prettyStream(destination?: DestinationStream): pretty.PrettyStream {
  return pretty({
    destination,
    sync: true,
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat:
      '{if context}{context}: {end}{msg}{if req.method} {req.method} {req.url} {res.statusCode} ({responseTime} ms){end}',
  });
}
