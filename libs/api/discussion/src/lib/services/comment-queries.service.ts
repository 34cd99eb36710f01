import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid, groupToKeys, type OffsetPage } from '@lukuhaaste/api/common';
import { DataSource } from 'typeorm';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import type { CommentEntity } from '../entities/comment.entity';
import { ReactionKind } from '../enums/reaction-kind.enum';
import { commentColumns, commentFromRow, type CommentRow } from '../queries/comment-row';
import { commentWindow, isBackwardsWindow, type CommentWindowArgs } from '../utils/comment-window.util';

export interface ReactionCount {
  kind: ReactionKind;
  count: number;
  reactedByMe: boolean;
}

export interface CommentPage {
  rows: CommentEntity[];
  /** Each row's replies, in the order of `rows`. */
  replies: CommentEntity[][];
  page: OffsetPage;
  total: number;
}

const KIND_ORDER = Object.values(ReactionKind);

const PAGE_WITH_REPLIES = `
  WITH tops AS (
    SELECT * FROM comments WHERE thread_id = $1 AND parent_id IS NULL ORDER BY created_at, id OFFSET $2 LIMIT $3)
  SELECT ${commentColumns('c')},
         (SELECT count(*)::int FROM comments WHERE thread_id = $1 AND parent_id IS NULL) AS total
    FROM (SELECT * FROM tops
          UNION ALL
          SELECT replies.* FROM comments AS replies WHERE replies.parent_id IN (SELECT id FROM tops)) AS c
   ORDER BY c.created_at, c.id`;

/**
 * Read side of comments: one page of top-level comments, and the batches the
 * request-scoped DataLoaders call (replies, reactions, ratings), so
 * a page costs the same number of statements whatever its size.
 */
@Injectable()
export class CommentQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Top-level comments of a thread the caller checked the viewer may see,
   * oldest first, with each one's replies (oldest first) from the same
   * statement, which also counts the thread's top-level comments: the usual
   * page is one round trip. Only a backwards page counts first, to place itself.
   */
  async page(threadId: string, args: CommentWindowArgs & { around?: string | null }): Promise<CommentPage> {
    if (args.around != null) assertValid([checkUuid('around', args.around)]);
    const aroundIndex = args.around != null ? await this.topLevelIndex(threadId, args.around) : null;
    const counted = isBackwardsWindow(args) ? await this.countTopLevel(threadId) : null;
    const page = commentWindow(args, counted, aroundIndex);
    const rows: Array<CommentRow & { total: number }> =
      page.limit === 0 ? [] : await this.dataSource.query(PAGE_WITH_REPLIES, [threadId, page.offset, page.limit]);
    const comments = rows.map(({ total: _total, ...row }) => commentFromRow(row));
    const tops = comments.filter((comment) => comment.parentId === null);
    const replies = groupToKeys(
      tops.map((top) => top.id),
      comments.filter((comment) => comment.parentId !== null),
      (reply) => reply.parentId as string,
    );
    const total = counted ?? rows[0]?.total ?? (page.offset > 0 ? await this.countTopLevel(threadId) : 0);
    return { rows: tops, replies, page, total };
  }

  /** DataLoader batch: comments by id (any order). */
  async findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${commentColumns('c')} FROM comments AS c WHERE c.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(commentFromRow);
  }

  /** DataLoader batch: each comment's replies, oldest first. */
  async repliesOf(parentIds: readonly string[]): Promise<CommentEntity[][]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${commentColumns('c')} FROM comments AS c WHERE c.parent_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
      [[...parentIds]],
    );
    return groupToKeys(parentIds, rows.map(commentFromRow), (reply) => reply.parentId as string);
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

  /** DataLoader batch: shared reading entries' ratings by entry id (any order). */
  ratingsOfEntries(ids: readonly string[]): Promise<Array<{ id: string; rating: number | null }>> {
    return this.dataSource.query(`SELECT id, rating FROM reading_entries WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  private async countTopLevel(threadId: string): Promise<number> {
    const [row]: Array<{ total: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM comments WHERE thread_id = $1 AND parent_id IS NULL`,
      [threadId],
    );
    return row?.total ?? 0;
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
