import { Role } from '@lukuhaaste/api/accounts';
import { errorCode } from './support/graphql-client';
import { MODERATION_LOG, staffOk } from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface LogPage {
  moderationLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; action: string; reason: string | null; moderator: { id: string } | null } }>;
  };
}

describe('moderation log', () => {
  let t: TestApp;
  let token: string;
  let alice: string;
  let bob: string;
  let patron: string;
  /** Row reasons, oldest first: the written order is the log's order. */
  const WRITTEN = ['a1', 'a2', 'b1', 'auto', 'a3', 'b2'];

  beforeAll(async () => {
    t = await startTestApp();
    const librarian = await t.newUser(Role.LIBRARIAN);
    token = librarian.token;
    alice = librarian.user.id;
    bob = (await t.newUser(Role.ADMIN)).user.id;
    patron = (await t.newUser()).user.id;
    // Rows as the services write them, at chosen times (Helsinki is UTC+2 in winter).
    const rows: Array<[string | null, string, string | null, string, string]> = [
      [alice, 'SUSPEND', patron, 'a1', '2026-01-09T21:59:00Z'],
      [alice, 'LOCK', null, 'a2', '2026-01-09T22:00:00Z'],
      [bob, 'SUSPEND', patron, 'b1', '2026-01-10T12:00:00Z'],
      [null, 'AUTO_HIDE', patron, 'auto', '2026-01-11T21:59:59Z'],
      [alice, 'UNSUSPEND', patron, 'a3', '2026-01-11T22:00:00Z'],
      [bob, 'PIN', null, 'b2', '2026-01-12T08:00:00Z'],
    ];
    for (const [moderatorId, action, targetUserId, reason, createdAt] of rows) {
      await t.dataSource.query(
        `INSERT INTO moderation_actions (moderator_id, action, target_user_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [moderatorId, action, targetUserId, reason, createdAt],
      );
    }
  });
  afterAll(() => t.close());

  const reasons = async (variables: Record<string, unknown>) =>
    (await staffOk<LogPage>(t, token, MODERATION_LOG, variables)).moderationLog.edges.map((edge) => edge.node.reason);

  it('lists newest first and filters by moderator, user and action', async () => {
    expect(await reasons({})).toEqual([...WRITTEN].reverse());
    expect(await reasons({ moderatorId: alice })).toEqual(['a3', 'a2', 'a1']);
    expect(await reasons({ userId: patron })).toEqual(['a3', 'auto', 'b1', 'a1']);
    expect(await reasons({ action: 'SUSPEND' })).toEqual(['b1', 'a1']);
    expect(await reasons({ action: 'SUSPEND', moderatorId: bob })).toEqual(['b1']);
  });

  it('filters by whole days in Helsinki, both ends inclusive', async () => {
    // 2026-01-10 in Helsinki runs from 2026-01-09T22:00Z to 2026-01-10T22:00Z.
    expect(await reasons({ from: '2026-01-10', to: '2026-01-11' })).toEqual(['auto', 'b1', 'a2']);
    expect(await reasons({ from: '2026-01-12' })).toEqual(['b2', 'a3']);
    expect(await reasons({ to: '2026-01-09' })).toEqual(['a1']);
  });

  it('pages with cursors that rows appended meanwhile do not shift', async () => {
    const first = await staffOk<LogPage>(t, token, MODERATION_LOG, { first: 4 });
    expect(first.moderationLog.totalCount).toBe(6);
    expect(first.moderationLog.pageInfo.hasNextPage).toBe(true);
    await t.dataSource.query(
      `INSERT INTO moderation_actions (moderator_id, action, reason) VALUES ($1, 'UNPIN', 'new')`,
      [bob],
    );
    const next = await staffOk<LogPage>(t, token, MODERATION_LOG, {
      first: 4,
      after: first.moderationLog.pageInfo.endCursor,
    });
    expect(next.moderationLog.edges.map((edge) => edge.node.reason)).toEqual(['a2', 'a1']);
    expect(next.moderationLog.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses malformed filters as BAD_USER_INPUT', async () => {
    const fieldsOf = async (variables: Record<string, unknown>) =>
      (await t.gql(MODERATION_LOG, variables, { token })).errors[0]?.extensions?.fields;
    expect(await fieldsOf({ moderatorId: 'x' })).toEqual([{ field: 'moderatorId', code: 'INVALID_VALUE' }]);
    expect(await fieldsOf({ after: 'forged' })).toEqual([{ field: 'after', code: 'INVALID_VALUE' }]);
    expect(await fieldsOf({ first: 0 })).toEqual([
      { field: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: 100 } },
    ]);
    expect(errorCode(await t.gql(MODERATION_LOG, { from: '2026-02-30' }, { token }))).toBe('BAD_USER_INPUT');
  });
});
