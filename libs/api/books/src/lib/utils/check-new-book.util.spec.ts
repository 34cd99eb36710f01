import { checkNewBook } from './check-new-book.util';

describe(checkNewBook.name, () => {
  it('cleans a valid book and converts its ISBN-10', () => {
    const { problems, book } = checkNewBook(
      { title: ' Muumipappa ja meri ', authors: [' Tove Jansson ', ''], isbn: '951-0-31077-8', language: 'fi' },
      'newBook',
      2026,
    );
    expect(problems).toEqual([]);
    expect(book).toEqual({
      title: 'Muumipappa ja meri',
      authors: ['Tove Jansson'],
      isbn13: '9789510310779',
      publishedYear: null,
      language: 'fi',
    });
  });

  it('names each bad field under the prefix, once per field', () => {
    const { problems } = checkNewBook(
      { title: '', authors: ['a\u0000b', 'c\u202Ed'], isbn: '123', publishedYear: 3000, language: 'Finnish!' },
      'newBook',
      2026,
    );
    expect(problems).toEqual([
      { field: 'newBook.title', code: 'REQUIRED' },
      { field: 'newBook.authors', code: 'INVALID_CHARACTERS' },
      { field: 'newBook.isbn', code: 'INVALID_ISBN' },
      { field: 'newBook.publishedYear', code: 'OUT_OF_RANGE', params: { min: 0, max: 2027 } },
      { field: 'newBook.language', code: 'INVALID_VALUE' },
    ]);
  });

  it('requires at least one author', () => {
    expect(checkNewBook({ title: 'Nimetön', authors: [' '] }, 'newBook', 2026).problems).toEqual([
      { field: 'newBook.authors', code: 'REQUIRED' },
    ]);
  });

  it('rejects a language tag longer than the column before Postgres does', () => {
    const language = `fi-${'abcdefgh-'.repeat(4)}x1`;
    expect(language.length).toBeGreaterThan(35);
    expect(checkNewBook({ title: 'Kirja', authors: ['K'], language }, 'newBook', 2026).problems).toEqual([
      { field: 'newBook.language', code: 'TOO_LONG', params: { max: 35 } },
    ]);
  });

  it('names fields without a prefix when the book is the whole input', () => {
    expect(checkNewBook({ title: 'x'.repeat(501), authors: ['y'.repeat(201)] }, '', 2026).problems).toEqual([
      { field: 'title', code: 'TOO_LONG', params: { max: 500 } },
      { field: 'authors', code: 'TOO_LONG', params: { max: 200 } },
    ]);
  });
});
