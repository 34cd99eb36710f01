import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const LOG = `mutation($input: LogReadingInput!) {
  logReading(input: $input) { id format finishedOn rating review containsSpoilers category { position } book { id title authors isbn13 } participation { completedCount completedAt } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateReadingInput!) {
  updateReading(id: $id, input: $input) { id rating review category { position } participation { completedCount completedAt } }
}`;
const REMOVE = `mutation($id: ID!) { removeReading(id: $id) { completedCount completedAt } }`;
const MINE = `query($challengeId: ID!) {
  myParticipation(challengeId: $challengeId) { completedCount entries { id category { position } book { title } } }
}`;

interface LoggedEntry {
  id: string;
  rating: number | null;
  review: string | null;
  category: { position: number } | null;
  book: { id: string; title: string; authors: string[]; isbn13: string | null };
  participation: { completedCount: number; completedAt: string | null };
}

const newBook = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  authors: ['Tove Jansson'],
  ...extra,
});
const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;

describe('reading log', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;

  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { categories: 3 });
  });
  afterAll(() => t.close());

  async function log(token: string, input: Record<string, unknown>) {
    return t.gql<{ logReading: LoggedEntry }>(LOG, { input: { challengeId: challenge.id, ...input } }, { token });
  }

  it('logs a new book, joining implicitly, and counts it toward progress', async () => {
    const { token } = await t.newUser();
    const response = await log(token, {
      categoryId: challenge.categoryIds[0],
      newBook: newBook('Muumipappa ja meri', { isbn: '951-0-31077-8' }),
      format: 'AUDIOBOOK',
      finishedOn: '2026-02-03',
      rating: 4,
      review: 'Merellinen ja **kaunis**.',
    });
    expect(response.errors).toEqual([]);
    expect(response.data?.logReading).toMatchObject({
      category: { position: 1 },
      book: { title: 'Muumipappa ja meri', isbn13: '9789510310779' },
      rating: 4,
      review: 'Merellinen ja **kaunis**.',
      participation: { completedCount: 1, completedAt: null },
    });
    const mine = await t.gql<{ myParticipation: { completedCount: number; entries: unknown[] } }>(
      MINE,
      { challengeId: challenge.id },
      { token },
    );
    expect(mine.data?.myParticipation.completedCount).toBe(1);
    expect(mine.data?.myParticipation.entries).toHaveLength(1);
  });

  it('defaults the format to print and the date to today', async () => {
    const { token } = await t.newUser();
    const response = await t.gql<{ logReading: { format: string; finishedOn: string } }>(
      'mutation($input: LogReadingInput!) { logReading(input: $input) { format finishedOn } }',
      { input: { challengeId: challenge.id, newBook: newBook('Kometjakten') } },
      { token },
    );
    expect(response.data?.logReading.format).toBe('PRINT');
    expect(response.data?.logReading.finishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('allows one book per category and, without reuse, one category per book', async () => {
    const { token } = await t.newUser();
    const first = await log(token, { categoryId: challenge.categoryIds[0], newBook: newBook('Trollvinter') });
    const again = await log(token, { categoryId: challenge.categoryIds[0], newBook: newBook('Sent i november') });
    expect(fieldsOf(again)).toEqual([{ field: 'categoryId', code: 'ALREADY_LOGGED' }]);
    const reused = await log(token, { categoryId: challenge.categoryIds[1], bookId: first.data?.logReading.book.id });
    expect(fieldsOf(reused)).toEqual([{ field: 'bookId', code: 'BOOK_ALREADY_USED' }]);
  });

  it('lets the same book fill several categories when the challenge allows reuse', async () => {
    // Another year (one published challenge per year) whose period has begun.
    const reuse = await insertChallenge(t.dataSource, {
      categories: 2,
      allowBookReuse: true,
      year: 2027,
      startsOn: '2026-01-01',
    });
    const { token } = await t.newUser();
    const LOG_REUSE =
      'mutation($input: LogReadingInput!) { logReading(input: $input) { book { id } participation { completedCount } } }';
    const first = await t.gql<{ logReading: { book: { id: string } } }>(
      LOG_REUSE,
      { input: { challengeId: reuse.id, categoryId: reuse.categoryIds[0], newBook: newBook('Kesäkirja') } },
      { token },
    );
    const second = await t.gql<{ logReading: { participation: { completedCount: number } } }>(
      LOG_REUSE,
      { input: { challengeId: reuse.id, categoryId: reuse.categoryIds[1], bookId: first.data?.logReading.book.id } },
      { token },
    );
    expect(second.errors).toEqual([]);
    expect(second.data?.logReading.participation.completedCount).toBe(2);
  });

  it('keeps unplaced entries out of progress until they are placed', async () => {
    const { token } = await t.newUser();
    const unplaced = await log(token, { newBook: newBook('Det osynliga barnet') });
    expect(unplaced.data?.logReading).toMatchObject({ category: null, participation: { completedCount: 0 } });
    const placed = await t.gql<{ updateReading: LoggedEntry }>(
      UPDATE,
      { id: unplaced.data?.logReading.id, input: { categoryId: challenge.categoryIds[2] } },
      { token },
    );
    expect(placed.data?.updateReading).toMatchObject({
      category: { position: 3 },
      participation: { completedCount: 1 },
    });
  });

  it('updates only the given fields and clears rating and review with explicit null', async () => {
    const { token } = await t.newUser();
    const logged = await log(token, {
      categoryId: challenge.categoryIds[0],
      newBook: newBook('Farlig midsommar'),
      rating: 3,
      review: 'Kiva',
    });
    const id = logged.data?.logReading.id;
    const rated = await t.gql<{ updateReading: LoggedEntry }>(UPDATE, { id, input: { rating: 5 } }, { token });
    expect(rated.data?.updateReading).toMatchObject({ rating: 5, review: 'Kiva', category: { position: 1 } });
    const cleared = await t.gql<{ updateReading: LoggedEntry }>(
      UPDATE,
      { id, input: { rating: null, review: null } },
      { token },
    );
    expect(cleared.data?.updateReading).toMatchObject({ rating: null, review: null });
  });

  it('stamps completion when every category is filled and clears it when one is removed', async () => {
    const { token } = await t.newUser();
    const entries = [];
    for (const [index, categoryId] of challenge.categoryIds.entries()) {
      entries.push(await log(token, { categoryId, newBook: newBook(`Kirja ${index}`) }));
    }
    const last = entries.at(-1)?.data?.logReading.participation;
    expect(last?.completedCount).toBe(3);
    expect(last?.completedAt).toEqual(expect.any(String));
    const removed = await t.gql<{ removeReading: { completedCount: number; completedAt: string | null } }>(
      REMOVE,
      { id: entries[0]?.data?.logReading.id },
      { token },
    );
    expect(removed.data?.removeReading).toEqual({ completedCount: 2, completedAt: null });
  });

  it('rejects bad details with the field and reason, storing nothing', async () => {
    const { token } = await t.newUser();
    const cases: Array<[Record<string, unknown>, unknown]> = [
      [{ finishedOn: '2025-12-31' }, [{ field: 'finishedOn', code: 'BEFORE_START' }]],
      [{ finishedOn: '2099-01-01' }, [{ field: 'finishedOn', code: 'IN_FUTURE' }]],
      [{ rating: 0 }, [{ field: 'rating', code: 'OUT_OF_RANGE', params: { min: 1, max: 5 } }]],
      [{ rating: 6 }, [{ field: 'rating', code: 'OUT_OF_RANGE', params: { min: 1, max: 5 } }]],
      [{ review: 'x'.repeat(5001) }, [{ field: 'review', code: 'TOO_LONG', params: { max: 5000 } }]],
      [
        { newBook: newBook('Väärä ISBN', { isbn: '978-951-0-31077-5' }) },
        [{ field: 'newBook.isbn', code: 'INVALID_ISBN' }],
      ],
      [
        { newBook: { title: ' ', authors: [] } },
        [
          { field: 'newBook.title', code: 'REQUIRED' },
          { field: 'newBook.authors', code: 'REQUIRED' },
        ],
      ],
      [{ newBook: undefined }, [{ field: 'bookId', code: 'REQUIRED' }]],
      [{ categoryId: 'nope' }, [{ field: 'categoryId', code: 'INVALID_VALUE' }]],
    ];
    for (const [input, fields] of cases) {
      const response = await log(token, {
        categoryId: challenge.categoryIds[0],
        newBook: newBook('Hyvä kirja'),
        ...input,
      });
      expect({ input, code: errorCode(response), fields: fieldsOf(response) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        fields,
      });
    }
    const badDate = await log(token, { finishedOn: '2026-02-30', newBook: newBook('Hyvä kirja') });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    const mine = await t.gql<{ myParticipation: unknown }>(MINE, { challengeId: challenge.id }, { token });
    expect(mine.data?.myParticipation).toBeNull();
  });

  it('answers NOT_FOUND for unknown challenges, categories, books and categories of another challenge', async () => {
    const { token } = await t.newUser();
    const other = await insertChallenge(t.dataSource, { categories: 1, year: 2028 });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.gql(LOG, { input: { challengeId: unknown, newBook: newBook('A') } }, { token }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await log(token, { categoryId: unknown, newBook: newBook('A') }))).toBe('NOT_FOUND');
    expect(errorCode(await log(token, { categoryId: other.categoryIds[0], newBook: newBook('A') }))).toBe('NOT_FOUND');
    expect(errorCode(await log(token, { bookId: unknown }))).toBe('NOT_FOUND');
  });

  it('refuses logging to an archived challenge but keeps its entries readable', async () => {
    const archived = await insertChallenge(t.dataSource, {
      categories: 1,
      status: ChallengeStatus.ARCHIVED,
      year: 2025,
    });
    const { token } = await t.newUser();
    const response = await t.gql(
      LOG,
      { input: { challengeId: archived.id, newBook: newBook('Vanha kirja') } },
      { token },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it("does not let another patron change or remove someone's entry", async () => {
    const owner = await t.newUser();
    const other = await t.newUser();
    const logged = await log(owner.token, { categoryId: challenge.categoryIds[0], newBook: newBook('Oma kirja') });
    const id = logged.data?.logReading.id;
    expect(errorCode(await t.gql(UPDATE, { id, input: { rating: 1 } }, { token: other.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { id }, { token: other.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { id }))).toBe('UNAUTHENTICATED');
    const mine = await t.gql<{ myParticipation: { completedCount: number } }>(
      MINE,
      { challengeId: challenge.id },
      { token: owner.token },
    );
    expect(mine.data?.myParticipation.completedCount).toBe(1);
  });
});
