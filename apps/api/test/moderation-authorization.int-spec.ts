import { Role, type UserEntity } from '@lukuhaaste/api/accounts';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { insertDiscussion, postOk, suspend } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import {
  DISMISS_REPORT,
  HIDE_COMMENT,
  HIDE_SUGGESTION,
  LOCK_THREAD,
  MODERATION_LOG,
  MODERATION_QUEUE,
  PIN_THREAD,
  REPORT,
  RESOLVE_ITEM_REPORTS,
  RESOLVE_REPORT,
  RESTORE_COMMENT,
  RESTORE_SUGGESTION,
  SUGGEST,
  SUSPEND_USER,
  UNLOCK_THREAD,
  UNPIN_THREAD,
  UNSUSPEND_USER,
  inAnHour,
  reportOk,
  staffOk,
} from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** `author` wrote the comment the case acts on; `patron` is another reader; `suspended` a suspended reader. */
type Actor = 'anonymous' | 'author' | 'patron' | 'suspended' | 'librarian' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

interface Scene {
  threadId: string;
  commentId: string;
  /** By the comment's author too. */
  suggestionId: string;
  author: UserEntity;
  reportId: string;
  /** A patron to suspend or unsuspend (suspended already). */
  targetUserId: string;
}

const STAFF_ONLY: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  author: 'FORBIDDEN',
  patron: 'FORBIDDEN',
  suspended: 'FORBIDDEN',
  librarian: 'ok',
  admin: 'ok',
};

const CASES: Record<
  string,
  { operation: string; variables: (scene: Scene) => object; expected: Record<Actor, Outcome> }
> = {
  report: {
    operation: REPORT,
    variables: ({ commentId }) => ({ input: { commentId, reason: 'SPOILER' } }),
    expected: { ...STAFF_ONLY, author: 'BAD_USER_INPUT', patron: 'ok' },
  },
  reportSuggestion: {
    operation: REPORT,
    variables: ({ suggestionId }) => ({ input: { suggestionId, reason: 'OFF_TOPIC' } }),
    expected: { ...STAFF_ONLY, author: 'BAD_USER_INPUT', patron: 'ok' },
  },
  resolveReport: { operation: RESOLVE_REPORT, variables: ({ reportId }) => ({ id: reportId }), expected: STAFF_ONLY },
  dismissReport: { operation: DISMISS_REPORT, variables: ({ reportId }) => ({ id: reportId }), expected: STAFF_ONLY },
  resolveItemReports: {
    operation: RESOLVE_ITEM_REPORTS,
    variables: ({ commentId }) => ({ commentId, outcome: 'DISMISSED' }),
    expected: STAFF_ONLY,
  },
  hideComment: {
    operation: HIDE_COMMENT,
    variables: ({ commentId }) => ({ id: commentId, reason: 'Asiaton' }),
    expected: STAFF_ONLY,
  },
  restoreComment: {
    operation: RESTORE_COMMENT,
    variables: ({ commentId }) => ({ id: commentId, reason: 'Asiallinen' }),
    expected: STAFF_ONLY,
  },
  hideSuggestion: {
    operation: HIDE_SUGGESTION,
    variables: ({ suggestionId }) => ({ id: suggestionId, reason: 'Asiaton' }),
    expected: STAFF_ONLY,
  },
  restoreSuggestion: {
    operation: RESTORE_SUGGESTION,
    variables: ({ suggestionId }) => ({ id: suggestionId, reason: 'Asiallinen' }),
    expected: STAFF_ONLY,
  },
  lockThread: { operation: LOCK_THREAD, variables: ({ threadId }) => ({ id: threadId }), expected: STAFF_ONLY },
  unlockThread: { operation: UNLOCK_THREAD, variables: ({ threadId }) => ({ id: threadId }), expected: STAFF_ONLY },
  pinThread: { operation: PIN_THREAD, variables: ({ threadId }) => ({ id: threadId }), expected: STAFF_ONLY },
  unpinThread: { operation: UNPIN_THREAD, variables: ({ threadId }) => ({ id: threadId }), expected: STAFF_ONLY },
  suspendUser: {
    operation: SUSPEND_USER,
    variables: ({ targetUserId }) => ({ userId: targetUserId, until: inAnHour(), reason: 'Häirintä' }),
    expected: STAFF_ONLY,
  },
  unsuspendUser: {
    operation: UNSUSPEND_USER,
    variables: ({ targetUserId }) => ({ userId: targetUserId }),
    expected: STAFF_ONLY,
  },
  moderationQueue: { operation: MODERATION_QUEUE, variables: () => ({}), expected: STAFF_ONLY },
  moderationLog: { operation: MODERATION_LOG, variables: () => ({}), expected: STAFF_ONLY },
};

