import type { TestApp } from './test-app';

export const REPORT = `mutation($input: ReportInput!) { report(input: $input) { id reason note status createdAt reporter { id } } }`;

/** Reports the comment as the given user, failing the test with the errors otherwise; returns the report's id. */
export async function reportOk(t: TestApp, token: string, commentId: string, reason = 'SPAM'): Promise<string> {
  const response = await t.gql<{ report: { id: string } }>(REPORT, { input: { commentId, reason } }, { token });
  if (!response.data) throw new Error(`report failed: ${JSON.stringify(response.errors)}`);
  return response.data.report.id;
}

/** Runs a staff mutation that must succeed, failing the test with the errors otherwise. */
export async function staffOk<T>(
  t: TestApp,
  token: string,
  operation: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await t.gql<T>(operation, variables, { token });
  if (!response.data) throw new Error(`${operation} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export const HIDE_COMMENT = `mutation($id: ID!, $reason: String!) { hideComment(id: $id, reason: $reason) { id hiddenAt hiddenReason } }`;
export const RESTORE_COMMENT = `mutation($id: ID!, $reason: String!) { restoreComment(id: $id, reason: $reason) { id hiddenAt } }`;
export const HIDE_SUGGESTION = `mutation($id: ID!, $reason: String!) { hideSuggestion(id: $id, reason: $reason) { id text hiddenAt } }`;
export const RESTORE_SUGGESTION = `mutation($id: ID!, $reason: String!) { restoreSuggestion(id: $id, reason: $reason) { id text hiddenAt } }`;
export const SUGGEST = `mutation($challengeId: ID!, $text: String!) { suggestCategory(challengeId: $challengeId, text: $text) { id } }`;
export const LOCK_THREAD = `mutation($id: ID!, $reason: String) { lockThread(id: $id, reason: $reason) { id lockedAt } }`;
export const UNLOCK_THREAD = `mutation($id: ID!, $reason: String) { unlockThread(id: $id, reason: $reason) { id lockedAt } }`;
export const PIN_THREAD = `mutation($id: ID!) { pinThread(id: $id) { id pinnedAt } }`;
export const UNPIN_THREAD = `mutation($id: ID!) { unpinThread(id: $id) { id pinnedAt } }`;
export const SUSPEND_USER = `mutation($userId: ID!, $until: DateTime!, $reason: String!) {
  suspendUser(userId: $userId, until: $until, reason: $reason) { id suspendedUntil suspensionReason }
}`;
export const UNSUSPEND_USER = `mutation($userId: ID!, $reason: String) {
  unsuspendUser(userId: $userId, reason: $reason) { id suspendedUntil suspensionReason }
}`;
export const RESOLVE_REPORT = `mutation($id: ID!, $note: String) { resolveReport(id: $id, note: $note) { id status } }`;
export const DISMISS_REPORT = `mutation($id: ID!, $note: String) { dismissReport(id: $id, note: $note) { id status } }`;
export const RESOLVE_ITEM_REPORTS = `mutation($commentId: ID, $suggestionId: ID, $outcome: ReportStatus!) {
  resolveItemReports(commentId: $commentId, suggestionId: $suggestionId, outcome: $outcome)
}`;
export const MODERATION_QUEUE = `query($first: Int, $after: String) {
  moderationQueue(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      reportCount autoHidden firstReportedAt
      comment { id bodyHtml hiddenAt author { id } }
      thread { id }
      reasons { reason count }
      reports { id reason note status reporter { id } }
    } }
  }
}`;
export const MODERATION_LOG = `query($first: Int, $after: String, $moderatorId: ID, $userId: ID, $action: ModerationActionKind, $from: Date, $to: Date) {
  moderationLog(first: $first, after: $after, moderatorId: $moderatorId, userId: $userId, action: $action, from: $from, to: $to) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action reason createdAt moderator { id } targetUser { id } comment { id } thread { id } } }
  }
}`;

/** An hour from now, as the DateTime the API takes. */
export const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
