import type { Logger } from 'nestjs-pino';
import { quietBootstrapLogs } from './quiet-bootstrap-logger';

describe(quietBootstrapLogs.name, () => {
  const calls: Array<[string, ...unknown[]]> = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      calls.push([level, ...args]);
  const pino = {
    log: record('log'),
    debug: record('debug'),
    error: record('error'),
    warn: record('warn'),
    verbose: record('verbose'),
    fatal: record('fatal'),
  } as unknown as Logger;
  const logger = quietBootstrapLogs(pino);

  beforeEach(() => calls.splice(0));

  it.each([
    ['InstanceLoader', 'BooksModule dependencies initialized'],
    ['RouterExplorer', 'Mapped {/health, GET} route'],
    ['GraphQLModule', 'Mapped {/graphql, POST} route'],
    ['NestApplication', 'Nest application successfully started'],
  ])("moves Nest's %s start-up lines to debug", (context, message) => {
    logger.log(message, context);

    expect(calls).toEqual([['debug', message, context]]);
  });

  it("keeps the application's own lines at their level", () => {
    logger.log('Imported 12 books', 'BooksService');
    logger.warn('Slow lookup', 'OpenLibrary');
    logger.error('Nest could not start', 'stack', 'NestApplication');

    expect(calls).toEqual([
      ['log', 'Imported 12 books', 'BooksService'],
      ['warn', 'Slow lookup', 'OpenLibrary'],
      ['error', 'Nest could not start', 'stack', 'NestApplication'],
    ]);
  });
});
