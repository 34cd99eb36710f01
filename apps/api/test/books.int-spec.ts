import { BooksService, checkNewBook } from '@lukuhaaste/api/books';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const SEARCH = `query($search: String, $first: Int, $after: String) {
  books(search: $search, first: $first, after: $after) { totalCount edges { cursor node { title authors } } pageInfo { hasNextPage endCursor } }
}`;

interface SearchResult {
  books: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { title: string; authors: string[] } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('book catalogue', () => {
  let t: TestApp;
  let books: BooksService;
  const add = (title: string, authors: string[], isbn?: string) => {
    const { problems, book } = checkNewBook({ title, authors, isbn }, 'newBook', 2026);
    expect(problems).toEqual([]);
    return books.findOrCreate(book, t.dataSource.manager);
  };

  beforeAll(async () => {
    t = await startTestApp();
    books = t.app.get(BooksService);
    await add('Tuntematon sotilas', ['Väinö Linna']);
    await add('Muumipappa ja meri', ['Tove Jansson']);
    await add('Sinuhe egyptiläinen', ['Mika Waltari']);
    await add("The Hitchhiker's Guide to the Galaxy", ['Douglas Adams'], '0345391802');
    await add('Pappan och havet', ['Tove Jansson']);
  });
  afterAll(() => t.close());

  it('finds books ignoring accents and letter case, over titles and authors', async () => {
    const byAuthor = await t.gql<SearchResult>(SEARCH, { search: 'VAINO linna' });
    expect(byAuthor.data?.books.edges.map((edge) => edge.node.title)).toEqual(['Tuntematon sotilas']);
    const byTitle = await t.gql<SearchResult>(SEARCH, { search: 'sinuhe egyptilainen' });
    expect(byTitle.data?.books.edges[0]?.node.title).toBe('Sinuhe egyptiläinen');
  });

  it('ranks prefix matches first and tolerates a typo', async () => {
    const jansson = await t.gql<SearchResult>(SEARCH, { search: 'tove' });
    expect(jansson.data?.books.totalCount).toBe(2);
    const typo = await t.gql<SearchResult>(SEARCH, { search: 'Hitchiker' });
    expect(typo.data?.books.edges[0]?.node.title).toBe("The Hitchhiker's Guide to the Galaxy");
  });

  it('pages through results with cursors', async () => {
    const first = await t.gql<SearchResult>(SEARCH, { first: 2 });
    expect(first.data?.books.totalCount).toBe(5);
    expect(first.data?.books.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql<SearchResult>(SEARCH, { first: 10, after: first.data?.books.pageInfo.endCursor });
    expect(rest.data?.books.edges).toHaveLength(3);
    expect(rest.data?.books.pageInfo.hasNextPage).toBe(false);
    const titles = [...(first.data?.books.edges ?? []), ...(rest.data?.books.edges ?? [])].map(
      (edge) => edge.node.title,
    );
    expect(new Set(titles).size).toBe(5);
  });

  it('treats LIKE wildcards in a search literally', async () => {
    const response = await t.gql<SearchResult>(SEARCH, { search: '%_\\' });
    expect(response.errors).toEqual([]);
    expect(response.data?.books.totalCount).toBe(0);
  });

  it('rejects bad paging arguments and NUL bytes with BAD_USER_INPUT', async () => {
    expect(errorCode(await t.gql(SEARCH, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { first: 500 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { after: 'forged' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { search: 'nul\u0000byte' }))).toBe('BAD_USER_INPUT');
  });

  it('finds a book by ISBN-10 or ISBN-13 with hyphens, and reports unknown or invalid ones precisely', async () => {
    const BOOK = 'query($isbn: String, $id: ID) { book(isbn: $isbn, id: $id) { id title isbn13 } }';
    const byIsbn10 = await t.gql<{ book: { id: string; isbn13: string } }>(BOOK, { isbn: '0-345-39180-2' });
    expect(byIsbn10.data?.book.isbn13).toBe('9780345391803');
    const byId = await t.gql<{ book: { title: string } }>(BOOK, { id: byIsbn10.data?.book.id });
    expect(byId.data?.book.title).toBe("The Hitchhiker's Guide to the Galaxy");
    expect(errorCode(await t.gql(BOOK, { isbn: '9780140449136' }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(BOOK, { isbn: '9789510310775' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(BOOK, { id: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(BOOK, {}))).toBe('BAD_USER_INPUT');
  });

  it('merges the same ISBN into one book, also when created concurrently', async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, () => add('Sofies värld', ['Jostein Gaarder'], '978-951-0-31077-9')),
    );
    expect(new Set(created.map((book) => book.id)).size).toBe(1);
    const again = await add('Sofian maailma', ['Jostein Gaarder'], '9510310778');
    expect(again.id).toBe(created[0]?.id);
  });

  it('reuses a book typed again without ISBN', async () => {
    const first = await add('Kalevala', ['Elias Lönnrot']);
    const second = await add('  Kalevala ', ['Elias Lönnrot']);
    expect(second.id).toBe(first.id);
  });
});
