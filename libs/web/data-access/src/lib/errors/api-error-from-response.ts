import { ERROR_CODES, FIELD_ERROR_CODES, type ErrorCode, type FieldError } from '@lukuhaaste/shared/util-rules';
import type { GraphQLFormattedError } from 'graphql';
import { ApiError } from './api-error';

/**
 * The API's error contract (`extensions.code`, `extensions.fields`,
 * `extensions.retryAfterSeconds`) read from the `errors` of a GraphQL answer.
 * Free of Apollo, so the light query path can use it too.
 */
export function apiErrorFromGraphqlErrors(errors: readonly GraphQLFormattedError[]): ApiError {
  const extensions = errors.map((error) => error.extensions ?? {});
  const code = extensions.map((ext) => ext['code']).find(isErrorCode) ?? 'INTERNAL_SERVER_ERROR';
  const fields = extensions.flatMap((ext) => (Array.isArray(ext['fields']) ? ext['fields'] : [])).filter(isFieldError);
  const retryAfter = extensions.map((ext) => ext['retryAfterSeconds']).find((value) => typeof value === 'number');
  return new ApiError(code, fields, retryAfter as number | undefined);
}

/** A failed HTTP answer: its GraphQL errors if the body has any, else what its status says. */
export function apiErrorFromHttpFailure(statusCode: number, body: unknown): ApiError {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return apiErrorFromGraphqlErrors(errors);
  if (statusCode === 429) return new ApiError('RATE_LIMITED');
  return new ApiError(statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR');
}

function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && (FIELD_ERROR_CODES as readonly unknown[]).includes(candidate.code);
}
