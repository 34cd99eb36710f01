import { ChallengeStatus } from '@lukuhaaste/api/challenges';
import { createTestChallenge } from '@lukuhaaste/api/challenges/testing';
import type { DataSource } from 'typeorm';
import type { GraphqlResponse } from './graphql-client';
import type { TestApp } from './test-app';

export interface DiscussionFixture {
  challengeId: string;
  year: number;
  categoryIds: string[];
  /** The category threads, in category order (created by the database trigger). */
  threadIds: string[];
}

/** A challenge with categories and their threads. */
export async function insertDiscussion(
  dataSource: DataSource,
  { categories = 2, status = ChallengeStatus.PUBLISHED }: { categories?: number; status?: ChallengeStatus } = {},
): Promise<DiscussionFixture> {
  const { challenge, categories: rows } = await createTestChallenge(dataSource, { categories, status });
  const threads: Array<{ id: string; category_id: string }> = await dataSource.query(
    `SELECT id, category_id FROM threads WHERE challenge_id = $1`,
    [challenge.id],
  );
  const byCategory = new Map(threads.map((thread) => [thread.category_id, thread.id]));
  return {
    challengeId: challenge.id,
    year: challenge.year,
    categoryIds: rows.map((category) => category.id),
    threadIds: rows.map((category) => byCategory.get(category.id) as string),
  };
}

export const POST_COMMENT = `mutation($input: PostCommentInput!) {
  postComment(input: $input) { id threadId parentId body bodyHtml containsSpoilers rating book { id title } author { id } }
}`;

export interface PostedComment {
  id: string;
  threadId: string;
  parentId: string | null;
  body: string | null;
  bodyHtml: string | null;
  containsSpoilers: boolean;
  rating: number | null;
  book: { id: string; title: string } | null;
  author: { id: string } | null;
}

export function postComment(
  t: TestApp,
  token: string | undefined,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ postComment: PostedComment }>> {
  return t.gql<{ postComment: PostedComment }>(POST_COMMENT, { input }, { token });
}

/** Posts and returns the comment, failing the test with the errors otherwise. */
export async function postOk(t: TestApp, token: string, input: Record<string, unknown>): Promise<PostedComment> {
  const response = await postComment(t, token, input);
  if (!response.data) throw new Error(`postComment failed: ${JSON.stringify(response.errors)}`);
  return response.data.postComment;
}

/** Suspends a user directly (the moderation context's column), until an hour from now. */
export async function suspend(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.query(
    `UPDATE users SET suspended_until = now() + interval '1 hour', suspension_reason = 'Testi' WHERE id = $1`,
    [userId],
  );
}

/** Clears the flood counters, for specs that post more than a person would in a minute. */
export async function resetRateLimits(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DELETE FROM rate_limit_counters`);
}
