import { Injectable } from '@nestjs/common';
import { assertCanContribute, RateLimitService, type UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid, checkUuid, type OffsetPage } from '@lukuhaaste/api/common';
import { DataSource } from 'typeorm';
import { DISCUSSION_RATE_LIMITS } from '../constants/discussion-limits.constant';
import { DiscussionException, DiscussionExceptionCode } from '../discussion.exception';
import type { StartThreadInput } from '../dtos/start-thread.input';
import { ThreadEntity } from '../entities/thread.entity';
import { ThreadKind } from '../enums/thread-kind.enum';
import { checkCommentBody, checkThreadTitle } from '../utils/discussion-field-checks.util';
import { CommentsService } from './comments.service';
import { ThreadAccess } from './thread-access.service';

export interface ThreadListFilter {
  kind: ThreadKind | null;
  /** Only threads with at least one comment that is not deleted (`comment_count > 0`). */
  withComments: boolean;
}

/** Starting and listing threads; comments in them are CommentsService's. */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ThreadAccess,
    private readonly comments: CommentsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** A GENERAL thread with its first comment, in one transaction. */
  async start(author: UserEntity, input: StartThreadInput): Promise<ThreadEntity> {
    assertCanContribute(author);
    const title = checkThreadTitle('title', input.title);
    const body = checkCommentBody('body', input.body);
    assertValid([checkUuid('challengeId', input.challengeId), title.problem, body.problem]);
    await this.rateLimits.consume('discussion.thread', author.id, DISCUSSION_RATE_LIMITS.threadStartsPerHour);
    return await this.dataSource.transaction(async (manager) => {
      const challenge = await this.access.requireChallenge(input.challengeId, author, manager);
      const thread = manager.create(ThreadEntity, {
        challengeId: challenge.id,
        kind: ThreadKind.GENERAL,
        title: title.value,
        authorId: author.id,
      });
      await manager.insert(ThreadEntity, thread);
      await this.comments.addToLockedThread(manager, thread, author, {
        parentId: null,
        body: body.value,
        containsSpoilers: input.containsSpoilers ?? false,
        bookId: null,
        readingEntryId: null,
      });
      return await manager.findOneByOrFail(ThreadEntity, { id: thread.id });
    });
  }

  /** Pinned threads first (most recently pinned first), then by last activity. */
  async list(
    challengeId: string,
    viewer: UserEntity | null,
    page: OffsetPage,
    filter: ThreadListFilter,
  ): Promise<{ rows: ThreadEntity[]; total: number }> {
    await this.access.requireChallenge(challengeId, viewer);
    const query = this.dataSource.manager
      .createQueryBuilder(ThreadEntity, 'thread')
      .where('thread.challengeId = :challengeId', { challengeId });
    if (filter.kind) query.andWhere('thread.kind = :kind', { kind: filter.kind });
    if (filter.withComments) query.andWhere('thread.commentCount > 0');
    const [rows, total] = await query
      .orderBy('thread.pinnedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('thread.lastActivityAt', 'DESC')
      .addOrderBy('thread.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { rows, total };
  }

  async categoryThread(categoryId: string, viewer: UserEntity | null): Promise<ThreadEntity> {
    assertValid([checkUuid('categoryId', categoryId)]);
    const thread = await this.dataSource.manager.findOneBy(ThreadEntity, { categoryId });
    if (!thread) throw new DiscussionException(DiscussionExceptionCode.THREAD_NOT_FOUND);
    return await this.access.requireThread(thread.id, viewer);
  }
}
