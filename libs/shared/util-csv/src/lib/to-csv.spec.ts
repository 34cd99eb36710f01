import { toCsv } from './to-csv';

describe(toCsv.name, () => {
  it('writes a BOM, CRLF line ends and quotes only the fields that need it', () => {
    expect(
      toCsv(
        ['Title', 'Entries'],
        [
          ['Say "hi", world', 3],
          ['Two\nlines', 0],
        ],
      ),
    ).toBe('\uFEFFTitle,Entries\r\n"Say ""hi"", world",3\r\n"Two\nlines",0\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['=SUM(A1)', '@x', '-1', -1]])).toBe(
      "\uFEFFa,b,c,d\r\n'=SUM(A1),'@x,'-1,-1\r\n",
    );
  });

  it('joins lists, writes booleans and leaves null empty', () => {
    expect(toCsv(['authors', 'ok', 'none'], [[['A', 'B'], true, null]])).toBe(
      '\uFEFFauthors,ok,none\r\nA; B,true,\r\n',
    );
  });

  it('guards the header too', () => {
    expect(toCsv(['+1'], [])).toBe("\uFEFF'+1\r\n");
  });
});
