import type { FieldError } from '@lukuhaaste/shared/util-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else would reach Postgres as a cast error (a 500). */
export function checkUuid(field: string, value: string): FieldError | null {
  return UUID.test(value) ? null : { field, code: 'INVALID_VALUE' };
}
