/** A CSV file that cannot be read as RFC 4180 records; `row` is the 1-based record where reading stopped. */
export class MalformedCsvError extends Error {
  constructor(readonly row: number) {
    super(`The CSV file is malformed at row ${row}.`);
  }
}

/**
 * RFC 4180 records of `text`: comma-separated fields, double-quoted fields may
 * hold commas, line breaks and doubled quotes. Accepts CRLF or LF line ends
 * and a leading byte-order mark; a quote inside an unquoted field is kept as
 * text (spreadsheets write such files), but text after a closing quote or an
 * unclosed quote makes the file malformed. A final line break ends the last
 * record, not a new empty one. Hand-written (≈ 50 lines) rather than a
 * dependency: quoted fields are copied with indexOf, so a 5 MB export parses
 * in tens of milliseconds.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.length;
  if (index >= end) return records;
  for (;;) {
    let field: string;
    if (text[index] === '"') {
      const parts: string[] = [];
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new MalformedCsvError(records.length + 1);
        parts.push(text.slice(from, quote));
        if (text[quote + 1] !== '"') {
          index = quote + 1;
          break;
        }
        parts.push('"');
        from = quote + 2;
      }
      field = parts.join('');
    } else {
      let stop = index;
      while (stop < end && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') stop += 1;
      field = text.slice(index, stop);
      index = stop;
    }
    record.push(field);
    if (index >= end) break;
    const separator = text[index];
    if (separator === ',') {
      index += 1;
      continue;
    }
    if (separator === '\r' && text[index + 1] === '\n') index += 2;
    else if (separator === '\n' || separator === '\r') index += 1;
    else throw new MalformedCsvError(records.length + 1);
    records.push(record);
    record = [];
    if (index >= end) return records;
  }
  records.push(record);
  return records;
}
