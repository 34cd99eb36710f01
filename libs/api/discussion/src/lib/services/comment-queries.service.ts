import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid, groupToKeys, type OffsetPage } from '@lukuhaaste/api/common';
import { ReadingEntryEntity } from '@lukuhaaste/api/reading';
import { DataSource, In, IsNull } from 'typeorm';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import { CommentEntity } from '../entities/comment.entity';
import type { ThreadEntity } from '../entities/thread.entity';
import { ReactionKind } from '../enums/reaction-kind.enum';
import { commentWindow, type CommentWindowArgs } from '../utils/comment-window.util';

export interface ReactionCount {
  kind: ReactionKind;
  count: number;
  reactedByMe: boolean;
}

const KIND_ORDER = Object.values(ReactionKind);

/**
 * Read side of comments: one page of top-level comments, and the batches the
 * request-scoped DataLoaders call (replies, reactions, ratings), so
 * a page costs the same number of statements whatever its size.
 */
@Injectable()
export class CommentQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Top-level comments of a thread the caller checked the viewer may see, oldest first. */
  async page(
    thread: ThreadEntity,
    args: CommentWindowArgs & { around?: string | null },
  ): Promise<{ rows: CommentEntity[]; page: OffsetPage; total: number }> {
    if (args.around != null) assertValid([checkUuid('around', args.around)]);
    const total = await this.dataSource.manager.countBy(CommentEntity, { threadId: thread.id, parentId: IsNull() });
    const aroundIndex = args.around != null ? await this.topLevelIndex(thread.id, args.around) : null;
    const page = commentWindow(args, total, aroundIndex);
    const rows =
      page.limit === 0
        ? []
        : await this.dataSource.manager.find(CommentEntity, {
            where: { threadId: thread.id, parentId: IsNull() },
            order: { createdAt: 'ASC', id: 'ASC' },
            skip: page.offset,
            take: page.limit,
          });
    return { rows, page, total };
  }

  /** DataLoader batch: comments by id (any order). */
  findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource.manager.findBy(CommentEntity, { id: In([...ids]) });
  }

  /** DataLoader batch: each comment's replies, oldest first. */
  async repliesOf(parentIds: readonly string[]): Promise<CommentEntity[][]> {
    const rows = await this.dataSource.manager.find(CommentEntity, {
      where: { parentId: In([...parentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupToKeys(parentIds, rows, (reply) => reply.parentId as string);
  }

  /** DataLoader batch: per comment, the kinds someone reacted with, their counts and whether the viewer did. */
  async reactionsOf(commentIds: readonly string[], viewerId: string | null): Promise<ReactionCount[][]> {
    const rows: Array<{ comment_id: string; kind: ReactionKind; count: number; mine: boolean }> =
      await this.dataSource.query(
        `SELECT comment_id, kind, count(*)::int AS count, coalesce(bool_or(user_id = $2), false) AS mine
           FROM comment_reactions WHERE comment_id = ANY($1::uuid[])
          GROUP BY comment_id, kind`,
        [[...commentIds], viewerId],
      );
    rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    return groupToKeys(commentIds, rows, (row) => row.comment_id).map((group) =>
      group.map((row) => ({ kind: row.kind, count: row.count, reactedByMe: row.mine })),
    );
  }

  /** DataLoader batch: shared reading entries by id (any order), for their rating. */
  readingEntriesByIds(ids: readonly string[]): Promise<ReadingEntryEntity[]> {
    return this.dataSource.manager.findBy(ReadingEntryEntity, { id: In([...ids]) });
  }

  /** How many top-level comments come before the one holding `commentId` (itself, or its parent for a reply). */
  private async topLevelIndex(threadId: string, commentId: string): Promise<number> {
    const [row]: Array<{ index: number }> = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM comments AS c
                WHERE c.thread_id = $1 AND c.parent_id IS NULL
                  AND (c.created_at, c.id) < (top.created_at, top.id)) AS index
         FROM comments AS target
         JOIN comments AS top ON top.id = coalesce(target.parent_id, target.id)
        WHERE target.id = $2 AND target.thread_id = $1`,
      [threadId, commentId],
    );
    if (!row) throw new DiscussionException(DiscussionExceptionCode.COMMENT_NOT_FOUND);
    return row.index;
  }
}
