import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { isDatabaseUnavailable } from '@lukuhaaste/api/common';
import { DatabaseOutageLog } from './database-outage.log';

/**
 * An unreachable PostgreSQL is not a bug: instead of Nest's error line with a
 * stack trace per GraphQL request, DatabaseOutageLog reports it, and the error
 * goes on unchanged (formatGraphqlError makes it SERVICE_UNAVAILABLE).
 * Everything else is left to Nest, which reads "not handled" differently per
 * context: nothing returned for a resolver, the exception itself for an HTTP
 * route (e.g. the readiness check's 503).
 */
@Catch()
export class DatabaseOutageFilter implements GqlExceptionFilter {
  constructor(private readonly outage: DatabaseOutageLog) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return exception;
    if (!isDatabaseUnavailable(exception)) return undefined;
    // isDatabaseUnavailable read it as an error object (possibly from another realm).
    this.outage.requestFailed(String((exception as Error).message));
    return exception;
  }
}
