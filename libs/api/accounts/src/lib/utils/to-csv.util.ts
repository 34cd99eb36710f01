import { toCsv as toCsvTable } from '@lukuhaaste/shared/util-csv';
import type { PersonalDataRow } from '../personal-data/personal-data-holder';

/**
 * RFC 4180 CSV with a byte order mark of rows sharing the given columns; the
 * quoting and the formula guard are the shared helper's (the web's statistics
 * tables use it too).
 */
export function toCsv(columns: readonly string[], rows: readonly PersonalDataRow[]): string {
  return toCsvTable(
    columns,
    rows.map((row) => columns.map((column) => row[column] ?? null)),
  );
}
