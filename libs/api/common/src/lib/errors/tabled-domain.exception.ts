import type { ErrorCode, FieldError } from '@lukuhaaste/shared/util-rules';
import { DomainException } from './domain.exception';

/** How one domain code reaches clients: public code, message, and the input field it concerns. */
export interface DomainErrorDetails {
  graphqlCode: ErrorCode;
  message: string;
  field?: FieldError;
}

/**
 * A domain exception described by a table from its code enum to details, so
 * each context lists its failures in one place and adds no logic of its own.
 * The domain code travels as `extensions.reason`: several failures share one
 * public code (FORBIDDEN: suspended, thread locked…) and clients tell them
 * apart by it. `extra` adds values only known when thrown (e.g. an until date).
 */
export abstract class TabledDomainException<TCode extends string> extends DomainException<TCode> {
  readonly graphqlCode: ErrorCode;

  protected constructor(code: TCode, table: Record<TCode, DomainErrorDetails>, extra: Record<string, unknown> = {}) {
    const details = table[code];
    super(code, details.message, details.field ? [details.field] : [], { reason: code, ...extra });
    this.graphqlCode = details.graphqlCode;
  }
}
