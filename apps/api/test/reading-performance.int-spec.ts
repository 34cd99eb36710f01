import { errorCode } from './support/graphql-client';
import { countQueries } from './support/count-queries';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const LOG = `mutation($input: LogReadingInput!) { logReading(input: $input) { id participation { completedCount } } }`;
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
    t.gql<{ logReading: { participation: { completedCount: number } } }>(
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
    expect(full.count).toBeLessThanOrEqual(6);
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
