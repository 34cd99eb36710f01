import { Role } from '@lukuhaaste/api/accounts';
import { ChallengeStatus, ParticipationService } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { errorCode } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const CHALLENGE_BY_SLUG = `query($slug: String) { challenge(slug: $slug) { id slug status categoryCount participantCount categories { id position title { fi } } } }`;
const CHALLENGE_BY_ID = `query($id: ID) { challenge(id: $id) { id } }`;
const LIST = `query($status: ChallengeStatus, $year: Int) { challenges(status: $status, year: $year) { id year status categoryCount participantCount categories { id position } } }`;
const JOIN = `mutation($challengeId: ID!) { joinChallenge(challengeId: $challengeId) { id joinedAt completedCount completedAt challenge { id slug } } }`;
const MINE = `query($challengeId: ID!) { myParticipation(challengeId: $challengeId) { id completedCount challenge { id } } }`;

describe('challenges for patrons and visitors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Counts the SQL statements TypeORM sends while `run` executes. */
  async function countQueries(run: () => Promise<unknown>): Promise<number> {
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (...args) => {
      count += 1;
      return original(...args);
    };
    try {
      await run();
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  describe('draft visibility', () => {
    it('hides drafts from anonymous visitors and patrons (NOT_FOUND) but shows them to librarians', async () => {
      const { challenge } = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT, year: 2090 });
      const patron = await t.newUser();
      const librarian = await t.newUser(Role.LIBRARIAN);
      expect(errorCode(await t.gql(CHALLENGE_BY_SLUG, { slug: challenge.slug }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(CHALLENGE_BY_ID, { id: challenge.id }, { token: patron.token }))).toBe('NOT_FOUND');
      expect((await t.gql(CHALLENGE_BY_ID, { id: challenge.id }, { token: librarian.token })).errors).toEqual([]);

      const anonymousList = await t.gql<{ challenges: Array<{ id: string }> }>(LIST, { year: 2090 });
      expect(anonymousList.data?.challenges).toEqual([]);
      const asPatron = await t.gql<{ challenges: Array<{ id: string }> }>(
        LIST,
        { status: 'DRAFT' },
        { token: patron.token },
      );
      expect(asPatron.data?.challenges).toEqual([]);
      const asLibrarian = await t.gql<{ challenges: Array<{ id: string }> }>(
        LIST,
        { year: 2090 },
        { token: librarian.token },
      );
      expect(asLibrarian.data?.challenges.map((row) => row.id)).toEqual([challenge.id]);
      expect(errorCode(await t.gql(JOIN, { challengeId: challenge.id }, { token: patron.token }))).toBe('NOT_FOUND');
    });

    it('needs exactly one of slug and id', async () => {
      expect(errorCode(await t.gql('{ challenge { id } }'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql('{ challenge(slug: "a", id: "b") { id } }'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(CHALLENGE_BY_SLUG, { slug: 'a\u0000b' }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(CHALLENGE_BY_SLUG, { slug: 'x'.repeat(5000) }))).toBe('NOT_FOUND');
      await expect(
        t.gql(CHALLENGE_BY_ID, { id: 'not-a-uuid' }).then((response) => response.errors[0]?.extensions?.fields),
      ).resolves.toEqual([{ field: 'id', code: 'INVALID_VALUE' }]);
    });
  });

  describe('lists and the current challenge', () => {
    it('lists newest year first and filters by status and year', async () => {
      const older = await createTestChallenge(t.dataSource, { status: ChallengeStatus.ARCHIVED, year: 2091 });
      const newer = await createTestChallenge(t.dataSource, { status: ChallengeStatus.PUBLISHED, year: 2092 });
      const all = await t.gql<{ challenges: Array<{ id: string; year: number }> }>(LIST);
      const years = all.data!.challenges.map((row) => row.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      const archived = await t.gql<{ challenges: Array<{ id: string }> }>(LIST, { status: 'ARCHIVED', year: 2091 });
      expect(archived.data?.challenges.map((row) => row.id)).toEqual([older.challenge.id]);
      const published = await t.gql<{ challenges: Array<{ id: string }> }>(LIST, { year: 2092 });
      expect(published.data?.challenges.map((row) => row.id)).toEqual([newer.challenge.id]);
      expect(errorCode(await t.gql(LIST, { year: 40000 }))).toBe('BAD_USER_INPUT');
    });

    it('prefers the published challenge running today over a newer one', async () => {
      const year = Number(new Date().toISOString().slice(0, 4));
      const running = await createTestChallenge(t.dataSource, { status: ChallengeStatus.PUBLISHED, year });
      const current = await t.gql<{ currentChallenge: { id: string } | null }>('{ currentChallenge { id } }');
      // 2092 is newer, but today falls in `year`.
      expect(current.data?.currentChallenge?.id).toBe(running.challenge.id);
    });
  });

  describe('a constant number of SQL statements', () => {
    it('loads one challenge with 50 categories in as many statements as one with 1', async () => {
      const small = await createTestChallenge(t.dataSource, { categories: 1, year: 2001 });
      const big = await createTestChallenge(t.dataSource, { categories: 50, year: 2002 });
      const smallCount = await countQueries(() => t.gql(CHALLENGE_BY_SLUG, { slug: small.challenge.slug }));
      let response:
        Awaited<ReturnType<typeof t.gql<{ challenge: { categories: Array<{ position: number }> } }>>> | undefined;
      const bigCount = await countQueries(async () => {
        response = await t.gql(CHALLENGE_BY_SLUG, { slug: big.challenge.slug });
      });
      expect(response?.data?.challenge.categories.map((category) => category.position)).toEqual(
        Array.from({ length: 50 }, (_, index) => index + 1),
      );
      expect(bigCount).toBe(smallCount);
      // The challenge, its counts and its categories in one statement (anonymous: no session lookup).
      expect(bigCount).toBe(1);
    });

    it('loads the challenge list with nested fields in a constant number of statements', async () => {
      const before = await countQueries(() => t.gql(LIST));
      for (let index = 0; index < 5; index += 1)
        await createTestChallenge(t.dataSource, {
          categories: 10,
          status: ChallengeStatus.ARCHIVED,
          year: 2010 + index,
        });
      const after = await countQueries(() => t.gql(LIST));
      expect(after).toBe(before);
    });
  });

  describe('joining', () => {
    it('is idempotent and counts the participant', async () => {
      const { challenge } = await createTestChallenge(t.dataSource, { year: 2003 });
      const patron = await t.newUser();
      expect(
        (await t.gql<{ myParticipation: null }>(MINE, { challengeId: challenge.id }, { token: patron.token })).data
          ?.myParticipation,
      ).toBeNull();
      const first = await t.gql<{
        joinChallenge: { id: string; completedCount: number; completedAt: null; challenge: { id: string } };
      }>(JOIN, { challengeId: challenge.id }, { token: patron.token });
      expect(first.errors).toEqual([]);
      expect(first.data?.joinChallenge).toMatchObject({
        completedCount: 0,
        completedAt: null,
        challenge: { id: challenge.id },
      });
      const second = await t.gql<{ joinChallenge: { id: string } }>(
        JOIN,
        { challengeId: challenge.id },
        { token: patron.token },
      );
      expect(second.data?.joinChallenge.id).toBe(first.data?.joinChallenge.id);
      const mine = await t.gql<{ myParticipation: { id: string } }>(
        MINE,
        { challengeId: challenge.id },
        { token: patron.token },
      );
      expect(mine.data?.myParticipation.id).toBe(first.data?.joinChallenge.id);
      const counted = await t.gql<{ challenge: { participantCount: number } }>(CHALLENGE_BY_SLUG, {
        slug: challenge.slug,
      });
      expect(counted.data?.challenge.participantCount).toBe(1);
    });

    it('is FORBIDDEN for archived challenges, and for drafts even to librarians', async () => {
      const archived = await createTestChallenge(t.dataSource, { status: ChallengeStatus.ARCHIVED, year: 2004 });
      const draft = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT, year: 2005 });
      const patron = await t.newUser();
      const librarian = await t.newUser(Role.LIBRARIAN);
      expect(errorCode(await t.gql(JOIN, { challengeId: archived.challenge.id }, { token: patron.token }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(JOIN, { challengeId: draft.challenge.id }, { token: librarian.token }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await t.gql(JOIN, { challengeId: '00000000-0000-4000-8000-000000000000' }, { token: patron.token })),
      ).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(JOIN, { challengeId: 'x' }, { token: patron.token }))).toBe('BAD_USER_INPUT');
    });
  });

  describe(ParticipationService.name, () => {
    it('stores the counted progress and stamps completion only while every category is filled', async () => {
      const { challenge } = await createTestChallenge(t.dataSource, { categories: 2, year: 2006 });
      const patron = await t.newUser();
      const service = t.app.get(ParticipationService);
      const participation = await t.dataSource.transaction((manager) =>
        service.findOrJoin(patron.user.id, challenge.id, manager),
      );
      const store = (filled: number) =>
        t.dataSource.transaction((manager) => service.setProgress(participation.id, filled, manager));

      expect(await store(1)).toMatchObject({ completedCount: 1, completedAt: null });
      const complete = await store(2);
      expect(complete.completedCount).toBe(2);
      expect(complete.completedAt).toBeInstanceOf(Date);
      expect((await store(2)).completedAt).toEqual(complete.completedAt);
      expect(await store(1)).toMatchObject({ completedCount: 1, completedAt: null });
    });
  });
});
