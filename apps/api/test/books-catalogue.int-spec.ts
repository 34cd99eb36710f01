import { Role } from '@lukuhaaste/api/accounts';
import { createTestBook } from '@lukuhaaste/api/books/testing';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const UPDATE = `mutation($id: ID!, $input: UpdateBookInput!, $resolveFlags: Boolean) {
  updateBook(id: $id, input: $input, resolveFlags: $resolveFlags) { id title authors isbn13 publishedYear language }
}`;
const FLAG =
  'mutation($id: ID!, $reason: BookFlagReason!, $note: String) { flagBook(bookId: $id, reason: $reason, note: $note) { id reason note } }';
const FLAGGED = `{ flaggedBooks { totalCount edges { node { book { id title } openFlagCount reasons { reason count } notes } } } }`;
const RESOLVE = 'mutation($id: ID!) { resolveBookFlags(bookId: $id) }';
const MERGE = `mutation($source: ID!, $target: ID!) {
  mergeBooks(sourceId: $source, targetId: $target) { book { id title isbn13 } movedEntries unplacedEntries }
}`;
const LOG = 'mutation($input: LogReadingInput!) { logReading(input: $input) { id category { id } book { id } } }';
const MY_ENTRIES = `query($id: ID!) { myParticipation(challengeId: $id) { completedCount entries { book { id } category { id } review } } }`;

interface FlaggedBooks {
  flaggedBooks: {
    totalCount: number;
    edges: Array<{
      node: {
        book: { id: string; title: string };
        openFlagCount: number;
        reasons: Array<{ reason: string; count: number }>;
        notes: string[];
      };
    }>;
  };
}
interface MyEntries {
  myParticipation: {
    completedCount: number;
    entries: Array<{ book: { id: string }; category: { id: string } | null; review: string | null }>;
  };
}

const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;

