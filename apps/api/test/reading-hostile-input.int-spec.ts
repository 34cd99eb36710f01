import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);
const LOG = 'mutation($input: LogReadingInput!) { logReading(input: $input) { review book { title authors } } }';

/** Review, book title, author and search text: stored exactly (titles trimmed) or BAD_USER_INPUT, never a 500. */
describe('reading and books with hostile input', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;
  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { categories: 1, allowBookReuse: true });
  });
  afterAll(() => t.close());

  // Books typed again with the same title and authors (ignoring case and accents) reuse the
  // first one, so each case gets its own author to see its own title stored.
  let caseNumber = 0;
  it.each(HOSTILE.map((value) => [label(value), value]))('%s as a review, title and author', async (_label, value) => {
    caseNumber += 1;
    // A patron per case: one patron logging every case would meet logReading's rate limit.
    const { token } = await t.newUser();
    const attempts = [
      { review: value, newBook: { title: 'Turvallinen', authors: ['Kirjailija'] } },
      { newBook: { title: value, authors: [`Kirjailija ${caseNumber}`] } },
      { newBook: { title: `Turvallinen ${caseNumber}`, authors: [value] } },
    ];
    for (const attempt of attempts) {
      const response = await t.gql<{
        logReading: { review: string | null; book: { title: string; authors: string[] } };
      }>(LOG, { input: { challengeId: challenge.id, ...attempt } }, { token });
      if (response.errors.length > 0) {
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        continue;
      }
      const logged = response.data!.logReading;
      if ('review' in attempt) expect(logged.review).toBe(value.trim() === '' ? null : value);
      expect(logged.book.title).toBe(attempt.newBook.title.trim());
      expect(logged.book.authors).toEqual(attempt.newBook.authors.map((author) => author.trim()));
    }
    const search = await t.gql('query($q: String) { books(search: $q) { totalCount } }', { q: value });
    expect(['ok', 'BAD_USER_INPUT']).toContain(search.errors.length === 0 ? 'ok' : errorCode(search));
  });
  // Values that look valid but once reached Postgres as a 500: a language longer than varchar(35),
  // and dates the ISO format allows but a PostgreSQL date does not (or no calendar has).
  it.each([
    [
      'a 41-character language tag',
      { newBook: { title: 'Kieli', authors: ['K'], language: `fi-${'abcdefgh-'.repeat(4)}x1` } },
      'newBook.language',
      'TOO_LONG',
    ],
    ['year 0000', { finishedOn: '0000-01-01' }, 'finishedOn', 'INVALID_DATE'],
    ['year 10000', { finishedOn: '10000-01-01' }, 'finishedOn', 'INVALID_DATE'],
    ['February 30th', { finishedOn: '2026-02-30' }, 'finishedOn', 'INVALID_DATE'],
  ])('%s is BAD_USER_INPUT naming its field', async (_name, attempt, field, code) => {
    const { token } = await t.newUser();
    const response = await t.gql(
      LOG,
      { input: { challengeId: challenge.id, newBook: { title: 'Päivä', authors: ['K'] }, ...attempt } },
      { token },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors[0]?.extensions?.fields).toEqual([expect.objectContaining({ field, code })]);
  });
});
