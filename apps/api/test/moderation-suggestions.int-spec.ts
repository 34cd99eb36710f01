import { Role } from '@lukuhaaste/api/accounts';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import { insertDiscussion, postOk } from './support/discussion-fixtures';
import { errorCode } from './support/graphql-client';
import {
  DISMISS_REPORT,
  HIDE_SUGGESTION,
  REPORT,
  RESOLVE_REPORT,
  RESTORE_SUGGESTION,
  SUGGEST,
  staffOk,
} from './support/moderation-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const SUGGESTIONS = `query($challengeId: ID!) { categorySuggestions(challengeId: $challengeId, orderBy: NEWEST) { edges { node { id text hiddenAt } } } }`;
const NOTIFICATIONS = `query { notifications(first: 10) { edges { node { kind outcome comment { id } thread { id } } } } }`;
const QUEUE_SUGGESTIONS = `query { moderationQueue(first: 50) { edges { node { autoHidden reportCount suggestion { id text } comment { id } thread { id } } } } }`;

describe('moderation of suggestions, and report outcomes', () => {
  let t: TestApp;
  let librarian: string;
  let challengeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    librarian = (await t.newUser(Role.LIBRARIAN)).token;
    challengeId = (await createTestChallenge(t.dataSource, { suggestionsOpen: true })).challenge.id;
  });
  afterAll(() => t.close());

  async function newSuggestion(text = 'Kirja, jonka nimessä on eläin') {
    const author = await t.newUser();
    const response = await t.gql<{ suggestCategory: { id: string } }>(
      SUGGEST,
      { challengeId, text },
      { token: author.token },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return { author, suggestionId: response.data.suggestCategory.id };
  }

  const textFor = async (token: string, suggestionId: string) =>
    (
      await t.gql<{ categorySuggestions: { edges: Array<{ node: { id: string; text: string | null } }> } }>(
        SUGGESTIONS,
        { challengeId },
        { token },
      )
    ).data?.categorySuggestions.edges.find((edge) => edge.node.id === suggestionId)?.node.text;

  it('three readers hide a suggestion automatically, once; it waits in the queue with its text for staff', async () => {
    const { author, suggestionId } = await newSuggestion();
    const own = await t.gql(REPORT, { input: { suggestionId, reason: 'SPAM' } }, { token: author.token });
    expect(own.errors[0]?.extensions?.fields).toEqual([{ field: 'suggestionId', code: 'INVALID_VALUE' }]);
    const reporters = await Promise.all(Array.from({ length: 5 }, () => t.newUser()));
    const responses = await Promise.all(
      reporters.map((reporter) =>
        t.gql(REPORT, { input: { suggestionId, reason: 'OFF_TOPIC' } }, { token: reporter.token }),
      ),
    );
    expect(responses.map((response) => response.errors)).toEqual(Array(5).fill([]));
    const again = await t.gql(REPORT, { input: { suggestionId, reason: 'SPAM' } }, { token: reporters[0]?.token });
    expect(errorCode(again)).toBe('CONFLICT');

    const autoHides = await t.dataSource.query(
      `SELECT moderator_id, target_user_id, reason FROM moderation_actions WHERE suggestion_id = $1 AND action = 'AUTO_HIDE'`,
      [suggestionId],
    );
    // No stored English sentence: the action kind is the reason, translated where it is shown.
    expect(autoHides).toEqual([{ moderator_id: null, target_user_id: author.user.id, reason: null }]);
    expect(await textFor((await t.newUser()).token, suggestionId)).toBeNull();
    expect(await textFor(librarian, suggestionId)).toBe('Kirja, jonka nimessä on eläin');

    const queue = await staffOk<{ moderationQueue: { edges: Array<{ node: Record<string, unknown> }> } }>(
      t,
      librarian,
      QUEUE_SUGGESTIONS,
      {},
    );
    expect(queue.moderationQueue.edges[0]?.node).toEqual({
      autoHidden: true,
      reportCount: 5,
      suggestion: { id: suggestionId, text: 'Kirja, jonka nimessä on eläin' },
      comment: null,
      thread: null,
    });
  });

  it('staff hide and restore a suggestion with a reason, logged', async () => {
    const { suggestionId } = await newSuggestion('Sarjakuvaromaani');
    const hidden = await staffOk<{ hideSuggestion: { hiddenAt: string | null } }>(t, librarian, HIDE_SUGGESTION, {
      id: suggestionId,
      reason: 'Ei liity haasteeseen',
    });
    expect(hidden.hideSuggestion.hiddenAt).not.toBeNull();
    expect(errorCode(await t.gql(HIDE_SUGGESTION, { id: suggestionId, reason: 'Taas' }, { token: librarian }))).toBe(
      'CONFLICT',
    );
    await staffOk(t, librarian, RESTORE_SUGGESTION, { id: suggestionId, reason: 'Sopii sittenkin' });
    expect(await textFor((await t.newUser()).token, suggestionId)).toBe('Sarjakuvaromaani');
    const log = await staffOk<{ moderationLog: { edges: Array<{ node: { action: string; reason: string } }> } }>(
      t,
      librarian,
      `query { moderationLog(first: 2) { edges { node { action reason suggestion { id } } } } }`,
      {},
    );
    expect(log.moderationLog.edges.map((edge) => edge.node)).toEqual([
      { action: 'RESTORE', reason: 'Sopii sittenkin', suggestion: { id: suggestionId } },
      { action: 'HIDE', reason: 'Ei liity haasteeseen', suggestion: { id: suggestionId } },
    ]);
  });

  it('tells the reporter how their report ended, linking the comment; a report is decided once', async () => {
    const { threadIds } = await insertDiscussion(t.dataSource, { categories: 1 });
    const comment = await postOk(t, (await t.newUser()).token, { threadId: threadIds[0], body: 'Juonipaljastus!' });
    const resolved = await t.newUser();
    const dismissed = await t.newUser();
    const reportOf = async (token: string) =>
      (
        await staffOk<{ report: { id: string } }>(t, token, REPORT, {
          input: { commentId: comment.id, reason: 'SPOILER' },
        })
      ).report.id;
    const resolvedId = await reportOf(resolved.token);
    const dismissedId = await reportOf(dismissed.token);
    await staffOk(t, librarian, RESOLVE_REPORT, { id: resolvedId, note: 'Piilotettu' });
    await staffOk(t, librarian, DISMISS_REPORT, { id: dismissedId });
    const twice = await t.gql(DISMISS_REPORT, { id: resolvedId }, { token: librarian });
    expect(twice.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_DECIDED' });

    const notificationsOf = async (token: string) =>
      (
        await t.gql<{ notifications: { edges: Array<{ node: unknown }> } }>(NOTIFICATIONS, {}, { token })
      ).data?.notifications.edges.map((edge) => edge.node);
    expect(await notificationsOf(resolved.token)).toEqual([
      { kind: 'REPORT_OUTCOME', outcome: 'RESOLVED', comment: { id: comment.id }, thread: { id: threadIds[0] } },
    ]);
    expect(await notificationsOf(dismissed.token)).toEqual([
      { kind: 'REPORT_OUTCOME', outcome: 'DISMISSED', comment: { id: comment.id }, thread: { id: threadIds[0] } },
    ]);
  });
});
