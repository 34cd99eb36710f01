import { QueryFailedError } from 'typeorm';

/** foreign_key_violation, and restrict_violation for a delete an ON DELETE RESTRICT key refuses. */
const FOREIGN_KEY_CODES = new Set(['23503', '23001']);

/** True when Postgres refused a write or delete because of the named foreign key. */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return FOREIGN_KEY_CODES.has(driverError.code ?? '') && driverError.constraint === constraint;
}
