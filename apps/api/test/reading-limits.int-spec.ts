import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const LOG = `mutation($input: LogReadingInput!) { logReading(input: $input) { id book { id } participation { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReadingInput!) { updateReading(id: $id, input: $input) { id } }`;
const UNPLACED_MAX = 200;
const RATE_LIMIT = 60;
const RATE_WINDOW_MS = 10 * 60 * 1000;

interface Logged {
  logReading: { id: string; book: { id: string }; participation: { id: string } };
}

const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;

/** Bounds on what one patron can pile up: unplaced entries per participation, logs per user and window. */
describe('reading log limits', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;

  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { categories: 3 });
  });
  afterAll(() => t.close());

  const log = (token: string, title: string, categoryId: string | null = null) =>
    t.gql<Logged>(
      LOG,
      { input: { challengeId: challenge.id, categoryId, newBook: { title, authors: ['Rajaton Kirjoittaja'] } } },
      { token },
    );

  it(`caps unplaced entries at ${UNPLACED_MAX} per participation, placed ones still welcome`, async () => {
    const { token } = await t.newUser();
    const placed = (await log(token, 'Paikallaan', challenge.categoryIds[0])).data!.logReading;
    // All but one of the allowed unplaced entries, written directly: logging them would hit the rate limit.
    await t.dataSource.query(
      `INSERT INTO reading_entries (challenge_id, participation_id, book_id, finished_on)
       SELECT $1, $2, $3, '2026-01-02' FROM generate_series(1, $4::int)`,
      [challenge.id, placed.participation.id, placed.book.id, UNPLACED_MAX - 1],
    );
    const last = await log(token, 'Viimeinen mahtuva');
    expect(last.errors).toEqual([]);

    const tooMany = [{ field: 'categoryId', code: 'TOO_MANY_UNPLACED', params: { max: UNPLACED_MAX } }];
    const refused = await log(token, 'Ei mahdu');
    expect({ code: errorCode(refused), fields: fieldsOf(refused) }).toEqual({
      code: 'BAD_USER_INPUT',
      fields: tooMany,
    });
    const unplacing = await t.gql(UPDATE, { id: placed.id, input: { categoryId: null } }, { token });
    expect({ code: errorCode(unplacing), fields: fieldsOf(unplacing) }).toEqual({
      code: 'BAD_USER_INPUT',
      fields: tooMany,
    });

    // An unplaced entry stays editable, and placing books goes on.
    const lastId = last.data!.logReading.id;
    expect((await t.gql(UPDATE, { id: lastId, input: { categoryId: null, rating: 4 } }, { token })).errors).toEqual([]);
    expect((await log(token, 'Toiseen kohtaan', challenge.categoryIds[1])).errors).toEqual([]);
    const [{ unplaced }] = await t.dataSource.query(
      `SELECT count(*)::int AS unplaced FROM reading_entries WHERE participation_id = $1 AND category_id IS NULL`,
      [placed.participation.id],
    );
    expect(unplaced).toBe(UNPLACED_MAX);
  });

  it(`rate-limits logReading to ${RATE_LIMIT} per user in ten minutes, telling when to retry`, async () => {
    // Counters use fixed windows: do not start the run just before one closes.
    const intoWindow = Date.now() % RATE_WINDOW_MS;
    if (intoWindow > RATE_WINDOW_MS - 15_000) await sleep(RATE_WINDOW_MS - intoWindow + 100);
    const { token } = await t.newUser();
    for (let index = 0; index < RATE_LIMIT; index += 1) {
      const response = await log(token, `Ahmittu ${index}`);
      expect({ index, errors: response.errors }).toEqual({ index, errors: [] });
    }
    const limited = await log(token, 'Yksi liikaa');
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    const retryAfter = limited.errors[0]?.extensions?.['retryAfterSeconds'];
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(RATE_WINDOW_MS / 1000);

    const other = await t.newUser();
    expect((await log(other.token, 'Toisen lukijan kirja')).errors).toEqual([]);
  });
});
