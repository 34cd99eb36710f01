import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '@lukuhaaste/api/seed';
import { todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const MY_YEAR = `query($challengeId: ID!) {
  myParticipation(challengeId: $challengeId) {
    completedCount
    entries { finishedOn rating review containsSpoilers category { position } book { id } }
  }
}`;

interface DemoEntry {
  finishedOn: string;
  rating: number | null;
  review: string | null;
  containsSpoilers: boolean;
  category: { position: number } | null;
  book: { id: string };
}

const demoPatron = DEMO_USERS.find((user) => user.role === 'PATRON')!;

/** Every participation's stored progress next to its placed entries, and entries dated outside their challenge. */
async function consistency(dataSource: DataSource, lastDay: string) {
  const rows: Array<{ completed_count: number; placed: number; completed: boolean }> = await dataSource.query(
    `SELECT p.completed_count, p.completed_at IS NOT NULL AS completed,
            (SELECT count(*)::int FROM reading_entries e WHERE e.participation_id = p.id AND e.category_id IS NOT NULL) AS placed
       FROM participations p`,
  );
  const [{ outside }] = await dataSource.query(
    `SELECT count(*)::int AS outside FROM reading_entries e JOIN challenges c ON c.id = e.challenge_id
      WHERE e.finished_on NOT BETWEEN c.starts_on AND least(c.ends_on, $1::date)`,
    [lastDay],
  );
  return { rows, outside: outside as number };
}

describe('demo challenges seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // Start-up time is measured by the banner and the notes, not asserted here: a wall-clock bound flakes on a busy machine.
  it('adds this year and last year with 50 categories each, only once', async () => {
    await seedDemoData(t.dataSource);
    await seedDemoData(t.dataSource);

    const challenges = await t.gql<{
      challenges: Array<{ slug: string; status: string; categoryCount: number; participantCount: number }>;
    }>('{ challenges { slug status categoryCount participantCount } }');
    expect(challenges.data?.challenges).toEqual([
      expect.objectContaining({
        slug: 'lukuhaaste-2026',
        status: 'PUBLISHED',
        categoryCount: 50,
        participantCount: 11,
      }),
      expect.objectContaining({ slug: 'lukuhaaste-2025', status: 'ARCHIVED', categoryCount: 50, participantCount: 11 }),
    ]);
    const texts = await t.dataSource.query(`SELECT title, description FROM categories`);
    for (const { title, description } of texts) {
      expect(
        [title.fi, title.sv, title.en, description.fi, description.sv, description.en].every(
          (text: string) => text.trim().length > 0,
        ),
      ).toBe(true);
    }
  });

  it('keeps progress consistent with the entries, with one reader having finished 2025', async () => {
    const { rows, outside } = await consistency(t.dataSource, todayInHelsinki());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.completed_count).toBe(row.placed);
    expect(rows.filter((row) => row.completed)).toHaveLength(1);
    expect(outside).toBe(0);
    const [{ books }] = await t.dataSource.query(`SELECT count(*)::int AS books FROM books`);
    expect(books).toBeGreaterThanOrEqual(40);
  });

  it('has the demo patron in this year with a dozen placed books, some rated and reviewed, one spoiler', async () => {
    const login = await t.gql<{ login: { token: string } }>(LOGIN, {
      input: { email: demoPatron.email, password: DEMO_PASSWORD },
    });
    const [{ id: challengeId }] = await t.dataSource.query(`SELECT id FROM challenges WHERE slug = 'lukuhaaste-2026'`);
    const mine = await t.gql<{ myParticipation: { completedCount: number; entries: DemoEntry[] } }>(
      MY_YEAR,
      { challengeId },
      { token: login.data?.login.token },
    );
    const { completedCount, entries } = mine.data!.myParticipation;
    expect(completedCount).toBe(12);
    expect(entries).toHaveLength(12);
    // The rules of the log: one book per category, each book in one category only, dated within the challenge so far.
    expect(new Set(entries.map((entry) => entry.category?.position)).size).toBe(12);
    expect(new Set(entries.map((entry) => entry.book.id)).size).toBe(12);
    const today = todayInHelsinki();
    expect(entries.filter((entry) => entry.finishedOn < '2026-01-01' || entry.finishedOn > today)).toEqual([]);
    expect(entries.filter((entry) => entry.rating !== null).length).toBeGreaterThanOrEqual(8);
    expect(entries.filter((entry) => entry.review !== null).length).toBeGreaterThanOrEqual(3);
    expect(entries.filter((entry) => entry.containsSpoilers)).toEqual([
      expect.objectContaining({ review: expect.any(String) }),
    ]);
  });

  it('stays valid when seeded on another day, e.g. the first day of the challenge', async () => {
    const other = await startTestApp();
    try {
      await seedDemoData(other.dataSource, '2026-01-01');
      const { rows, outside } = await consistency(other.dataSource, '2026-01-01');
      for (const row of rows) expect(row.completed_count).toBe(row.placed);
      expect(outside).toBe(0);
      const [{ demo }] = await other.dataSource.query(
        `SELECT count(*)::int AS demo FROM reading_entries e
           JOIN participations p ON p.id = e.participation_id JOIN users u ON u.id = p.user_id
           JOIN challenges c ON c.id = e.challenge_id
          WHERE u.email = $1 AND c.slug = 'lukuhaaste-2026'`,
        [demoPatron.email],
      );
      expect(demo).toBe(12);
    } finally {
      await other.close();
    }
  });
});
