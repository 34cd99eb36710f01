import { Role } from '@lukuhaaste/api/accounts';
import { insertDiscussion, postOk } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import { loadHostileStrings } from './support/hostile-strings';
import { HIDE_COMMENT, REPORT, SUSPEND_USER, inAnHour } from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const HOSTILE = loadHostileStrings();
const label = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length} chars)` : value);

/** Report notes and moderators' reasons: stored exactly as typed or BAD_USER_INPUT, never a 500. */
describe('moderation with hostile input', () => {
  let t: TestApp;
  let librarian: string;
  let threadId: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
    threadId = (await insertDiscussion(t.dataSource, { categories: 1 })).threadIds[0] as string;
  });
  afterAll(() => t.close());

  const newComment = async () => (await postOk(t, (await t.newUser()).token, { threadId, body: 'Arvio' })).id;

  it.each(HOSTILE.map((value) => [label(value), value]))(
    '%s as a report note, a hiding reason and a suspension reason',
    async (_label, value) => {
      const commentId = await newComment();
      const report = await t.gql<{ report: { note: string | null } }>(
        REPORT,
        { input: { commentId, reason: 'OTHER', note: value } },
        { token: (await t.newUser()).token },
      );
      if (report.errors.length > 0) expect(errorCode(report)).toBe('BAD_USER_INPUT');
      else expect(report.data?.report.note).toBe(value.trim() === '' ? null : value);

      const hide = await t.gql<{ hideComment: { hiddenReason: string } }>(
        HIDE_COMMENT,
        { id: commentId, reason: value },
        { token: librarian },
      );
      if (hide.errors.length > 0) expect(errorCode(hide)).toBe('BAD_USER_INPUT');
      else expect(hide.data?.hideComment.hiddenReason).toBe(value);

      const patron = await t.newUser();
      const suspend = await t.gql<{ suspendUser: { suspensionReason: string } }>(
        SUSPEND_USER,
        { userId: patron.user.id, until: inAnHour(), reason: value },
        { token: librarian },
      );
      if (suspend.errors.length > 0) expect(errorCode(suspend)).toBe('BAD_USER_INPUT');
      else expect(suspend.data?.suspendUser.suspensionReason).toBe(value);
    },
  );
});