/** Operations that undo a state need it first; the scene is fresh per case and actor, so every allowed call succeeds. */
const PREPARE: Partial<Record<string, (t: TestApp, staffToken: string, scene: Scene) => Promise<unknown>>> = {
  restoreComment: (t, token, { commentId }) => staffOk(t, token, HIDE_COMMENT, { id: commentId, reason: 'Piiloon' }),
  restoreSuggestion: (t, token, { suggestionId }) =>
    staffOk(t, token, HIDE_SUGGESTION, { id: suggestionId, reason: 'Piiloon' }),
  unlockThread: (t, token, { threadId }) => staffOk(t, token, LOCK_THREAD, { id: threadId }),
  unpinThread: (t, token, { threadId }) => staffOk(t, token, PIN_THREAD, { id: threadId }),
};

describe('moderation authorization matrix', () => {
  let t: TestApp;
  let staffToken: string;
  /** One category thread per scene: published challenges are one per year, so scenes share a challenge. */
  let freeThreadIds: string[];
  let suggestionsChallengeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    staffToken = (await t.newUser(Role.LIBRARIAN)).token;
    const cases = Object.values(CASES).reduce((sum, matrixCase) => sum + Object.keys(matrixCase.expected).length, 0);
    freeThreadIds = (await insertDiscussion(t.dataSource, { categories: cases })).threadIds;
    suggestionsChallengeId = (await createTestChallenge(t.dataSource, { suggestionsOpen: true })).challenge.id;
  });
  afterAll(() => t.close());

  async function newScene(): Promise<Scene & { authorToken: string }> {
    const threadId = freeThreadIds.pop() as string;
    const author = await t.newUser();
    const comment = await postOk(t, author.token, { threadId, body: 'Mielipide' });
    const suggested = await staffOk<{ suggestCategory: { id: string } }>(t, author.token, SUGGEST, {
      challengeId: suggestionsChallengeId,
      text: 'Kirja toiselta mantereelta',
    });
    const reportId = await reportOk(t, (await t.newUser()).token, comment.id);
    const target = await t.newUser();
    await suspend(t.dataSource, target.user.id);
    return {
      threadId,
      commentId: comment.id,
      suggestionId: suggested.suggestCategory.id,
      author: author.user,
      authorToken: author.token,
      reportId,
      targetUserId: target.user.id,
    };
  }

  async function tokenOf(actor: Actor, scene: { authorToken: string }): Promise<string | undefined> {
    switch (actor) {
      case 'anonymous':
        return undefined;
      case 'author':
        return scene.authorToken;
      case 'suspended': {
        const user = await t.newUser();
        await suspend(t.dataSource, user.user.id);
        return user.token;
      }
      case 'librarian':
        return (await t.newUser(Role.LIBRARIAN)).token;
      case 'admin':
        return (await t.newUser(Role.ADMIN)).token;
      default:
        return (await t.newUser()).token;
    }
  }

  for (const [name, matrixCase] of Object.entries(CASES)) {
    describe(name, () => {
      for (const actor of Object.keys(matrixCase.expected) as Actor[]) {
        it(`${actor} → ${matrixCase.expected[actor]}`, async () => {
          const scene = await newScene();
          await PREPARE[name]?.(t, staffToken, scene);
          const token = await tokenOf(actor, scene);
          const response = await t.gql(matrixCase.operation, matrixCase.variables(scene) as Record<string, unknown>, {
            token,
          });
          expect(response.errors.length === 0 ? 'ok' : errorCode(response)).toBe(matrixCase.expected[actor]);
        });
      }
    });
  }
});
