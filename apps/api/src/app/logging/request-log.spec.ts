import Fastify, { type FastifyInstance } from 'fastify';
import pino, { type Level } from 'pino';
import { currentRequestFields, logRequests } from './request-log';

interface LogLine {
  level: number;
  msg: string;
  req?: { id: string; url: string };
  res?: { statusCode: number };
  err?: { message: string };
}

describe(logRequests.name, () => {
  let fastify: FastifyInstance;
  const lines: LogLine[] = [];

  function serve(level: Level): void {
    const logger = pino(
      { level, mixin: currentRequestFields },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    fastify = Fastify({ genReqId: () => 'req-1' });
    logRequests(fastify, logger);
    fastify.get('/ok', async () => 'ok');
    fastify.get('/broken', async (_request, reply) => {
      logger.warn('about to fail');
      return reply.code(503).send('down');
    });
  }

  beforeEach(() => {
    lines.length = 0;
  });
  afterEach(() => fastify.close());

  it('writes one line per finished request, without the query string', async () => {
    serve('info');

    await fastify.inject({ url: '/ok?password=secret' });

    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        req: expect.objectContaining({ id: 'req-1', method: 'GET', url: '/ok' }),
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
  });

  it('marks a server error as pino-http did', async () => {
    serve('info');

    await fastify.inject({ url: '/broken' });

    expect(lines.at(-1)).toMatchObject({
      msg: 'request errored',
      res: { statusCode: 503 },
      err: { message: 'failed with status code 503' },
    });
  });

  it('writes no request line above info, but lines logged while handling carry the request', async () => {
    serve('warn');

    await fastify.inject({ url: '/ok' });
    await fastify.inject({ url: '/broken' });

    expect(lines).toEqual([
      expect.objectContaining({ msg: 'about to fail', req: expect.objectContaining({ id: 'req-1' }) }),
    ]);
  });

  it('tells of a request the client gave up on before its answer', async () => {
    serve('info');
    let handled: () => void = () => undefined;
    const handling = new Promise<void>((resolve) => (handled = resolve));
    fastify.get('/slow', async () => {
      handled();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return 'late';
    });
    const address = await fastify.listen({ port: 0, host: '127.0.0.1' });
    const client = new AbortController();
    const request = fetch(`${address}/slow?token=secret`, { signal: client.signal }).catch(() => null);

    await handling;
    client.abort();
    await request;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 30,
        msg: 'request aborted',
        req: expect.objectContaining({ method: 'GET', url: '/slow' }),
      }),
    );
  });

  it('adds nothing to lines logged outside a request', () => {
    expect(currentRequestFields()).toEqual({});
  });
});
