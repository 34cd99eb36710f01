import { errorCode } from './support/graphql-client';
import { countQueries } from './support/count-queries';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const LOG = `mutation($input: LogReadingInput!) { logReading(input: $input) { id participation { completedCount } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReadingInput!) { updateReading(id: $id, input: $input) { id } }`;
const REMOVE = `mutation($id: ID!) { removeReading(id: $id) { completedCount } }`;
const MINE = `query($challengeId: ID!) {
  myParticipation(challengeId: $challengeId) {
    completedCount completedAt challenge { id slug title { fi sv en } }
    entries {
      id format finishedOn rating review containsSpoilers participation { completedCount }
      category { id position title { fi sv en } } book { id title authors isbn13 }
    }
  }
}`;
const CHALLENGE = `query($slug: String!) {
  challenge(slug: $slug) { id title { fi } categoryCount participantCount categories { id position title { fi sv en } description { fi } } }
}`;

/** Exactness under concurrency, and a constant number of SQL statements per list page. */
describe('reading log consistency and query counts', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;

  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { categories: 50 });
  });
  afterAll(() => t.close());

  const logBook = (token: string, categoryId: string | null, title: string) =>
    t.gql<{ logReading: { id: string; participation: { completedCount: number } } }>(
      LOG,
      { input: { challengeId: challenge.id, categoryId, newBook: { title, authors: ['Anonyymi'] } } },
      { token },
    );

  it('keeps completedCount exact when one patron logs 20 books in parallel', async () => {
    const { token } = await t.newUser();
    const responses = await Promise.all(
      challenge.categoryIds
        .slice(0, 20)
        .map((categoryId, index) => logBook(token, categoryId, `Rinnakkainen ${index}`)),
    );
    expect(responses.flatMap((response) => response.errors)).toEqual([]);
    const mine = await t.gql<{ myParticipation: { completedCount: number; entries: unknown[] } }>(
      MINE,
      { challengeId: challenge.id },
      { token },
    );
    expect(mine.data?.myParticipation.completedCount).toBe(20);
    expect(mine.data?.myParticipation.entries).toHaveLength(20);
  });

  it('accepts exactly one of several parallel logs into the same category', async () => {
    const { token } = await t.newUser();
    const categoryId = challenge.categoryIds[0]!;
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) => logBook(token, categoryId, `Kilpaileva ${index}`)),
    );
    expect(responses.filter((response) => response.errors.length === 0)).toHaveLength(1);
    expect(responses.filter((response) => errorCode(response) === 'BAD_USER_INPUT')).toHaveLength(5);
    const mine = await t.gql<{ myParticipation: { completedCount: number } }>(
      MINE,
      { challengeId: challenge.id },
      { token },
    );
    expect(mine.data?.myParticipation.completedCount).toBe(1);
  });

  /** Resolves once `count` statements of this database wait for a lock. */
  async function lockWaiters(count: number): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Fewer than ${count} statements waited for a lock.`);
  }

  it('does not bring back an entry removed while an update of it waited for the lock', async () => {
    const { token, user } = await t.newUser();
    const logged = await logBook(token, challenge.categoryIds[0]!, 'Kadonnut kirja');
    const id = logged.data?.logReading.id;
    // Hold the participation's lock so that the removal and then the update queue behind it, in that order.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT id FROM participations WHERE user_id = $1 FOR UPDATE`, [user.id]);
      const removal = t.gql<{ removeReading: { completedCount: number } }>(REMOVE, { id }, { token });
      await lockWaiters(1);
      const update = t.gql(UPDATE, { id, input: { rating: 5 } }, { token });
      await lockWaiters(2);
      await holder.commitTransaction();
      const [removed, updated] = await Promise.all([removal, update]);
      expect(removed.data?.removeReading.completedCount).toBe(0);
      expect(errorCode(updated)).toBe('NOT_FOUND');
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    const mine = await t.gql<{ myParticipation: { completedCount: number; entries: unknown[] } }>(
      MINE,
      { challengeId: challenge.id },
      { token },
    );
    expect(mine.data?.myParticipation).toMatchObject({ completedCount: 0, entries: [] });
  });

  // What the My reading page asks for: session, participation, challenge, entries, their categories, their books.
  it('serves myParticipation with 50 entries in a constant, small number of statements', async () => {
    const { token } = await t.newUser();
    const small = await t.newUser();
    for (const [index, categoryId] of challenge.categoryIds.entries())
      await logBook(token, categoryId, `Kirja ${index}`);
    await logBook(small.token, challenge.categoryIds[0]!, 'Yksi kirja');

    const full = await countQueries(t.dataSource, async () => {
      const response = await t.gql<{ myParticipation: { entries: unknown[] } }>(
        MINE,
        { challengeId: challenge.id },
        { token },
      );
      expect(response.data?.myParticipation.entries).toHaveLength(50);
    });
    const single = await countQueries(t.dataSource, () =>
      t.gql(MINE, { challengeId: challenge.id }, { token: small.token }),
    );
    // Session; participation; entries with their books and categories; the participation's challenge.
    expect(full.count).toBe(4);
    expect(full.count).toBe(single.count);
  });

  it('serves a challenge with 50 categories in a constant, small number of statements', async () => {
    const slug = (await t.dataSource.query('SELECT slug FROM challenges WHERE id = $1', [challenge.id]))[0]
      .slug as string;
    const small = await insertChallenge(t.dataSource, { categories: 1, year: 2030 });
    const smallSlug = (await t.dataSource.query('SELECT slug FROM challenges WHERE id = $1', [small.id]))[0]
      .slug as string;
    const { token } = await t.newUser();

    const full = await countQueries(t.dataSource, async () => {
      const response = await t.gql<{ challenge: { categories: unknown[] } }>(CHALLENGE, { slug }, { token });
      expect(response.data?.challenge.categories).toHaveLength(50);
    });
    const single = await countQueries(t.dataSource, () => t.gql(CHALLENGE, { slug: smallSlug }, { token }));
    expect(full.count).toBeLessThanOrEqual(6);
    expect(full.count).toBe(single.count);
  });
});
