/** A value of a `COPY … (FORMAT csv)` row: null is NULL, a string array a PostgreSQL array literal. */
export type CopyValue = string | number | boolean | null | readonly string[];

/**
 * One line of `COPY … FROM STDIN (FORMAT csv)`: NULL is an unquoted empty
 * field, so every string is quoted (an empty string stays a string) with
 * quotes doubled; line breaks inside quotes are data.
 */
export function copyCsvLine(values: readonly CopyValue[]): string {
  return `${values.map(copyCsvField).join(',')}\n`;
}

/** `{"a","b \"c\""}`: every element quoted, quotes and backslashes escaped as array input wants them. */
export function pgArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

function copyCsvField(value: CopyValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : pgArrayLiteral(value);
  return `"${text.replaceAll('"', '""')}"`;
}
