/**
 * SQLSTATE class 08 (connection exception) and the server going away or not
 * up yet: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
 */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;
/**
 * Socket errors on the way to the server. PostgreSQL is the only peer whose
 * failures reach a resolver (Redis and the book lookup handle their own).
 */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * pg and pg-pool raise these without a code: a lost or timed-out connection,
 * a client broken by one, and a pool with no free client within
 * DATABASE_CONNECT_TIMEOUT_MS (overload, equally a reason to try again later).
 */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * True when an error (as thrown, or wrapped by GraphQL or TypeORM) means
 * PostgreSQL cannot be reached right now, rather than that a statement failed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some(
    ({ code, message }) =>
      (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERROR_CODES.has(code))) ||
      (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)),
  );
}

interface Wrapping {
  message?: unknown;
  code?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * The error and what it wraps: GraphQL's originalError, TypeORM's
 * driverError, cause, AggregateError's errors. Read by shape, not instanceof:
 * Node's socket errors may come from another realm (e.g. under Jest).
 */
function causesOf(error: unknown, depth = 0): Wrapping[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const { originalError, driverError, cause, errors } = error as Wrapping;
  const wrapped = [originalError, driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return [error, ...wrapped.flatMap((inner) => causesOf(inner, depth + 1))];
}
