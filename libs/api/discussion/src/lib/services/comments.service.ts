import { Injectable } from '@nestjs/common';
import { assertCanContribute, RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { BooksService } from '@lukuhaaste/api/books';
import { ParticipationEntity } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import { ReadingEntryEntity } from '@lukuhaaste/api/reading';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DISCUSSION_RATE_LIMITS } from '../constants/discussion-limits.constant';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import type { EditCommentInput } from '../dtos/edit-comment.input';
import type { PostCommentInput } from '../dtos/post-comment.input';
import { CommentEntity } from '../entities/comment.entity';
import { ThreadEntity } from '../entities/thread.entity';
import { ThreadEventKind } from '../enums/thread-event-kind.enum';
import { renderMarkdown } from '../markdown/render-markdown';
import { checkCommentBody } from '../utils/discussion-field-checks.util';
import { CommentNotifier } from './comment-notifier.service';
import { ThreadAccess } from './thread-access.service';
import { ThreadEvents } from './thread-events.service';

/** What a new comment says, checked. */
export interface CommentContent {
  parentId: string | null;
  body: string;
  containsSpoilers: boolean;
  bookId: string | null;
  readingEntryId: string | null;
}

/**
 * Writing comments. Every change that moves a thread's comment count runs
 * under a lock on the thread row (taken before the comment's), so the count
 * and the last activity stay exact under concurrent posts and deletes, and
 * the lock order is the same everywhere. Events go out after commit.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ThreadAccess,
    private readonly books: BooksService,
    private readonly rateLimits: RateLimitService,
    private readonly events: ThreadEvents,
    private readonly notifier: CommentNotifier,
  ) {}

  async post(author: UserEntity, input: PostCommentInput): Promise<CommentEntity> {
    assertCanContribute(author);
    assertValid([
      checkUuid('threadId', input.threadId),
      input.parentId != null ? checkUuid('parentId', input.parentId) : null,
      input.bookId != null ? checkUuid('bookId', input.bookId) : null,
      input.readingEntryId != null ? checkUuid('readingEntryId', input.readingEntryId) : null,
    ]);
    const sharesBook = input.bookId != null || input.readingEntryId != null;
    const body = checkCommentBody('body', input.body ?? '', sharesBook);
    assertValid([body.problem]);
    await this.consumeCommentLimits(author);
    const comment = await this.dataSource.transaction(async (manager) => {
      const thread = await this.access.lockForPosting(manager, input.threadId, author);
      const content = await this.resolveContent(manager, author, thread, {
        parentId: input.parentId ?? null,
        body: body.value,
        containsSpoilers: input.containsSpoilers ?? false,
        bookId: input.bookId ?? null,
        readingEntryId: input.readingEntryId ?? null,
      });
      return await this.addToLockedThread(manager, thread, author, content);
    });
    await this.events.publish({
      threadId: comment.threadId,
      kind: ThreadEventKind.COMMENT_ADDED,
      commentId: comment.id,
    });
    return comment;
  }

  /** Inserts into a thread the caller locked (see ThreadAccess.lockForPosting) and counts it there. */
  async addToLockedThread(
    manager: EntityManager,
    thread: ThreadEntity,
    author: UserEntity,
    content: CommentContent,
  ): Promise<CommentEntity> {
    const comment = manager.create(CommentEntity, {
      threadId: thread.id,
      authorId: author.id,
      ...content,
      bodyHtml: renderMarkdown(content.body),
    });
    await manager.insert(CommentEntity, comment);
    await manager.query(
      `UPDATE threads SET comment_count = comment_count + 1, last_activity_at = now() WHERE id = $1`,
      [thread.id],
    );
    await this.notifier.commentAdded(manager, comment, author);
    return await manager.findOneByOrFail(CommentEntity, { id: comment.id });
  }

  /**
   * By the author, re-rendered, `editedAt` set. Allowed in a locked thread
   * like deleting: a lock stops new conversation, authors keep their own
   * words (what must go, moderators hide).
   */
  async edit(author: UserEntity, id: string, input: EditCommentInput): Promise<CommentEntity> {
    assertCanContribute(author);
    assertValid([checkUuid('id', id)]);
    await this.consumeCommentLimits(author);
    const comment = await this.dataSource.transaction(async (manager) => {
      const comment = await this.lockOwnComment(manager, author, id);
      const body = checkCommentBody('body', input.body, comment.bookId !== null);
      assertValid([body.problem]);
      await manager.update(
        CommentEntity,
        { id },
        {
          body: body.value,
          bodyHtml: renderMarkdown(body.value),
          containsSpoilers: input.containsSpoilers ?? comment.containsSpoilers,
          editedAt: () => 'now()',
        },
      );
      return await manager.findOneByOrFail(CommentEntity, { id });
    });
    await this.events.publish({ threadId: comment.threadId, kind: ThreadEventKind.COMMENT_EDITED, commentId: id });
    return comment;
  }

  /**
   * Soft delete by the author: the row stays so replies keep their place,
   * its text and shared book are cleared, and it leaves the thread's count.
   * Deleting again changes nothing. Allowed in a locked thread: authors may
   * always take back what they wrote.
   */
  async delete(author: UserEntity, id: string): Promise<CommentEntity> {
    assertCanContribute(author);
    assertValid([checkUuid('id', id)]);
    const { comment, deleted } = await this.dataSource.transaction(async (manager) => {
      const comment = await this.lockOwnComment(manager, author, id, { allowDeleted: true });
      if (comment.deletedAt) return { comment, deleted: false };
      await manager.update(
        CommentEntity,
        { id },
        { body: '', bodyHtml: '', bookId: null, readingEntryId: null, deletedAt: () => 'now()' },
      );
      await manager.query(`UPDATE threads SET comment_count = comment_count - 1 WHERE id = $1`, [comment.threadId]);
      return { comment: await manager.findOneByOrFail(CommentEntity, { id }), deleted: true };
    });
    if (deleted)
      await this.events.publish({ threadId: comment.threadId, kind: ThreadEventKind.COMMENT_DELETED, commentId: id });
    return comment;
  }

  /** Comments count 10 a minute and 120 an hour per user (edits included: each one is an event to everyone). */
  private async consumeCommentLimits(author: UserEntity): Promise<void> {
    await this.rateLimits.take([
      { scope: 'discussion.comment:minute', subject: author.id, rule: DISCUSSION_RATE_LIMITS.commentsPerMinute },
      { scope: 'discussion.comment:hour', subject: author.id, rule: DISCUSSION_RATE_LIMITS.commentsPerHour },
    ]);
  }

  /** Checks the parent and resolves a shared reading entry into book, body and spoiler flag. */
  private async resolveContent(
    manager: EntityManager,
    author: UserEntity,
    thread: ThreadEntity,
    content: CommentContent,
  ): Promise<CommentContent> {
    if (content.parentId) {
      const parent = await manager.findOneBy(CommentEntity, {
        id: content.parentId,
        threadId: thread.id,
        parentId: IsNull(),
      });
      if (!parent) throw new DiscussionException(DiscussionExceptionCode.PARENT_NOT_TOP_LEVEL);
      if (parent.deletedAt) throw new DiscussionException(DiscussionExceptionCode.COMMENT_DELETED);
    }
    if (content.readingEntryId) {
      const entry = await this.findOwnEntry(manager, author, content.readingEntryId);
      // The review stands in for an empty body; it may be longer than a comment allows.
      const review = content.body ? null : checkCommentBody('body', entry.review ?? '', true);
      assertValid([review?.problem ?? null]);
      content = {
        ...content,
        body: review?.value ?? content.body,
        bookId: entry.bookId,
        containsSpoilers: content.containsSpoilers || entry.containsSpoilers,
      };
    }
    // Locks the book FOR KEY SHARE, so a catalogue merge waits for this comment (see BookReferenceMover).
    if (content.bookId) await this.books.findById(content.bookId, manager);
    return content;
  }

  private async findOwnEntry(manager: EntityManager, author: UserEntity, id: string): Promise<ReadingEntryEntity> {
    const entry = await manager
      .createQueryBuilder(ReadingEntryEntity, 'entry')
      .innerJoin(ParticipationEntity, 'participation', 'participation.id = entry.participationId')
      .where('entry.id = :id AND participation.userId = :userId', { id, userId: author.id })
      .getOne();
    if (!entry) throw new DiscussionException(DiscussionExceptionCode.READING_ENTRY_NOT_FOUND);
    return entry;
  }

  /**
   * The author's comment, locked after its thread (the order posting uses).
   * Staff are not authors here: they hide instead (moderation).
   */
  private async lockOwnComment(
    manager: EntityManager,
    author: UserEntity,
    id: string,
    { allowDeleted = false } = {},
  ): Promise<CommentEntity> {
    const found = await this.access.requireComment(id, author, 'id');
    // Deleting changes the thread's count; edits take the same lock so the order is one everywhere.
    await manager.findOneOrFail(ThreadEntity, {
      where: { id: found.threadId },
      lock: { mode: 'pessimistic_write' },
    });
    const comment = await manager.findOneOrFail(CommentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (comment.authorId !== author.id) throw new DiscussionException(DiscussionExceptionCode.NOT_AUTHOR);
    if (comment.deletedAt && !allowDeleted) throw new DiscussionException(DiscussionExceptionCode.COMMENT_DELETED);
    return comment;
  }
}
