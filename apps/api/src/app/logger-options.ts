import { RequestMethod } from '@nestjs/common';
import type { AppConfig } from '@lukuhaaste/api/config';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';

export type LogFormat = 'pretty' | 'json';

/** The request as the logging middleware sees it: @fastify/middie cuts the mount path off `url`, `originalUrl` is whole. */
type RawRequest = IncomingMessage & { originalUrl?: string };

/** What a request's log lines say about it (pino's standard serialization, narrowed). */
interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  headers: Record<string, unknown>;
  remoteAddress?: string;
}

/**
 * nestjs-pino's default route, `{/*splat}`, becomes `/{/*splat}` in
 * @fastify/middie, which matches no request: the middleware never ran and
 * nothing was logged. `/{*splat}` matches every path, the root included.
 */
const EVERY_ROUTE = [{ path: '{*splat}', method: RequestMethod.ALL }];
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
 * One line per finished request (health checks excepted), carrying the
 * request id Fastify assigned (see create-http-adapter.ts), as JSON or
 * readable lines.
 */
export function buildLoggerOptions(
  config: AppConfig,
  { format = chooseLogFormat(config, process.stdout.isTTY === true), destination }: LogOutput = {},
): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    serializers: { req: serializeRequest, res: serializeResponse, err: serializeError },
    redact: REDACTED_PATHS,
    autoLogging: { ignore: (request: RawRequest) => isHealthCheck(pathOf(request)) },
  };
  const stream = format === 'pretty' ? prettyStream(destination) : destination;
  return { pinoHttp: stream ? [options, stream] : options, forRoutes: EVERY_ROUTE };
}

/** Without the query string: a GET request may carry variables there, passwords included. */
function serializeRequest(request: SerializedRequest): SerializedRequest {
  const { id, method, url, headers, remoteAddress } = request;
  return { id, method, url: url.split('?')[0] ?? url, headers, remoteAddress };
}

/** Fastify passes its headers to writeHead, so the response has none to show here. */
function serializeResponse({ statusCode }: { statusCode: number }): { statusCode: number } {
  return { statusCode };
}

/** A failed SQL statement's parameters may hold personal data (emails, password hashes); the SQL stays. */
function serializeError({ parameters: _parameters, ...error }: Record<string, unknown>): Record<string, unknown> {
  return error;
}

function pathOf(request: RawRequest): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0] ?? '';
}

function isHealthCheck(path: string): boolean {
  return path === '/health' || path.startsWith('/health/');
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
