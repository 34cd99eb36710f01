import { toCsv } from './to-csv.util';

describe(toCsv.name, () => {
  it('starts with a BOM, ends lines with CRLF and writes the header first', () => {
    expect(toCsv(['title', 'rating'], [{ title: 'Sinuhe', rating: 5 }])).toBe('\uFEFFtitle,rating\r\nSinuhe,5\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    const csv = toCsv(['review'], [{ review: 'Hyvä, "todella"\nhyvä' }, { review: 'plain' }]);
    expect(csv).toBe('\uFEFFreview\r\n"Hyvä, ""todella""\nhyvä"\r\nplain\r\n');
  });

  it('prefixes text that a spreadsheet would run as a formula with an apostrophe', () => {
    const rows = ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', 'a=b'].map((review) => ({ review }));
    const lines = toCsv(['review'], rows).slice(1).split('\r\n');
    expect(lines.slice(1, -1)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", 'a=b']);
  });

  it('writes numbers as numbers, empty cells for nulls and joins lists', () => {
    const csv = toCsv(['rating', 'note', 'authors'], [{ rating: -1, note: null, authors: ['Waltari', 'Jansson'] }]);
    expect(csv).toBe('\uFEFFrating,note,authors\r\n-1,,Waltari; Jansson\r\n');
  });
});
