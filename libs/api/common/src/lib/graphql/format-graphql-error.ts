import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@lukuhaaste/shared/util-rules';
import { isDatabaseUnavailable } from '../errors/is-database-unavailable';
import { nameCoercedField } from './name-coerced-field';

/** Codes Apollo itself produces for malformed requests; safe to pass on. */
const APOLLO_REQUEST_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
];
const PUBLIC_CODES = new Set<string>([...ERROR_CODES, ...APOLLO_REQUEST_CODES]);

/**
 * Last line before a response leaves: known codes pass with their message;
 * an unreachable database (`thrown`, the original error, tells) becomes
 * SERVICE_UNAVAILABLE so clients know to try again; anything else (a bug, a
 * failed statement) becomes a generic internal error so stack traces and SQL
 * never reach a client.
 */
export function formatGraphqlError(
  error: GraphQLFormattedError,
  exposeDetails: boolean,
  thrown?: unknown,
): GraphQLFormattedError {
  const formatted = nameCoercedField(error);
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : undefined;
  if (code && PUBLIC_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isDatabaseUnavailable(thrown)) {
    return {
      message: 'The service is briefly unavailable. Please try again in a moment.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (exposeDetails) return formatted;
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
