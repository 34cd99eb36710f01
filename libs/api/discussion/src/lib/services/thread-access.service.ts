import { Injectable } from '@nestjs/common';
import { isStaff, type UserEntity } from '@lukuhaaste/api/accounts';
import { ChallengeEntity, ChallengeStatus } from '@lukuhaaste/api/challenges';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import { CommentEntity } from '../entities/comment.entity';
import { ThreadEntity } from '../entities/thread.entity';

/** A draft challenge and its threads do not exist for anyone but staff. */
export function isChallengeVisible(challenge: Pick<ChallengeEntity, 'status'>, viewer: UserEntity | null): boolean {
  return challenge.status !== ChallengeStatus.DRAFT || isStaff(viewer);
}

/** Patrons post while the thread is open; staff also in locked threads. */
export function canPostIn(thread: Pick<ThreadEntity, 'lockedAt'>, viewer: UserEntity | null): boolean {
  return viewer !== null && (thread.lockedAt === null || isStaff(viewer));
}

/** Finding threads as a given viewer may see them: one place for the draft rule. */
@Injectable()
export class ThreadAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The thread, NOT_FOUND when missing or in a draft the viewer may not see. */
  async requireThread(id: string, viewer: UserEntity | null, field = 'threadId'): Promise<ThreadEntity> {
    assertValid([checkUuid(field, id)]);
    // A query builder without take(1): findOne with a relation costs two statements.
    const thread = await this.dataSource.manager
      .createQueryBuilder(ThreadEntity, 'thread')
      .innerJoinAndSelect('thread.challenge', 'challenge')
      .where('thread.id = :id', { id })
      .getOne();
    if (!thread?.challenge || !isChallengeVisible(thread.challenge, viewer))
      throw new DiscussionException(DiscussionExceptionCode.THREAD_NOT_FOUND);
    return thread;
  }

  /**
   * requireThread's check alone, for callers that need no more than the id:
   * one status read with raw SQL instead of two hydrated entities (the
   * comments page asks this on every load).
   */
  async requireVisibleThread(id: string, viewer: UserEntity | null): Promise<void> {
    assertValid([checkUuid('threadId', id)]);
    const [row]: Array<Pick<ChallengeEntity, 'status'>> = await this.dataSource.query(
      `SELECT challenge.status FROM threads AS thread JOIN challenges AS challenge ON challenge.id = thread.challenge_id
        WHERE thread.id = $1`,
      [id],
    );
    if (!row || !isChallengeVisible(row, viewer))
      throw new DiscussionException(DiscussionExceptionCode.THREAD_NOT_FOUND);
  }

  /**
   * Locks the thread row for a write (comment count, last activity, lock
   * state stay exact under concurrent posts) and checks the viewer may post.
   */
  async lockForPosting(manager: EntityManager, id: string, author: UserEntity): Promise<ThreadEntity> {
    const thread = await manager.findOne(ThreadEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const challenge = thread && (await manager.findOneBy(ChallengeEntity, { id: thread.challengeId }));
    if (!thread || !challenge || !isChallengeVisible(challenge, author))
      throw new DiscussionException(DiscussionExceptionCode.THREAD_NOT_FOUND);
    if (!canPostIn(thread, author)) throw new DiscussionException(DiscussionExceptionCode.THREAD_LOCKED);
    return thread;
  }

  /** The comment and its thread, NOT_FOUND when either is missing or in a draft the viewer may not see. */
  async requireComment(id: string, viewer: UserEntity | null, field = 'commentId'): Promise<CommentEntity> {
    assertValid([checkUuid(field, id)]);
    const comment = await this.dataSource.manager
      .createQueryBuilder(CommentEntity, 'comment')
      .innerJoinAndSelect('comment.thread', 'thread')
      .innerJoinAndSelect('thread.challenge', 'challenge')
      .where('comment.id = :id', { id })
      .getOne();
    if (!comment?.thread?.challenge || !isChallengeVisible(comment.thread.challenge, viewer))
      throw new DiscussionException(DiscussionExceptionCode.COMMENT_NOT_FOUND);
    return comment;
  }

  /** The challenge, when the viewer may see its threads (NOT_FOUND otherwise, like the challenge itself). */
  async requireChallenge(
    challengeId: string,
    viewer: UserEntity | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEntity> {
    assertValid([checkUuid('challengeId', challengeId)]);
    const challenge = await manager.findOneBy(ChallengeEntity, { id: challengeId });
    if (!challenge || !isChallengeVisible(challenge, viewer))
      throw new DiscussionException(DiscussionExceptionCode.CHALLENGE_NOT_FOUND);
    return challenge;
  }
}
