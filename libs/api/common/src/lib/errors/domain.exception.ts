import type { ErrorCode, FieldError } from '@lukuhaaste/shared/util-rules';

/**
 * Base of every expected failure a domain reports. Each bounded context
 * subclasses it with its own code enum and maps those codes to the public
 * GraphQL error codes; the GraphQL layer turns it into `extensions`.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  abstract readonly graphqlCode: ErrorCode;

  protected constructor(
    readonly code: TCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
