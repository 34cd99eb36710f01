import { Role } from '@lukuhaaste/api/accounts';
import { createTestBranch } from '@lukuhaaste/api/accounts/testing';
import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge, type TestChallenge } from '@lukuhaaste/api/challenges/testing';
import { describeAuthorizationMatrix } from './support/authorization-matrix';
import { errorCode, type GraphqlResponse } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const RECORD = `mutation($challengeId: ID!, $branchId: ID!, $completedCategories: Int!) {
  recordPaperParticipation(challengeId: $challengeId, branchId: $branchId, completedCategories: $completedCategories) {
    id challengeId branchId completedCategories recordedAt
  }
}`;
const DELETE = `mutation($id: ID!) { deletePaperParticipation(id: $id) { id completedCategories } }`;
const PAPER_STATS = `query($challengeId: ID!, $branchId: ID) {
  challengeStats(challengeId: $challengeId, branchId: $branchId) {
    online { participants }
    paper { participants completions completedCategoryCounts { completedCategories participants } }
  }
}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Recorded {
  recordPaperParticipation: {
    id: string;
    challengeId: string;
    branchId: string;
    completedCategories: number;
    recordedAt: string;
  };
}
interface PaperStats {
  challengeStats: { online: { participants: number }; paper: Record<string, unknown> };
}

const fieldsOf = (response: GraphqlResponse<unknown>) => response.errors[0]?.extensions?.fields;
/** completedCategoryCounts from participants per count, index = filled categories. */
const buckets = (counts: number[]) =>
  counts.map((participants, completedCategories) => ({ completedCategories, participants }));

describe('paper participation', () => {
  let t: TestApp;
  let librarian: string;
  let challenge: TestChallenge;
  let branchId: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
    challenge = await createTestChallenge(t.dataSource, { categories: 3 });
    branchId = (await createTestBranch(t.dataSource)).id;
  });
  afterAll(() => t.close());

  const record = (variables: { challengeId?: string; branchId?: string; completedCategories: number }) =>
    t.gql<Recorded>(RECORD, { challengeId: challenge.challenge.id, branchId, ...variables }, { token: librarian });
  const paperStats = (challengeId: string, branch?: string) =>
    t.gql<PaperStats>(PAPER_STATS, { challengeId, branchId: branch }, { token: librarian });

  it('records a returned list, anonymous but signed by the librarian', async () => {
    const response = await record({ completedCategories: 2 });
    expect(response.errors).toEqual([]);
    const paper = response.data?.recordPaperParticipation;
    expect(paper).toMatchObject({ challengeId: challenge.challenge.id, branchId, completedCategories: 2 });
    const [row] = await t.dataSource.query(
      `SELECT p.recorded_by = u.id AS signed, p.recorded_at > now() - interval '1 minute' AS fresh
         FROM paper_participations p JOIN users u ON u.role = 'LIBRARIAN' AND u.id = p.recorded_by WHERE p.id = $1`,
      [paper?.id],
    );
    expect(row).toEqual({ signed: true, fresh: true });
  });

  it('takes 0 and the category count, and returns to an archived challenge', async () => {
    const archived = await createTestChallenge(t.dataSource, { categories: 2, status: ChallengeStatus.ARCHIVED });
    expect((await record({ completedCategories: 0 })).errors).toEqual([]);
    expect((await record({ completedCategories: 3 })).errors).toEqual([]);
    expect((await record({ challengeId: archived.challenge.id, completedCategories: 2 })).errors).toEqual([]);
  });

  it('undoes a record', async () => {
    const id = (await record({ completedCategories: 1 })).data?.recordPaperParticipation.id;
    const undone = await t.gql(DELETE, { id }, { token: librarian });
    expect(undone.data).toEqual({ deletePaperParticipation: { id, completedCategories: 1 } });
    expect(errorCode(await t.gql(DELETE, { id }, { token: librarian }))).toBe('NOT_FOUND');
  });

  describe('bad input', () => {
    it.each([-1, 4, 2147483647])('rejects %d filled categories of 3 on its field', async (completedCategories) => {
      const response = await record({ completedCategories });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual([
        { field: 'completedCategories', code: 'OUT_OF_RANGE', params: { min: 0, max: 3 } },
      ]);
    });

    it('rejects an unknown or malformed branch on branchId', async () => {
      for (const bad of [UNKNOWN, 'oodi']) {
        const response = await record({ branchId: bad, completedCategories: 1 });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(response)).toEqual([{ field: 'branchId', code: 'INVALID_VALUE' }]);
      }
    });

    it('answers NOT_FOUND for an unknown challenge and NOT_PUBLISHED for a draft', async () => {
      expect(errorCode(await record({ challengeId: UNKNOWN, completedCategories: 0 }))).toBe('NOT_FOUND');
      const draft = await createTestChallenge(t.dataSource, { status: ChallengeStatus.DRAFT });
      const refused = await record({ challengeId: draft.challenge.id, completedCategories: 0 });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors[0]?.extensions?.reason).toBe('NOT_PUBLISHED');
    });

    it.each(loadHostileStrings().map((value) => [value.slice(0, 30), value]))(
      'rejects the hostile id %j on its field',
      async (_label, value) => {
        for (const field of ['challengeId', 'branchId'] as const) {
          const response = await record({ [field]: value, completedCategories: 1 });
          expect(errorCode(response)).toBe('BAD_USER_INPUT');
          expect(fieldsOf(response)).toEqual([{ field, code: 'INVALID_VALUE' }]);
        }
        const undo = await t.gql(DELETE, { id: value }, { token: librarian });
        expect(fieldsOf(undo)).toEqual([{ field: 'id', code: 'INVALID_VALUE' }]);
      },
    );

    it('keeps the range in the database too', async () => {
      const insert = (completed: number) =>
        t.dataSource.query(
          `INSERT INTO paper_participations (challenge_id, branch_id, completed_categories) VALUES ($1, $2, $3)`,
          [challenge.challenge.id, branchId, completed],
        );
      await expect(insert(-1)).rejects.toMatchObject({
        driverError: { constraint: 'paper_participations_completed_categories_check' },
      });
      await expect(insert(4)).rejects.toMatchObject({
        driverError: { code: '23514', constraint: 'paper_participations_completed_categories_max' },
      });
    });
  });

  it('keeps a branch with paper returns from being deleted', async () => {
    const desk = await createTestBranch(t.dataSource);
    expect((await record({ branchId: desk.id, completedCategories: 1 })).errors).toEqual([]);
    const admin = (await t.newUser(Role.ADMIN)).token;
    const response = await t.gql(
      `mutation($id: ID!) { deleteBranch(id: $id) { id } }`,
      { id: desk.id },
      { token: admin },
    );
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors[0]?.extensions?.reason).toBe('BRANCH_IN_USE');
  });

  describe('in the statistics', () => {
    let known: TestChallenge;
    let oodi: string;
    let kallio: string;
    beforeAll(async () => {
      known = await createTestChallenge(t.dataSource, { categories: 2 });
      [oodi, kallio] = [(await createTestBranch(t.dataSource)).id, (await createTestBranch(t.dataSource)).id];
      const returns: Array<[string, number]> = [
        [oodi, 2],
        [oodi, 2],
        [oodi, 0],
        [kallio, 1],
        [kallio, 2],
      ];
      for (const [branch, completedCategories] of returns) {
        const response = await record({ challengeId: known.challenge.id, branchId: branch, completedCategories });
        expect(response.errors).toEqual([]);
      }
      // A return of another challenge at the same desk counts nowhere here.
      await record({ branchId: oodi, completedCategories: 3 });
    });

    it('shows paper beside online for the whole challenge', async () => {
      const response = await paperStats(known.challenge.id);
      expect(response.errors).toEqual([]);
      expect(response.data?.challengeStats).toEqual({
        online: { participants: 0 },
        paper: { participants: 5, completions: 3, completedCategoryCounts: buckets([1, 1, 3]) },
      });
    });

    it('shows a branch the returns recorded at its desk', async () => {
      expect((await paperStats(known.challenge.id, oodi)).data?.challengeStats.paper).toEqual({
        participants: 3,
        completions: 2,
        completedCategoryCounts: buckets([1, 0, 2]),
      });
      expect((await paperStats(known.challenge.id, kallio)).data?.challengeStats.paper).toEqual({
        participants: 2,
        completions: 1,
        completedCategoryCounts: buckets([0, 1, 1]),
      });
    });

    it('answers zeros for a challenge without returns', async () => {
      const quiet = await createTestChallenge(t.dataSource, { categories: 1 });
      expect((await paperStats(quiet.challenge.id)).data?.challengeStats.paper).toEqual({
        participants: 0,
        completions: 0,
        completedCategoryCounts: buckets([0, 0]),
      });
    });
  });

  describe('who may record and undo', () => {
    describeAuthorizationMatrix(() => t, {
      recordPaperParticipation: {
        operation: RECORD,
        variables: async (app) => ({
          challengeId: (await createTestChallenge(app.dataSource)).challenge.id,
          branchId: (await createTestBranch(app.dataSource)).id,
          completedCategories: 1,
        }),
        expected: {
          anonymous: 'UNAUTHENTICATED',
          patron: 'FORBIDDEN',
          librarian: 'ok',
          admin: 'ok',
          suspended: 'FORBIDDEN',
        },
      },
      deletePaperParticipation: {
        operation: DELETE,
        variables: async (app) => {
          const [{ id }] = await app.dataSource.query(
            `INSERT INTO paper_participations (challenge_id, branch_id, completed_categories) VALUES ($1, $2, 1) RETURNING id`,
            [(await createTestChallenge(app.dataSource)).challenge.id, (await createTestBranch(app.dataSource)).id],
          );
          return { id };
        },
        expected: {
          anonymous: 'UNAUTHENTICATED',
          patron: 'FORBIDDEN',
          librarian: 'ok',
          admin: 'ok',
          suspended: 'FORBIDDEN',
        },
      },
    });
  });
});
