import { TEST_PASSWORD, type TestUser } from '@lukuhaaste/api/accounts/testing';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const JOIN = `mutation($challengeId: ID!) { joinChallenge(challengeId: $challengeId) { id } }`;
const SET = `mutation($challengeId: ID!, $enabled: Boolean!) {
  setProgressSharing(challengeId: $challengeId, enabled: $enabled) { challengeId enabled path } }`;
const MINE = `query($challengeId: ID!) { myProgressSharing(challengeId: $challengeId) { enabled path } }`;
const MINE_ALL = `{ myProgressSharings { challengeId enabled path challenge { year title { fi } } } }`;
const SHARED = `query($slug: String!, $year: Int!) { sharedProgress(slug: $slug, year: $year) {
  displayName challengeTitle { fi } challengeSlug year filledCount categoryCount
  recentBooks { title authors } homeBranchName { fi } } }`;
const LOG = `mutation($input: LogReadingInput!) { logReading(input: $input) { id } }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(input: { password: $password }) }`;

interface Sharing {
  setProgressSharing: { challengeId: string; enabled: boolean; path: string | null };
}
interface Shared {
  sharedProgress: { displayName: string; filledCount: number; categoryCount: number; recentBooks: unknown[] };
}

describe('progress sharing (share card)', () => {
  let t: TestApp;
  let challengeId: string;
  let categoryIds: string[];
  beforeAll(async () => {
    t = await startTestApp();
    const { challenge, categories } = await createTestChallenge(t.dataSource, { year: 2026, categories: 3 });
    challengeId = challenge.id;
    categoryIds = categories.map((category) => category.id);
  });
  afterAll(() => t.close());

  async function participant(): Promise<TestUser> {
    const patron = await t.newUser();
    expect((await t.gql(JOIN, { challengeId }, { token: patron.token })).errors).toEqual([]);
    return patron;
  }

  async function setSharing(patron: TestUser, enabled: boolean) {
    const response = await t.gql<Sharing>(SET, { challengeId, enabled }, { token: patron.token });
    expect(response.errors).toEqual([]);
    if (!response.data) throw new Error('setProgressSharing answered no data');
    return response.data.setProgressSharing;
  }

  /** `/p/<slug>/<year>` → the public query's arguments. */
  function argsOf(path: string | null): { slug: string; year: number } {
    const [, , slug = '', year = ''] = (path ?? '').split('/');
    return { slug, year: Number(year) };
  }

  it('is off by default and shows nothing until the patron opts in', async () => {
    const patron = await participant();
    const mine = await t.gql<{ myProgressSharing: unknown }>(MINE, { challengeId }, { token: patron.token });
    expect(mine.data?.myProgressSharing).toEqual({ enabled: false, path: null });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM progress_share_slugs WHERE user_id = $1`,
      [patron.user.id],
    );
    expect(count).toBe(0);
  });

  it('shares only name, challenge, x/N, recent books and branch once enabled', async () => {
    const patron = await participant();
    const logged = await t.gql(
      LOG,
      {
        input: {
          challengeId,
          categoryId: categoryIds[0],
          newBook: { title: 'Muumipappa ja meri', authors: ['Tove Jansson'] },
          finishedOn: '2026-03-01',
          review: 'Salainen arvio',
        },
      },
      { token: patron.token },
    );
    expect(logged.errors).toEqual([]);
    const { path, enabled } = await setSharing(patron, true);
    expect(enabled).toBe(true);
    expect(path).toMatch(/^\/p\/[A-Za-z0-9_-]{16}\/2026$/);
    expect(path).not.toContain(patron.user.id);
    const shared = await t.gql<Shared>(SHARED, argsOf(path));
    expect(shared.errors).toEqual([]);
    expect(shared.data?.sharedProgress).toMatchObject({
      displayName: patron.user.displayName,
      challengeTitle: { fi: expect.any(String) },
      year: 2026,
      filledCount: 1,
      categoryCount: 3,
      recentBooks: [{ title: 'Muumipappa ja meri', authors: ['Tove Jansson'] }],
    });
    expect(JSON.stringify(shared.data)).not.toMatch(/Salainen arvio|@/);
  });

  it('keeps one slug per patron while anything is shared; revoking the last share retires it', async () => {
    const patron = await participant();
    const first = await setSharing(patron, true);
    expect((await setSharing(patron, true)).path).toBe(first.path);
    expect(await setSharing(patron, false)).toEqual({ challengeId, enabled: false, path: null });
    const revoked = await t.gql(SHARED, argsOf(first.path));
    expect(errorCode(revoked)).toBe('NOT_FOUND');
    const again = await setSharing(patron, true);
    expect(again.path).not.toBe(first.path);
    expect(errorCode(await t.gql(SHARED, argsOf(first.path)))).toBe('NOT_FOUND');
  });

  it('lists the choice for every joined challenge, newest year first, with the challenge', async () => {
    const { challenge: older } = await createTestChallenge(t.dataSource, { year: 2025, categories: 1 });
    const patron = await participant();
    expect((await t.gql(JOIN, { challengeId: older.id }, { token: patron.token })).errors).toEqual([]);
    const { path } = await setSharing(patron, true);
    const list = await t.gql<{ myProgressSharings: unknown[] }>(MINE_ALL, {}, { token: patron.token });
    expect(list.errors).toEqual([]);
    expect(list.data?.myProgressSharings).toEqual([
      { challengeId, enabled: true, path, challenge: { year: 2026, title: { fi: expect.any(String) } } },
      {
        challengeId: older.id,
        enabled: false,
        path: null,
        challenge: { year: 2025, title: { fi: expect.any(String) } },
      },
    ]);
    const stranger = await t.newUser();
    expect((await t.gql(MINE_ALL, {}, { token: stranger.token })).data).toEqual({ myProgressSharings: [] });
    expect(errorCode(await t.gql(MINE_ALL, {}))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND alike for unknown slugs, wrong years and malformed input', async () => {
    const patron = await participant();
    const { path } = await setSharing(patron, true);
    const { slug } = argsOf(path);
    for (const args of [
      { slug: 'AAAAAAAAAAAAAAAAAAAAAA', year: 2026 },
      { slug, year: 2025 },
      { slug: `${slug}' OR 1=1 --`, year: 2026 },
      { slug, year: -1 },
    ]) {
      const response = await t.gql(SHARED, args);
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.errors[0]?.message).toBe('Nothing is shared at this address.');
    }
  });

  it('lets only the participant toggle: anonymous UNAUTHENTICATED, not joined NOT_FOUND, bad id BAD_USER_INPUT', async () => {
    expect(errorCode(await t.gql(SET, { challengeId, enabled: true }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MINE, { challengeId }))).toBe('UNAUTHENTICATED');
    const outsider = await t.newUser();
    expect(errorCode(await t.gql(SET, { challengeId, enabled: true }, { token: outsider.token }))).toBe('NOT_FOUND');
    const mine = await t.gql<{ myProgressSharing: unknown }>(MINE, { challengeId }, { token: outsider.token });
    expect(mine.data?.myProgressSharing).toBeNull();
    expect(errorCode(await t.gql(SET, { challengeId: 'nope', enabled: true }, { token: outsider.token }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('revokes everything when the account is deleted', async () => {
    const patron = await participant();
    const { path } = await setSharing(patron, true);
    const deleted = await t.gql(DELETE, { password: TEST_PASSWORD }, { token: patron.token });
    expect(deleted.errors).toEqual([]);
    expect(errorCode(await t.gql(SHARED, argsOf(path)))).toBe('NOT_FOUND');
    expect((await fetch(`${t.baseUrl}${path}.png`)).status).toBe(404);
    const rows = await t.dataSource.query(
      `SELECT 1 FROM progress_share_slugs WHERE user_id = $1
       UNION ALL SELECT 1 FROM participations WHERE user_id = $1 AND shares_progress`,
      [patron.user.id],
    );
    expect(rows).toEqual([]);
  });

  describe('card images', () => {
    let path: string;
    beforeAll(async () => {
      path = (await setSharing(await participant(), true)).path ?? '';
    });

    it('serves a 1200×630 PNG with short caching and an ETag that revalidates', async () => {
      const response = await fetch(`${t.baseUrl}${path}.png`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const etag = response.headers.get('etag') ?? '';
      expect(etag).toMatch(/^".+"$/);
      const again = await fetch(`${t.baseUrl}${path}.png`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    });

    it('serves the SVG in the language asked for by ?lang=, the cookie or Accept-Language', async () => {
      const svgIn = async (query: string, headers: Record<string, string> = {}) => {
        const response = await fetch(`${t.baseUrl}${path}.svg${query}`, { headers });
        expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
        expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
        return response.text();
      };
      expect(await svgIn('?lang=en')).toContain('categories filled');
      expect(await svgIn('', { cookie: 'lukuhaaste-locale=sv' })).toContain('utmaningspunkter avklarade');
      expect(await svgIn('', { 'accept-language': 'en-GB,en;q=0.9' })).toContain('categories filled');
      expect(await svgIn('')).toContain('haastekohtaa täytetty');
    });

    it('answers 404 for images of unknown or malformed addresses', async () => {
      for (const url of [`/p/AAAAAAAAAAAAAAAAAAAAAA/2026.png`, `${path.replace('2026', '2025')}.svg`, `${path}x.svg`]) {
        expect((await fetch(`${t.baseUrl}${url}`)).status).toBe(404);
      }
    });
  });
});
