import type { OperationDefinitionNode } from 'graphql';
import type { BoundedLabel } from '../bounded-label';

/** No operation ran: the document did not parse or validate, or named no operation it holds. */
export const INVALID_OPERATION = '(invalid)';
export const ANONYMOUS_OPERATION = '(anonymous)';

/**
 * The label for a request's operation: the name in the document that was
 * executed (never the request's own operationName field, which a client can
 * set to anything), through `names` so that clients cannot add series without
 * bound. The fixed labels are in parentheses, which no GraphQL name contains.
 */
export function operationLabel(operation: OperationDefinitionNode | undefined, names: BoundedLabel): string {
  if (!operation) return INVALID_OPERATION;
  const name = operation.name?.value;
  return name ? names.of(name) : ANONYMOUS_OPERATION;
}
