import { Role } from '@lukuhaaste/api/accounts';
import { BookEntity } from '@lukuhaaste/api/books';
import { booksServiceWithHostileLookup, createTestBook, HOSTILE_LOOKUP_ISBN } from '@lukuhaaste/api/books/testing';
import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';
import { hasForbiddenCharacters } from '@lukuhaaste/shared/util-rules';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);
const UPDATE = `mutation($id: ID!, $input: UpdateBookInput!) { updateBook(id: $id, input: $input) { title authors isbn13 language } }`;
const FLAG = 'mutation($id: ID!, $note: String) { flagBook(bookId: $id, reason: OTHER, note: $note) { note } }';

/** Librarians' corrections, patrons' flag notes and outside catalogue data: stored exactly (texts trimmed) or BAD_USER_INPUT, never a 500. */
describe('catalogue corrections with hostile input', () => {
  let t: TestApp;
  let librarian: string;
  const newBookId = async () => (await createTestBook(t.dataSource)).id;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());

  it.each(HOSTILE.map((value) => [label(value), value]))(
    '%s as a corrected title, author, ISBN and language',
    async (_label, value) => {
      const id = await newBookId();
      for (const input of [{ title: value }, { authors: [value] }, { isbn: value }, { language: value }]) {
        const response = await t.gql<{ updateBook: { title: string; authors: string[] } }>(
          UPDATE,
          { id, input },
          { token: librarian },
        );
        if (response.errors.length > 0) {
          expect(errorCode(response)).toBe('BAD_USER_INPUT');
          continue;
        }
        if ('title' in input) expect(response.data?.updateBook.title).toBe(value.trim());
        if ('authors' in input) expect(response.data?.updateBook.authors).toEqual([value.trim()]);
      }
    },
  );

  it.each(HOSTILE.map((value) => [label(value), value]))('%s as a flag note', async (_label, value) => {
    const response = await t.gql<{ flagBook: { note: string | null } }>(
      FLAG,
      { id: await newBookId(), note: value },
      { token: (await t.newUser()).token },
    );
    if (response.errors.length > 0) expect(errorCode(response)).toBe('BAD_USER_INPUT');
    else expect(response.data?.flagBook.note).toBe(value.trim() === '' ? null : value);
  });

  it('stores a hostile Open Library record cleaned, never failing on a column', async () => {
    const stored = await booksServiceWithHostileLookup(t.dataSource).findByIsbn(HOSTILE_LOOKUP_ISBN);
    const reloaded = await t.dataSource.getRepository(BookEntity).findOneByOrFail({ id: stored.id });
    expect([...reloaded.title]).toHaveLength(500);
    expect(hasForbiddenCharacters(reloaded.title)).toBe(false);
    expect(reloaded.authors).toHaveLength(10);
    expect(reloaded).toMatchObject({ isbn13: '9789510310779', publishedYear: 0, coverUrl: null });
  });
});
