import type { FieldError } from '@lukuhaaste/shared/util-rules';
import { DomainException } from './domain.exception';

/** Input that breaks a rule; always carries the offending fields. */
export class ValidationException extends DomainException<'INVALID_INPUT'> {
  readonly graphqlCode = 'BAD_USER_INPUT' as const;

  constructor(fields: FieldError[]) {
    super(
      'INVALID_INPUT',
      `Invalid input: ${fields.map((field) => `${field.field} ${field.code}`).join(', ')}`,
      fields,
    );
  }
}

/** Throws a ValidationException when any check found a problem. */
export function assertValid(problems: Array<FieldError | null>): void {
  const fields = problems.filter((problem): problem is FieldError => problem !== null);
  if (fields.length > 0) throw new ValidationException(fields);
}
