/**
 * ISBN handling shared by the log-a-book form and the API: hyphens and
 * spaces are ignored, ISBN-10 is converted to ISBN-13 (978 prefix), and both
 * forms must carry a valid check digit.
 */
export function normalizeIsbn(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(compact)) return isValidIsbn10(compact) ? isbn10To13(compact) : null;
  if (/^\d{13}$/.test(compact)) return isValidIsbn13(compact) ? compact : null;
  return null;
}

function isValidIsbn10(isbn: string): boolean {
  const sum = [...isbn].reduce((total, char, index) => total + (char === 'X' ? 10 : Number(char)) * (10 - index), 0);
  return sum % 11 === 0;
}

function isValidIsbn13(isbn: string): boolean {
  return isbn13CheckDigit(isbn.slice(0, 12)) === Number(isbn[12]);
}

function isbn13CheckDigit(first12: string): number {
  const sum = [...first12].reduce((total, char, index) => total + Number(char) * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

function isbn10To13(isbn10: string): string {
  const first12 = `978${isbn10.slice(0, 9)}`;
  return `${first12}${isbn13CheckDigit(first12)}`;
}
