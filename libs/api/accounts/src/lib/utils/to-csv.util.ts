import type { PersonalDataRow } from '../personal-data/personal-data-holder';

/** Excel reads UTF-8 only when the file starts with a byte order mark. */
const BOM = '\uFEFF';
/** Spreadsheets run a cell starting with these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV (CRLF line ends, every field quoted only when it must be) of
 * rows sharing the given columns. A text cell that a spreadsheet would take
 * for a formula gets a leading apostrophe; numbers are written as they are.
 */
export function toCsv(columns: readonly string[], rows: readonly PersonalDataRow[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => csvCell(row[column] ?? null)))];
  return BOM + lines.map((cells) => cells.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: PersonalDataRow[string]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value.join('; ');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
