import { createTestBook, GOODREADS_FIXTURE_PATH, GOODREADS_HEADER } from '@lukuhaaste/api/books/testing';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { readFileSync } from 'node:fs';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { insertChallenge, type FixtureChallenge } from './support/reading-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const IMPORT = `mutation ImportGoodreadsCsv($challengeId: ID!, $csv: String!) {
  importGoodreadsCsv(challengeId: $challengeId, csv: $csv) {
    imported skipped { row title reason message } shortenedReviews
  }
}`;
const LARGE = { 'x-apollo-operation-name': 'ImportGoodreadsCsv' };
const FIXTURE = readFileSync(GOODREADS_FIXTURE_PATH, 'utf8');
const MiB = 1024 * 1024;

interface Report {
  importGoodreadsCsv: {
    imported: number;
    skipped: Array<{ row: number; title: string; reason: string; message: string }>;
    shortenedReviews: number[];
  };
}

/** One export row from the values that matter; the other columns stay empty. */
function goodreadsRow(values: {
  title: string;
  author?: string;
  isbn?: string;
  date?: string;
  shelf?: string;
  review?: string;
}) {
  const byName: Record<string, string> = {
    ISBN: `="${values.isbn ?? ''}"`,
    Title: values.title,
    Author: values.author ?? 'Kirjailija',
    'Date Read': values.date ?? '2024/05/01',
    'Exclusive Shelf': values.shelf ?? 'read',
    'My Review': values.review ?? '',
  };
  return GOODREADS_HEADER.split(',')
    .map((name) => `"${(byName[name] ?? '').replaceAll('"', '""')}"`)
    .join(',');
}

const exportOf = (rows: string[]) => `${GOODREADS_HEADER}\n${rows.join('\n')}\n`;

/**
 * importGoodreadsCsv over HTTP on real PostgreSQL: the shared fixture, a
 * re-run, hostile files, 10,000 rows, and that a failure leaves nothing
 * behind. The fixture's reads are from 2024, so the challenge is 2024's.
 */
