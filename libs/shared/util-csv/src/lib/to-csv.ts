/** Excel reads UTF-8 only when the file starts with a byte order mark. */
const BOM = '\uFEFF';
/** Spreadsheets run a cell starting with these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text (a list is joined with "; "), a number or boolean as written, null as empty. */
export type CsvValue = string | number | boolean | readonly string[] | null;

/**
 * RFC 4180 CSV (CRLF line ends, every field quoted only when it must be) of a
 * header and rows, with a byte order mark. A text cell that a spreadsheet would
 * take for a formula gets a leading apostrophe; numbers are written as they are.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvCell), ...rows.map((row) => row.map(csvCell))];
  return BOM + lines.map((cells) => cells.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value.join('; ');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
