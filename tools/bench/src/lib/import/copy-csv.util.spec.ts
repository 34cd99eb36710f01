import { copyCsvLine, pgArrayLiteral } from './copy-csv.util.ts';

describe('copyCsvLine', () => {
  it('writes NULL as an empty field and keeps an empty string quoted', () => {
    expect(copyCsvLine([null, '', 'x'])).toBe(',"","x"\n');
  });

  it('writes numbers and booleans bare', () => {
    expect(copyCsvLine([3, true, false])).toBe('3,true,false\n');
  });

  it('doubles quotes and keeps line breaks and commas inside the quotes', () => {
    expect(copyCsvLine(['Luin "sen"\nyhdeltä, istumalta'])).toBe('"Luin ""sen""\nyhdeltä, istumalta"\n');
  });

  it('writes a string array as an array literal, quoted for CSV', () => {
    expect(copyCsvLine([['Tove Jansson', 'A "B"']])).toBe('"{""Tove Jansson"",""A \\""B\\""""}"\n');
  });
});

describe('pgArrayLiteral', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(pgArrayLiteral(['a', 'b"c', 'd\\e'])).toBe('{"a","b\\"c","d\\\\e"}');
  });

  it('writes an empty array', () => {
    expect(pgArrayLiteral([])).toBe('{}');
  });
});