describe('importGoodreadsCsv', () => {
  let t: TestApp;
  let challenge: FixtureChallenge;

  beforeAll(async () => {
    t = await startTestApp();
    challenge = await insertChallenge(t.dataSource, { year: 2024, categories: 3 });
  });
  afterAll(() => t.close());

  const importCsv = (token: string | undefined, csv: string, headers: Record<string, string> = {}) =>
    t.gql<Report>(IMPORT, { challengeId: challenge.id, csv }, { token, headers });

  const countRows = async (sql: string, params: unknown[] = []) =>
    ((await t.dataSource.query(sql, params)) as Array<{ n: number }>)[0]?.n;
  const entriesOf = (userId: string) =>
    t.dataSource.query(
      `SELECT b.title, b.authors, b.isbn13, e.category_id, e.format, e.finished_on::text, e.rating, e.review,
              e.contains_spoilers
       FROM reading_entries e JOIN participations p ON p.id = e.participation_id JOIN books b ON b.id = e.book_id
       WHERE p.user_id = $1 ORDER BY e.finished_on`,
      [userId],
    );
  const fieldOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;

  it('imports the fixture as unplaced entries and reports each skipped row', async () => {
    const { token, user } = await t.newUser();
    const response = await importCsv(token, FIXTURE);
    expect(response.errors).toEqual([]);
    const report = response.data!.importGoodreadsCsv;
    expect(report.imported).toBe(4);
    expect(report.shortenedReviews).toEqual([]);
    expect(report.skipped.map(({ row, title, reason }) => ({ row, title, reason }))).toEqual([
      {
        row: 4,
        title: "The Hitchhiker's Guide to the Galaxy (Hitchhiker's Guide to the Galaxy, #1)",
        reason: 'NOT_READ',
      },
      { row: 7, title: 'Invalid Date Book', reason: 'INVALID_DATE' },
      { row: 8, title: 'Currently Reading Example', reason: 'NOT_READ' },
    ]);
    expect(report.skipped[1]?.message).toBe('Date Read is not a valid YYYY/MM/DD date.');
    expect(await entriesOf(user.id)).toEqual([
      expect.objectContaining({
        title: 'Tuntematon sotilas',
        category_id: null,
        format: 'PRINT',
        finished_on: '2024-01-14',
        rating: 5,
        review: 'Vahva klassikko.\nLuin talvilomalla.',
        contains_spoilers: false,
      }),
      expect.objectContaining({ title: 'Muumipappa ja meri', rating: 4, review: null }),
      expect.objectContaining({
        title: 'Sofi Oksanen: "Puhdistus"',
        authors: ['Sofi Oksanen', 'Someone Else', 'Another Person'],
        format: 'AUDIOBOOK',
        rating: 3,
        contains_spoilers: true,
      }),
      expect.objectContaining({ title: 'Kalevala', format: 'EBOOK', rating: 2 }),
    ]);
    // Unplaced entries do not count toward progress; the patron joined by importing.
    const progress = await t.gql<{ myParticipation: { completedCount: number } }>(
      `query($id: ID!) { myParticipation(challengeId: $id) { completedCount } }`,
      { id: challenge.id },
      { token },
    );
    expect(progress.data?.myParticipation.completedCount).toBe(0);
  });

  it('is idempotent: a re-run skips what the first run imported', async () => {
    const { token, user } = await t.newUser();
    await importCsv(token, FIXTURE);
    const books = await countRows(`SELECT count(*)::int AS n FROM books`);
    const again = (await importCsv(token, FIXTURE)).data!.importGoodreadsCsv;
    expect(again.imported).toBe(0);
    expect(again.skipped.filter((row) => row.reason === 'ALREADY_LOGGED').map((row) => row.row)).toEqual([2, 3, 5, 6]);
    expect(await entriesOf(user.id)).toHaveLength(4);
    expect(await countRows(`SELECT count(*)::int AS n FROM books`)).toBe(books);
  });

  it('merges by ISBN into the catalogue and creates the missing books once', async () => {
    const known = await createTestBook(t.dataSource, { title: 'Linnunrata', isbn: '9780345391803' });
    const { token, user } = await t.newUser();
    const csv = exportOf([
      goodreadsRow({ title: 'Hitchhiker (Goodreads title)', isbn: '0345391802' }),
      goodreadsRow({ title: 'Uusi kirja', author: 'Uusi Kirjailija' }),
      goodreadsRow({ title: 'Uusi kirja', author: 'Uusi Kirjailija', date: '2024/06/01' }),
    ]);
    const report = (await importCsv(token, csv)).data!.importGoodreadsCsv;
    expect(report.imported).toBe(2);
    expect(report.skipped).toEqual([expect.objectContaining({ row: 4, reason: 'ALREADY_LOGGED' })]);
    const entries = await entriesOf(user.id);
    expect(entries.map((entry: { title: string }) => entry.title)).toEqual([known.title, 'Uusi kirja']);
    expect(await countRows(`SELECT count(*)::int AS n FROM books WHERE title = 'Uusi kirja'`)).toBe(1);
  });

  it('reads the fixture with a byte-order mark and CRLF line ends the same way', async () => {
    const { token } = await t.newUser();
    const report = (await importCsv(token, `\uFEFF${FIXTURE.replace(/\r?\n/g, '\r\n')}`)).data!.importGoodreadsCsv;
    expect(report.imported).toBe(4);
    expect(report.skipped.map((row) => row.row)).toEqual([4, 7, 8]);
  });

  it('skips reads outside the period and shortens reviews over the limit', async () => {
    const { token } = await t.newUser();
    const report = (
      await importCsv(
        token,
        exportOf([
          goodreadsRow({ title: 'Vanha', date: '2023/12/31' }),
          goodreadsRow({ title: 'Pitkä arvio', review: 'r'.repeat(6000) }),
          goodreadsRow({ title: 'Kesken', shelf: 'currently-reading', date: '' }),
          goodreadsRow({ title: 'Ei päivää', date: '' }),
        ]),
      )
    ).data!.importGoodreadsCsv;
    expect(report).toMatchObject({ imported: 1, shortenedReviews: [3] });
    expect(report.skipped.map(({ row, reason }) => [row, reason])).toEqual([
      [2, 'BEFORE_START'],
      [4, 'NOT_READ'],
      [5, 'MISSING_DATE'],
    ]);
  });

  it('stores hostile titles and reviews as text or skips them with a reason, never failing', async () => {
    const { token, user } = await t.newUser();
    const hostile = loadHostileStrings();
    const rows = hostile.map((text, index) =>
      goodreadsRow({ title: `${text} ${index}`.slice(-600), review: text, date: '2024/03/01' }),
    );
    const response = await importCsv(token, exportOf(rows));
    expect(response.errors).toEqual([]);
    const report = response.data!.importGoodreadsCsv;
    expect(report.imported + report.skipped.length).toBe(hostile.length);
    for (const row of report.skipped) expect(['INVALID_BOOK', 'INVALID_REVIEW']).toContain(row.reason);
    const stored: Array<{ title: string }> = await entriesOf(user.id);
    expect(stored).toHaveLength(report.imported);
    // Whatever was stored is the file's text, unescaped and unchanged.
    const titles = new Set(rows.map((_, index) => `${hostile[index]} ${index}`.slice(-600).trim()));
    for (const entry of stored) expect(titles).toContain(entry.title);
  });

  it('takes 10,000 rows in one request: the period filters them, reading caps unplaced entries at 200', async () => {
    const { token, user } = await t.newUser();
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      goodreadsRow({
        title: `Kirja numero ${index}`,
        author: `Kirjailija ${index % 700}`,
        date: `${2015 + (index % 10)}/${String((index % 12) + 1).padStart(2, '0')}/15`,
        review: index % 3 === 0 ? `Arvio kirjasta ${index}.\nToinen rivi, "lainaus".` : '',
      }),
    );
    const csv = exportOf(rows);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(MiB);
    const response = await importCsv(token, csv, LARGE);
    expect(response.errors).toEqual([]);
    const report = response.data!.importGoodreadsCsv;
    const count = (reason: string) => report.skipped.filter((row) => row.reason === reason).length;
    // Every tenth row is from 2024: 1,000 reads in the period, 200 of them fit.
    expect({ imported: report.imported, tooMany: count('TOO_MANY_UNPLACED') }).toEqual({
      imported: 200,
      tooMany: 800,
    });
    expect(count('BEFORE_START')).toBe(9_000);
    expect(await entriesOf(user.id)).toHaveLength(200);
  });

  describe('file errors: BAD_USER_INPUT with the reason, nothing written', () => {
    let token: string;
    let userId: string;
    beforeAll(async () => {
      ({
        token,
        user: { id: userId },
      } = await t.newUser());
    });
    afterEach(async () => {
      expect(await countRows(`SELECT count(*)::int AS n FROM participations WHERE user_id = $1`, [userId])).toBe(0);
    });

    it('names the missing columns', async () => {
      const response = await importCsv(token, 'Title,Author\nKirja,Kirjailija\n');
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldOf(response)).toEqual([{ field: 'csv', code: 'MISSING_COLUMNS' }]);
      expect(response.errors[0]?.extensions?.missingColumns).toEqual([
        'ISBN',
        'ISBN13',
        'Date Read',
        'Exclusive Shelf',
      ]);
    });

    it('refuses a binary file (a PNG read as text)', async () => {
      const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
      expect(fieldOf(await importCsv(token, png))).toEqual([{ field: 'csv', code: 'NOT_CSV' }]);
    });

    it('refuses a malformed CSV, naming the row', async () => {
      expect(fieldOf(await importCsv(token, `${GOODREADS_HEADER}\n"Auki jäänyt,x\n`))).toEqual([
        { field: 'csv', code: 'MALFORMED_CSV', params: { row: 2 } },
      ]);
    });

    it('refuses a file over 8 MiB, and bodies past the import limit at the HTTP layer', async () => {
      const huge = exportOf([goodreadsRow({ title: 'Iso', review: 'x'.repeat(8 * MiB) })]);
      expect(fieldOf(await importCsv(token, huge, LARGE))).toEqual([
        { field: 'csv', code: 'FILE_TOO_LARGE', params: { max: 8 * MiB } },
      ]);
      const enormous = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...LARGE },
        body: JSON.stringify({ query: IMPORT, variables: { challengeId: challenge.id, csv: 'x'.repeat(13 * MiB) } }),
      });
      expect(enormous.status).toBe(413);
    });
  });

  it('takes bodies over 1 MiB only for the import, announced in x-apollo-operation-name', async () => {
    const { token } = await t.newUser();
    const csv = exportOf([goodreadsRow({ title: 'Iso', review: 'x'.repeat(1.2 * MiB) })]);
    const unannounced = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: IMPORT, variables: { challengeId: challenge.id, csv } }),
    });
    expect(unannounced.status).toBe(413);
    // The header does not open the limit for another operation.
    const smuggled = await t.gql('{ me { id } }', { pad: 'x'.repeat(1.2 * MiB) }, { token, headers: LARGE });
    expect(smuggled.status).toBe(413);
    const announced = await importCsv(token, csv, LARGE);
    expect(announced.errors).toEqual([]);
    expect(announced.data?.importGoodreadsCsv.imported).toBe(1);
  });

  it('leaves nothing behind when the import fails half-way', async () => {
    const { token, user } = await t.newUser();
    const books = await countRows(`SELECT count(*)::int AS n FROM books`);
    // A database failure after the books were written: the entries' insert trips this trigger.
    await t.dataSource.query(`
      CREATE FUNCTION fail_import_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.review = 'kaatuu' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_import BEFORE INSERT ON reading_entries FOR EACH ROW EXECUTE FUNCTION fail_import_once();`);
    try {
      const response = await importCsv(
        token,
        exportOf([
          goodreadsRow({ title: 'Ensimmäinen uusi' }),
          goodreadsRow({ title: 'Toinen uusi', review: 'kaatuu' }),
        ]),
      );
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query(`DROP TRIGGER fail_import ON reading_entries; DROP FUNCTION fail_import_once();`);
    }
    expect(await countRows(`SELECT count(*)::int AS n FROM books`)).toBe(books);
    expect(await countRows(`SELECT count(*)::int AS n FROM participations WHERE user_id = $1`, [user.id])).toBe(0);
  });

  describe('authorization', () => {
    it('answers UNAUTHENTICATED without a session', async () => {
      expect(errorCode(await importCsv(undefined, FIXTURE))).toBe('UNAUTHENTICATED');
    });

    it("imports into the caller's own participation only", async () => {
      const first = await t.newUser();
      const second = await t.newUser();
      await importCsv(first.token, FIXTURE);
      await importCsv(second.token, FIXTURE);
      expect(await entriesOf(first.user.id)).toHaveLength(4);
      expect(await entriesOf(second.user.id)).toHaveLength(4);
    });

    it('refuses a draft challenge (NOT_FOUND) and an archived one (FORBIDDEN)', async () => {
      const { token } = await t.newUser();
      for (const [status, code] of [
        [ChallengeStatus.DRAFT, 'NOT_FOUND'],
        [ChallengeStatus.ARCHIVED, 'FORBIDDEN'],
      ] as const) {
        const other = await insertChallenge(t.dataSource, { status, categories: 1 });
        const response = await t.gql(IMPORT, { challengeId: other.id, csv: FIXTURE }, { token });
        expect({ status, code: errorCode(response) }).toEqual({ status, code });
      }
    });

    it('rate-limits imports to 10 per user an hour', async () => {
      const { token } = await t.newUser();
      const tiny = exportOf([goodreadsRow({ title: 'Pieni', shelf: 'to-read' })]);
      for (let index = 0; index < 10; index += 1) expect((await importCsv(token, tiny)).errors).toEqual([]);
      expect(errorCode(await importCsv(token, tiny))).toBe('RATE_LIMITED');
    });
  });
});
