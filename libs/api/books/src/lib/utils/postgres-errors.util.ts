import { QueryFailedError } from 'typeorm';

function postgresCode(error: unknown): { code?: string; constraint?: string } | null {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
}

/** A NOWAIT lock found the row locked by another transaction. */
export function isLockNotAvailable(error: unknown): boolean {
  return postgresCode(error)?.code === '55P03';
}

/** A write referenced a row that another transaction deleted (e.g. a book merged away meanwhile). */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  const driverError = postgresCode(error);
  return driverError?.code === '23503' && driverError.constraint === constraint;
}
