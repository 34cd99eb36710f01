import { MalformedCsvError, parseCsv } from './parse-csv.util';

describe(parseCsv.name, () => {
  it('splits records on LF and fields on commas', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts CRLF and a last record without a line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('drops a leading byte-order mark', () => {
    expect(parseCsv('\uFEFFTitle,Author\nx,y')).toEqual([
      ['Title', 'Author'],
      ['x', 'y'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"a, b","say ""hi""","line 1\r\nline 2\nline 3"\n')).toEqual([
      ['a, b', 'say "hi"', 'line 1\r\nline 2\nline 3'],
    ]);
  });

  it('keeps Goodreads\' ="…" ISBN quoting as text', () => {
    expect(parseCsv('"=""9510310774""","="""""\n')).toEqual([['="9510310774"', '=""']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv(',a,,\n')).toEqual([['', 'a', '', '']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('5" floppy,x')).toEqual([['5" floppy', 'x']]);
  });

  it('rejects an unclosed quote, naming the record', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(new MalformedCsvError(2));
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(MalformedCsvError);
  });

  it('reads an empty file as no records', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});
