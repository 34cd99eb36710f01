import { Role } from '@lukuhaaste/api/accounts';
import { createTestBranch, setHomeBranch } from '@lukuhaaste/api/accounts/testing';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { countQueries } from './support/count-queries';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { startTestApp, type TestApp } from './support/test-app';

const BRANCH = 'id slug name { fi sv en }';
const CREATE = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { ${BRANCH} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { ${BRANCH} } }`;
const DELETE = `mutation($id: ID!) { deleteBranch(id: $id) { id } }`;
const LIST = `{ branches { ${BRANCH} } }`;
const PROFILE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { displayName homeBranchId homeBranch { slug } }
}`;
const LEADERBOARD = `query($id: ID!) {
  branchLeaderboard(challengeId: $id) { branch { id slug name { fi } } participants booksLogged completions }
}`;
const LOG = `mutation($input: LogReadingInput!) { logReading(input: $input) { id } }`;

interface Branch {
  id: string;
  slug: string;
  name: { fi: string; sv: string | null; en: string | null };
}
interface Standing {
  branch: { id: string; slug: string };
  participants: number;
  booksLogged: number;
  completions: number;
}

const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;
const reasonOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.reason;

describe('library branches', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.newUser(Role.ADMIN)).token;
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>) =>
    t.gql<{ createBranch: Branch }>(CREATE, { input }, { token: admin });

  describe('admin CRUD', () => {
    it('creates a branch with trimmed names, blank translations dropped, and lists it', async () => {
      const created = await create({
        slug: 'kallio',
        name: { fi: ' Kallion kirjasto ', sv: 'Berghälls bibliotek', en: ' ' },
      });
      expect(created.errors).toEqual([]);
      expect(created.data?.createBranch).toMatchObject({
        slug: 'kallio',
        name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: null },
      });
      const listed = await t.gql<{ branches: Branch[] }>(LIST);
      expect(listed.data?.branches).toContainEqual(created.data?.createBranch);
    });

    it('lists branches by Finnish name', async () => {
      await create({ slug: 'aaa-oodi', name: { fi: 'Ööö' } });
      await create({ slug: 'zzz-arabia', name: { fi: 'Arabianrannan kirjasto' } });
      const names = (await t.gql<{ branches: Branch[] }>(LIST)).data?.branches.map((branch) => branch.name.fi) ?? [];
      expect(names.indexOf('Arabianrannan kirjasto')).toBeLessThan(names.indexOf('Kallion kirjasto'));
      expect(names.indexOf('Kallion kirjasto')).toBeLessThan(names.indexOf('Ööö'));
    });

    it('rejects bad slugs and names with the offending fields', async () => {
      const response = await create({ slug: 'Kallio 2', name: { fi: '  ', en: 'Line\nbreak' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual([
        { field: 'slug', code: 'INVALID_VALUE' },
        { field: 'name.fi', code: 'REQUIRED' },
        { field: 'name.en', code: 'INVALID_CHARACTERS' },
      ]);
      const long = await create({ slug: 'x'.repeat(61), name: { fi: 'x'.repeat(81) } });
      expect(fieldsOf(long)).toEqual([
        { field: 'slug', code: 'TOO_LONG', params: { max: 60 } },
        { field: 'name.fi', code: 'TOO_LONG', params: { max: 80 } },
      ]);
    });

    it('keeps slugs unique: CONFLICT on the slug field, when creating and when renaming', async () => {
      await create({ slug: 'sello', name: { fi: 'Sellon kirjasto' } });
      const again = await create({ slug: 'sello', name: { fi: 'Toinen Sello' } });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(fieldsOf(again)).toEqual([{ field: 'slug', code: 'TAKEN' }]);

      const other = await createTestBranch(t.dataSource);
      const renamed = await t.gql(UPDATE, { id: other.id, input: { slug: 'sello' } }, { token: admin });
      expect(errorCode(renamed)).toBe('CONFLICT');
      expect(fieldsOf(renamed)).toEqual([{ field: 'slug', code: 'TAKEN' }]);
    });

    it('updates only the given fields', async () => {
      const branch = await createTestBranch(t.dataSource, { name: { fi: 'Pasilan kirjasto' } });
      const named = await t.gql<{ updateBranch: Branch }>(
        UPDATE,
        { id: branch.id, input: { name: { fi: 'Pasilan kirjasto', sv: 'Böle bibliotek' } } },
        { token: admin },
      );
      expect(named.data?.updateBranch).toEqual({
        id: branch.id,
        slug: branch.slug,
        name: { fi: 'Pasilan kirjasto', sv: 'Böle bibliotek', en: null },
      });
      const slugged = await t.gql<{ updateBranch: Branch }>(
        UPDATE,
        { id: branch.id, input: { slug: 'pasila' } },
        { token: admin },
      );
      expect(slugged.data?.updateBranch).toMatchObject({ slug: 'pasila', name: { sv: 'Böle bibliotek' } });
    });

    it('answers NOT_FOUND for an unknown branch and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await t.gql(UPDATE, { id: unknown, input: { slug: 'x' } }, { token: admin }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(DELETE, { id: unknown }, { token: admin }))).toBe('NOT_FOUND');
      const malformed = await t.gql(DELETE, { id: 'oodi' }, { token: admin });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(malformed)).toEqual([{ field: 'id', code: 'INVALID_VALUE' }]);
    });

    it('deletes a branch nobody calls home', async () => {
      const branch = await createTestBranch(t.dataSource);
      expect((await t.gql(DELETE, { id: branch.id }, { token: admin })).errors).toEqual([]);
      const listed = await t.gql<{ branches: Branch[] }>(LIST);
      expect(listed.data?.branches.map((b) => b.id)).not.toContain(branch.id);
    });

    it('refuses to delete a home branch (CONFLICT, BRANCH_IN_USE) and changes nothing', async () => {
      const branch = await createTestBranch(t.dataSource);
      const patron = await t.newUser();
      await setHomeBranch(t.dataSource, patron.user.id, branch.id);
      const response = await t.gql(DELETE, { id: branch.id }, { token: admin });
      expect(errorCode(response)).toBe('CONFLICT');
      expect(reasonOf(response)).toBe('BRANCH_IN_USE');
      const me = await t.gql<{ me: { homeBranch: { id: string } | null } }>(
        '{ me { homeBranch { id } } }',
        {},
        {
          token: patron.token,
        },
      );
      expect(me.data?.me.homeBranch?.id).toBe(branch.id);
    });
  });

  describe('home branch in the profile', () => {
    it('sets, keeps when omitted, and clears with null', async () => {
      const branch = await createTestBranch(t.dataSource, { slug: 'tikkurila' });
      const { token } = await t.newUser();
      const set = await t.gql<{ updateProfile: { homeBranchId: string; homeBranch: { slug: string } } }>(
        PROFILE,
        { input: { homeBranchId: branch.id } },
        { token },
      );
      expect(set.data?.updateProfile).toMatchObject({ homeBranchId: branch.id, homeBranch: { slug: 'tikkurila' } });

      const kept = await t.gql<{ updateProfile: { displayName: string; homeBranchId: string } }>(
        PROFILE,
        { input: { displayName: 'Dickursbyläsare' } },
        { token },
      );
      expect(kept.data?.updateProfile).toMatchObject({ displayName: 'Dickursbyläsare', homeBranchId: branch.id });

      const cleared = await t.gql<{ updateProfile: { homeBranchId: null; homeBranch: null } }>(
        PROFILE,
        { input: { homeBranchId: null } },
        { token },
      );
      expect(cleared.data?.updateProfile).toMatchObject({ homeBranchId: null, homeBranch: null });
    });

    it('rejects a branch that does not exist or a malformed id on the homeBranchId field', async () => {
      const { token } = await t.newUser();
      for (const homeBranchId of ['00000000-0000-4000-8000-000000000000', 'kallio']) {
        const response = await t.gql(PROFILE, { input: { homeBranchId } }, { token });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(response)).toEqual([{ field: 'homeBranchId', code: 'INVALID_VALUE' }]);
      }
    });
  });

  describe('branch leaderboard', () => {
    let year = 2010;
    const newChallenge = async (status = ChallengeStatus.PUBLISHED) =>
      createTestChallenge(t.dataSource, { status, year: (year += 1), categories: 2 });

    /** A patron at `branchId` who joins and places `placed` books (and one unplaced when asked). */
    async function reader(
      challenge: Awaited<ReturnType<typeof newChallenge>>,
      branchId: string | null,
      placed: number,
      unplaced = false,
    ): Promise<void> {
      const { user, token } = await t.newUser();
      if (branchId) await setHomeBranch(t.dataSource, user.id, branchId);
      await t.gql(
        'mutation($id: ID!) { joinChallenge(challengeId: $id) { id } }',
        { id: challenge.challenge.id },
        { token },
      );
      const logs = challenge.categories.slice(0, placed).map((category) => ({ categoryId: category.id }));
      if (unplaced) logs.push({} as { categoryId: string });
      for (const [index, log] of logs.entries()) {
        const response = await t.gql(
          LOG,
          {
            input: {
              challengeId: challenge.challenge.id,
              ...log,
              newBook: { title: `Kirja ${index} ${user.id}`, authors: ['Kirjailija'] },
              finishedOn: `${challenge.challenge.year}-03-0${index + 1}`,
            },
          },
          { token },
        );
        expect(response.errors).toEqual([]);
      }
    }

    it('counts participants, placed books and completions per home branch, most books first', async () => {
      const challenge = await newChallenge();
      const elsewhere = await newChallenge();
      const [oodi, kallio, quiet] = [
        await createTestBranch(t.dataSource, { name: { fi: 'Leader Oodi' } }),
        await createTestBranch(t.dataSource, { name: { fi: 'Leader Kallio' } }),
        await createTestBranch(t.dataSource, { name: { fi: 'Leader Hiljainen' } }),
      ];
      await reader(challenge, oodi.id, 2); // completes
      await reader(challenge, oodi.id, 1, true); // the unplaced book does not count
      await reader(challenge, kallio.id, 2); // completes
      await reader(challenge, kallio.id, 0); // joined only
      await reader(challenge, kallio.id, 0);
      await reader(challenge, null, 2); // no home branch: on nobody's row
      await reader(elsewhere, quiet.id, 2); // another challenge

      const response = await t.gql<{ branchLeaderboard: Standing[] }>(LEADERBOARD, { id: challenge.challenge.id });
      expect(response.errors).toEqual([]);
      const rows = response.data?.branchLeaderboard ?? [];
      const mine = rows.filter((row) => [oodi.id, kallio.id, quiet.id].includes(row.branch.id));
      expect(mine.map(({ branch, ...totals }) => ({ slug: branch.slug, ...totals }))).toEqual([
        { slug: oodi.slug, participants: 2, booksLogged: 3, completions: 1 },
        { slug: kallio.slug, participants: 3, booksLogged: 2, completions: 1 },
        { slug: quiet.slug, participants: 0, booksLogged: 0, completions: 0 },
      ]);
      // Every other branch is listed too, with nobody from this challenge.
      const others = rows.filter((row) => !mine.includes(row));
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((row) => row.participants === 0 && row.booksLogged === 0)).toBe(true);
    });

    it('costs the same number of queries however many branches there are', async () => {
      const challenge = await newChallenge();
      const count = async () =>
        (await countQueries(t.dataSource, () => t.gql(LEADERBOARD, { id: challenge.challenge.id }))).count;
      const before = await count();
      for (let i = 0; i < 5; i += 1) await reader(challenge, (await createTestBranch(t.dataSource)).id, 1);
      expect(await count()).toBe(before);
      expect(before).toBeLessThanOrEqual(3);
    });

    it('answers NOT_FOUND for an unknown challenge and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = await t.gql(LEADERBOARD, { id: '00000000-0000-4000-8000-000000000000' });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(LEADERBOARD, { id: 'lukuhaaste-2026' }))).toBe('BAD_USER_INPUT');
    });
  });
});
