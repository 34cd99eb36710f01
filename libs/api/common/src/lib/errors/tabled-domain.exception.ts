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
 */
export abstract class TabledDomainException<TCode extends string> extends DomainException<TCode> {
  readonly graphqlCode: ErrorCode;

  protected constructor(code: TCode, table: Record<TCode, DomainErrorDetails>) {
    const details = table[code];
    super(code, details.message, details.field ? [details.field] : []);
    this.graphqlCode = details.graphqlCode;
  }
}
