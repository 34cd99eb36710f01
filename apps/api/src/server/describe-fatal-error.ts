import { InvalidConfigError } from '@lukuhaaste/api/config';
import { EmbeddedPostgresUnavailableError } from '@lukuhaaste/api/database';

/**
 * What to print when start-up fails: problems the user can fix (a bad
 * variable, a machine where embedded PostgreSQL cannot run) in their own
 * words without a stack trace; anything else whole, for a bug report.
 */
export function describeFatalError(error: unknown): unknown {
  return error instanceof InvalidConfigError || error instanceof EmbeddedPostgresUnavailableError
    ? error.message
    : error;
}
