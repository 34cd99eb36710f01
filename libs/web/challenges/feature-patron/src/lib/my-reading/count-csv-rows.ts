/**
 * Records after the header in a CSV text: line breaks outside quoted fields
 * (a Goodreads review may span lines). Only for telling the patron how many
 * rows are being imported; the server reads the file.
 */
export function countCsvRows(text: string): number {
  let records = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 0x22) quoted = !quoted;
    else if (char === 0x0a && !quoted) records += 1;
  }
  const unterminated = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  return Math.max(0, records + unterminated - 1);
}