describe('catalogue corrections: edit, flag, merge', () => {
  let t: TestApp;
  let librarian: string;
  const addBook = (title: string, authors: string[], isbn?: string) =>
    createTestBook(t.dataSource, { title, authors, isbn });
  const search = async (text: string) =>
    (
      await t.gql<{ books: { edges: Array<{ node: { id: string } }> } }>(
        'query($q: String) { books(search: $q) { edges { node { id } } } }',
        { q: text },
      )
    ).data?.books.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
  });
  afterAll(() => t.close());

  describe('updateBook', () => {
    it('corrects the details for everyone and keeps search in step', async () => {
      const book = await addBook('Tuntematon sotilsa', ['Väinö Lina']);
      const response = await t.gql<{ updateBook: Record<string, unknown> }>(
        UPDATE,
        {
          id: book.id,
          input: { title: ' Tuntematon sotilas ', authors: ['Väinö Linna'], isbn: '951-0-31077-8', language: 'fi' },
        },
        { token: librarian },
      );
      expect(response.errors).toEqual([]);
      expect(response.data?.updateBook).toEqual({
        id: book.id,
        title: 'Tuntematon sotilas',
        authors: ['Väinö Linna'],
        isbn13: '9789510310779',
        publishedYear: null,
        language: 'fi',
      });
      expect(await search('vaino linna')).toEqual([book.id]);
      expect(await search('sotilsa lina')).not.toContain(book.id);
    });

    it('keeps omitted fields, clears optional ones given as null and requires a title', async () => {
      const book = await addBook('Seitsemän veljestä', ['Aleksis Kivi'], '9789510396230');
      const cleared = await t.gql<{ updateBook: Record<string, unknown> }>(
        UPDATE,
        { id: book.id, input: { isbn: null, publishedYear: 1870 } },
        { token: librarian },
      );
      expect(cleared.data?.updateBook).toMatchObject({
        title: 'Seitsemän veljestä',
        isbn13: null,
        publishedYear: 1870,
      });
      const untitled = await t.gql(UPDATE, { id: book.id, input: { title: null } }, { token: librarian });
      expect(fieldsOf(untitled)).toEqual([{ field: 'title', code: 'REQUIRED' }]);
    });

    it('rejects a bad checksum, a too-long language tag and an unknown book precisely', async () => {
      const book = await addBook('Kalevala', ['Elias Lönnrot']);
      const checksum = await t.gql(UPDATE, { id: book.id, input: { isbn: '9789510310775' } }, { token: librarian });
      expect(fieldsOf(checksum)).toEqual([{ field: 'isbn', code: 'INVALID_ISBN' }]);
      const language = await t.gql(
        UPDATE,
        { id: book.id, input: { language: `fi-${'abcdefgh-'.repeat(4)}x1` } },
        { token: librarian },
      );
      expect(fieldsOf(language)).toEqual([{ field: 'language', code: 'TOO_LONG', params: { max: 35 } }]);
      const missing = await t.gql(UPDATE, { id: crypto.randomUUID(), input: { title: 'X' } }, { token: librarian });
      expect(errorCode(missing)).toBe('NOT_FOUND');
    });

    it('answers CONFLICT when another book has the ISBN', async () => {
      await addBook('Sofies värld', ['Jostein Gaarder'], '9780345391803');
      const other = await addBook('Sofian maailma', ['Jostein Gaarder']);
      const response = await t.gql(UPDATE, { id: other.id, input: { isbn: '0-345-39180-2' } }, { token: librarian });
      expect(errorCode(response)).toBe('CONFLICT');
      expect(fieldsOf(response)).toEqual([{ field: 'isbn', code: 'TAKEN' }]);
    });
  });

  describe('flags', () => {
    it('takes one open flag per patron, groups them per book for librarians and resolves them', async () => {
      const book = await addBook('Muumipappa ja mer', ['Tove Jansson']);
      const [first, second] = [(await t.newUser()).token, (await t.newUser()).token];
      const flagged = await t.gql<{ flagBook: { reason: string; note: string } }>(
        FLAG,
        { id: book.id, reason: 'WRONG_TITLE', note: 'Pitäisi olla "meri".' },
        { token: first },
      );
      expect(flagged.data?.flagBook).toMatchObject({ reason: 'WRONG_TITLE', note: 'Pitäisi olla "meri".' });
      const again = await t.gql(FLAG, { id: book.id, reason: 'OTHER' }, { token: first });
      expect(errorCode(again)).toBe('CONFLICT');
      await t.gql(FLAG, { id: book.id, reason: 'WRONG_TITLE', note: '  ' }, { token: second });

      const list = await t.gql<FlaggedBooks>(FLAGGED, {}, { token: librarian });
      const node = list.data?.flaggedBooks.edges.find((edge) => edge.node.book.id === book.id)?.node;
      expect(node).toEqual({
        book: { id: book.id, title: 'Muumipappa ja mer' },
        openFlagCount: 2,
        reasons: [{ reason: 'WRONG_TITLE', count: 2 }],
        notes: ['Pitäisi olla "meri".'],
      });

      expect((await t.gql<{ resolveBookFlags: number }>(RESOLVE, { id: book.id }, { token: librarian })).data).toEqual({
        resolveBookFlags: 2,
      });
      const after = await t.gql<FlaggedBooks>(FLAGGED, {}, { token: librarian });
      expect(after.data?.flaggedBooks.edges.map((edge) => edge.node.book.id)).not.toContain(book.id);
      // Resolved flags are history: the patron may flag the book again.
      expect((await t.gql(FLAG, { id: book.id, reason: 'OTHER' }, { token: first })).errors).toEqual([]);
    });

    it('resolves the flags with the fix when the librarian asks to', async () => {
      const book = await addBook('Sinuhe egyptilinen', ['Mika Waltari']);
      await t.gql(FLAG, { id: book.id, reason: 'WRONG_TITLE' }, { token: (await t.newUser()).token });
      const fixed = await t.gql(
        UPDATE,
        { id: book.id, input: { title: 'Sinuhe egyptiläinen' }, resolveFlags: true },
        { token: librarian },
      );
      expect(fixed.errors).toEqual([]);
      const list = await t.gql<FlaggedBooks>(FLAGGED, {}, { token: librarian });
      expect(list.data?.flaggedBooks.edges.map((edge) => edge.node.book.id)).not.toContain(book.id);
    });

    it('reports unknown books, bad ids and over-long notes as such', async () => {
      const token = (await t.newUser()).token;
      expect(errorCode(await t.gql(FLAG, { id: crypto.randomUUID(), reason: 'OTHER' }, { token }))).toBe('NOT_FOUND');
      expect(fieldsOf(await t.gql(FLAG, { id: 'nope', reason: 'OTHER' }, { token }))).toEqual([
        { field: 'bookId', code: 'INVALID_VALUE' },
      ]);
      const book = await addBook('Pitkä huomautus', ['K']);
      expect(fieldsOf(await t.gql(FLAG, { id: book.id, reason: 'OTHER', note: 'x'.repeat(1001) }, { token }))).toEqual([
        { field: 'note', code: 'TOO_LONG', params: { max: 1000 } },
      ]);
    });
  });

  describe('mergeBooks', () => {
    let strict: FixtureChallenge;
    let lenient: FixtureChallenge;
    beforeAll(async () => {
      strict = await insertChallenge(t.dataSource, { categories: 3, allowBookReuse: false });
      lenient = await insertChallenge(t.dataSource, { categories: 3, allowBookReuse: true, year: 2025 });
    });

    const log = async (token: string, challenge: FixtureChallenge, bookId: string, category: number | null) => {
      const response = await t.gql(
        LOG,
        {
          input: {
            challengeId: challenge.id,
            bookId,
            categoryId: category === null ? null : challenge.categoryIds[category],
            finishedOn: challenge === lenient ? '2025-06-01' : undefined,
            review: `${bookId} ${category}`,
          },
        },
        { token },
      );
      expect(response.errors).toEqual([]);
    };
    const entriesOf = async (token: string, challenge: FixtureChallenge) => {
      const response = await t.gql<MyEntries>(MY_ENTRIES, { id: challenge.id }, { token });
      expect(response.errors).toEqual([]);
      return response.data?.myParticipation ?? { completedCount: -1, entries: [] };
    };

    it('moves every entry and flag to the target, keeps the source ISBN and deletes the source', async () => {
      const source = await addBook('Tuntematon', ['Linna'], '9789510310779');
      const target = await addBook('Tuntematon sotilas (pokkari)', ['Väinö Linna']);
      const [reader, flagger] = [(await t.newUser()).token, (await t.newUser()).token];
      await log(reader, strict, source.id, 0);
      await log(reader, lenient, source.id, null);
      await t.gql(FLAG, { id: source.id, reason: 'DUPLICATE' }, { token: flagger });

      const merged = await t.gql<{ mergeBooks: Record<string, unknown> }>(
        MERGE,
        { source: source.id, target: target.id },
        { token: librarian },
      );
      expect(merged.errors).toEqual([]);
      expect(merged.data?.mergeBooks).toEqual({
        book: { id: target.id, title: 'Tuntematon sotilas (pokkari)', isbn13: '9789510310779' },
        movedEntries: 2,
        unplacedEntries: 0,
      });
      expect((await entriesOf(reader, strict)).entries).toEqual([
        { book: { id: target.id }, category: { id: strict.categoryIds[0] }, review: `${source.id} 0` },
      ]);
      expect(errorCode(await t.gql('query($id: ID) { book(id: $id) { id } }', { id: source.id }))).toBe('NOT_FOUND');
      const list = await t.gql<FlaggedBooks>(FLAGGED, {}, { token: librarian });
      expect(list.data?.flaggedBooks.edges.map((edge) => edge.node.book.id)).not.toContain(target.id);
      // The ISBN now finds the target, so later lookups and logs land there.
      const byIsbn = await t.gql<{ book: { id: string } }>('{ book(isbn: "9789510310779") { id } }');
      expect(byIsbn.data?.book.id).toBe(target.id);
    });

    it('keeps both entries of a participant who had both books; unplaces one where a book counts once', async () => {
      const source = await addBook('Kesäkirja', ['Tove Jansson']);
      const target = await addBook('Sommarboken', ['Tove Jansson']);
      const reader = (await t.newUser()).token;
      await log(reader, strict, source.id, 1);
      await log(reader, strict, target.id, 2);
      await log(reader, lenient, source.id, 1);
      await log(reader, lenient, target.id, 2);
      expect((await entriesOf(reader, strict)).completedCount).toBe(2);

      const merged = await t.gql<{ mergeBooks: { movedEntries: number; unplacedEntries: number } }>(
        MERGE,
        { source: source.id, target: target.id },
        { token: librarian },
      );
      expect(merged.data?.mergeBooks).toMatchObject({ movedEntries: 2, unplacedEntries: 1 });

      const strictAfter = await entriesOf(reader, strict);
      expect(strictAfter.completedCount).toBe(1);
      expect(strictAfter.entries).toEqual(
        expect.arrayContaining([
          { book: { id: target.id }, category: { id: strict.categoryIds[2] }, review: `${target.id} 2` },
          { book: { id: target.id }, category: null, review: `${source.id} 1` },
        ]),
      );
      const lenientAfter = await entriesOf(reader, lenient);
      expect(lenientAfter.completedCount).toBe(2);
      expect(lenientAfter.entries.map((entry) => [entry.book.id, entry.category?.id])).toEqual([
        [target.id, lenient.categoryIds[1]],
        [target.id, lenient.categoryIds[2]],
      ]);
    });

    it('refuses to merge a book into itself or into a missing book', async () => {
      const book = await addBook('Yksin', ['K']);
      const self = await t.gql(MERGE, { source: book.id, target: book.id }, { token: librarian });
      expect(fieldsOf(self)).toEqual([{ field: 'targetId', code: 'INVALID_VALUE' }]);
      const missing = await t.gql(MERGE, { source: book.id, target: crypto.randomUUID() }, { token: librarian });
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(errorCode(await t.gql('query($id: ID) { book(id: $id) { id } }', { id: book.id }))).toBeUndefined();
    });

    it.each([1, 2, 3, 4, 5])(
      'loses and duplicates nothing when patrons log the books while they are merged (round %i)',
      async (round) => {
        const source = await addBook(`Rinnakkain A ${round}`, ['K']);
        const target = await addBook(`Rinnakkain B ${round}`, ['K']);
        const readers = await Promise.all(Array.from({ length: 6 }, async () => (await t.newUser()).token));
        const logs = readers.map((token, index) =>
          t.gql(LOG, { input: { challengeId: strict.id, bookId: index % 2 ? source.id : target.id } }, { token }),
        );
        const [merged, ...logged] = await Promise.all([
          t.gql(MERGE, { source: source.id, target: target.id }, { token: librarian }),
          ...logs,
        ]);
        expect(merged.errors).toEqual([]);
        // A log that picked the source just before it was merged away finds it gone; nothing fails otherwise.
        for (const response of logged) expect([undefined, 'NOT_FOUND']).toContain(errorCode(response));
        const saved = logged.filter((response) => response.errors.length === 0).length;
        const [{ count }] = await t.dataSource.query(
          `SELECT count(*)::int AS count FROM reading_entries WHERE book_id = $1`,
          [target.id],
        );
        expect(count).toBe(saved);
      },
    );
  });
});
