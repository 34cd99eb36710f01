import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, FIELD_ERROR_CODES, type ErrorCode, type FieldError } from '@lukuhaaste/shared/util-rules';
import type { GraphQLFormattedError } from 'graphql';
import { ApiError } from './api-error';

/**
 * Reads the API's error contract (`extensions.code`, `extensions.fields`,
 * `extensions.retryAfterSeconds`) out of whatever Apollo Client rejected with.
 */
export function readApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) return fromGraphqlErrors(error.errors);
  if (ServerError.is(error)) return fromServerError(error);
  return new ApiError('NETWORK_ERROR');
}

function fromServerError(error: ServerError): ApiError {
  const errors = parseErrors(error.bodyText);
  if (errors.length > 0) return fromGraphqlErrors(errors);
  if (error.statusCode === 429) return new ApiError('RATE_LIMITED');
  return new ApiError(error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR');
}

function fromGraphqlErrors(errors: readonly GraphQLFormattedError[]): ApiError {
  const extensions = errors.map((error) => error.extensions ?? {});
  const code = extensions.map((ext) => ext['code']).find(isErrorCode) ?? 'INTERNAL_SERVER_ERROR';
  const fields = extensions.flatMap((ext) => (Array.isArray(ext['fields']) ? ext['fields'] : [])).filter(isFieldError);
  const retryAfter = extensions.map((ext) => ext['retryAfterSeconds']).find((value) => typeof value === 'number');
  return new ApiError(code, fields, retryAfter as number | undefined);
}

function parseErrors(bodyText: string): GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) ? errors : [];
  } catch {
    return [];
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && (FIELD_ERROR_CODES as readonly unknown[]).includes(candidate.code);
}
