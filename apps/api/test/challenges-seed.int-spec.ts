import { seedDemoData } from '@lukuhaaste/api/seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo challenges seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('adds this year and last year with 50 categories each, quickly and only once', async () => {
    const started = Date.now();
    await seedDemoData(t.dataSource);
    expect(Date.now() - started).toBeLessThan(3000);
    await seedDemoData(t.dataSource);

    const challenges = await t.gql<{
      challenges: Array<{ slug: string; status: string; categoryCount: number; participantCount: number }>;
    }>('{ challenges { slug status categoryCount participantCount } }');
    expect(challenges.data?.challenges).toEqual([
      expect.objectContaining({ slug: 'lukuhaaste-2026', status: 'PUBLISHED', categoryCount: 50 }),
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
    const rows: Array<{ completed_count: number; placed: number; completed: boolean }> = await t.dataSource.query(
      `SELECT p.completed_count, p.completed_at IS NOT NULL AS completed,
              (SELECT count(*)::int FROM reading_entries e WHERE e.participation_id = p.id AND e.category_id IS NOT NULL) AS placed
         FROM participations p`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.completed_count).toBe(row.placed);
    expect(rows.filter((row) => row.completed)).toHaveLength(1);
    const [{ books }] = await t.dataSource.query(`SELECT count(*)::int AS books FROM books`);
    expect(books).toBeGreaterThanOrEqual(40);
    const [{ outside }] = await t.dataSource.query(
      `SELECT count(*)::int AS outside FROM reading_entries e JOIN challenges c ON c.id = e.challenge_id WHERE e.finished_on NOT BETWEEN c.starts_on AND c.ends_on`,
    );
    expect(outside).toBe(0);
  });
});
