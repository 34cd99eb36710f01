import { type CategoryEntity, type ChallengeEntity } from '@lukuhaaste/api/challenges';
import {
  CommentEntity,
  CommentReactionEntity,
  recountThread,
  renderMarkdown,
  ThreadEntity,
  ThreadKind,
} from '@lukuhaaste/api/discussion';
import type { EntityManager } from 'typeorm';
import { DEMO_THREADS, type SeedComment } from './content/demo-discussion.content';

const HOUR_MS = 3_600_000;

/**
 * This year's conversations: a general thread and two category threads
 * (created by the database with their categories) with replies, reactions
 * and a shared book, dated in the hours before the end of `today` (or now, if earlier).
 */
export async function seedDemoDiscussion(
  manager: EntityManager,
  seeded: { challenge: ChallengeEntity; categories: CategoryEntity[] },
  books: string[],
  readerIds: string[],
  today: string,
): Promise<void> {
  // Never in the future, when the seed runs early on its day.
  const base = Math.min(new Date(`${today}T23:00:00+02:00`).getTime(), Date.now());
  const at = (hoursAgo: number) => new Date(base - hoursAgo * HOUR_MS);
  // The category threads came with the categories a moment ago; date them to the publishing, like the
  // challenge itself, so the threads with conversation lead the list (ordered by last activity).
  await manager.update(
    ThreadEntity,
    { challengeId: seeded.challenge.id },
    { createdAt: seeded.challenge.publishedAt ?? undefined, lastActivityAt: seeded.challenge.publishedAt ?? undefined },
  );
  for (const seed of DEMO_THREADS) {
    const first = seed.comments[0];
    const authorId = first ? readerIds[first.author] : undefined;
    if (!first || !authorId) continue;
    const threadId = seed.title
      ? await insertGeneralThread(manager, seeded.challenge.id, seed.title, authorId, at(first.hoursAgo))
      : await categoryThreadId(manager, seeded.categories[(seed.categoryPosition ?? 1) - 1]);
    if (!threadId) continue;
    for (const comment of seed.comments) {
      const parentId = await insertComment(manager, threadId, null, comment, { books, readerIds, at });
      for (const reply of comment.replies ?? [])
        await insertComment(manager, threadId, parentId, reply, { books, readerIds, at });
    }
    await recountThread(manager, threadId);
  }
}

async function insertGeneralThread(
  manager: EntityManager,
  challengeId: string,
  title: string,
  authorId: string,
  createdAt: Date,
): Promise<string> {
  const thread = manager.create(ThreadEntity, { challengeId, kind: ThreadKind.GENERAL, title, authorId, createdAt });
  await manager.insert(ThreadEntity, thread);
  return thread.id;
}

async function categoryThreadId(manager: EntityManager, category: CategoryEntity | undefined): Promise<string | null> {
  if (!category) return null;
  return (await manager.findOneBy(ThreadEntity, { categoryId: category.id }))?.id ?? null;
}

async function insertComment(
  manager: EntityManager,
  threadId: string,
  parentId: string | null,
  seed: SeedComment,
  context: { books: string[]; readerIds: string[]; at: (hoursAgo: number) => Date },
): Promise<string | null> {
  const authorId = context.readerIds[seed.author];
  if (!authorId) return null;
  const comment = manager.create(CommentEntity, {
    threadId,
    parentId,
    authorId,
    body: seed.body,
    bodyHtml: renderMarkdown(seed.body),
    containsSpoilers: seed.spoiler ?? false,
    bookId: seed.book === undefined ? null : (context.books[seed.book] ?? null),
    createdAt: context.at(seed.hoursAgo),
  });
  await manager.insert(CommentEntity, comment);
  const reactions = (seed.reactions ?? [])
    .map(([reader, kind]) => ({ commentId: comment.id, userId: context.readerIds[reader], kind }))
    .filter((reaction): reaction is { commentId: string; userId: string; kind: typeof reaction.kind } =>
      Boolean(reaction.userId),
    );
  if (reactions.length > 0) await manager.insert(CommentReactionEntity, reactions);
  return comment.id;
}
