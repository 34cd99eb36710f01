import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'nestjs-pino';

/** Nest's per-module and per-route lines at start-up: useful when debugging wiring, noise otherwise. */
const BOOTSTRAP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/**
 * Passes everything to `logger`, but Nest's own start-up chatter at debug
 * level instead of info, so it does not scroll the start-up banner away
 * (LOG_LEVEL=debug shows it again). Nest puts the context last.
 */
export function quietBootstrapLogs(logger: Logger): LoggerService {
  return {
    log: (message: unknown, ...optionalParams: unknown[]) => {
      const context = optionalParams.at(-1);
      if (typeof context === 'string' && BOOTSTRAP_CONTEXTS.has(context)) logger.debug(message, ...optionalParams);
      else logger.log(message, ...optionalParams);
    },
    error: logger.error.bind(logger),
    warn: logger.warn.bind(logger),
    debug: logger.debug.bind(logger),
    verbose: logger.verbose.bind(logger),
    fatal: logger.fatal.bind(logger),
  };
}
