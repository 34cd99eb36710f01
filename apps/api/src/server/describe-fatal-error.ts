import { InvalidConfigError } from '@lukuhaaste/api/config';
import { DataDirInUseError, EmbeddedPostgresUnavailableError } from '@lukuhaaste/api/database';

/** Problems the person starting the server can fix, each explained in its message. */
const USER_FIXABLE = [InvalidConfigError, EmbeddedPostgresUnavailableError, DataDirInUseError];

/**
 * What to print when start-up fails: problems the user can fix (a bad
 * variable, a machine where embedded PostgreSQL cannot run, a data directory
 * another server uses) in their own words without a stack trace; anything
 * else whole, for a bug report.
 */
export function describeFatalError(error: unknown): unknown {
  return USER_FIXABLE.some((type) => error instanceof type) ? (error as Error).message : error;
}
