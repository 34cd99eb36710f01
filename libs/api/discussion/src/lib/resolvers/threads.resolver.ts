import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type UserEntity } from '@lukuhaaste/api/accounts';
import { toOffsetConnection, toOffsetPage, type Connection } from '@lukuhaaste/api/common';
import { THREADS_PAGE_SIZE } from '../constants/discussion-limits.constant';
import { StartThreadInput } from '../dtos/start-thread.input';
import { ThreadConnection, ThreadOutput } from '../dtos/thread.output';
import type { ThreadEntity } from '../entities/thread.entity';
import { ThreadKind } from '../enums/thread-kind.enum';
import { ThreadAccess } from '../services/thread-access.service';
import { ThreadsService } from '../services/threads.service';

@Resolver(() => ThreadOutput)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly access: ThreadAccess,
  ) {}

  @Public()
  @Query(() => ThreadConnection, {
    description:
      "A challenge's threads: pinned first, then by last activity. withComments: only threads with at least one comment (not deleted), so the 50 category threads nobody has written in yet stay out of the default view. NOT_FOUND for a draft unless staff.",
  })
  async threads(
    @CurrentUser() viewer: UserEntity | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: THREADS_PAGE_SIZE }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('kind', { type: () => ThreadKind, nullable: true }) kind: ThreadKind | null,
    @Args('withComments', { type: () => Boolean, nullable: true }) withComments: boolean | null,
  ): Promise<Connection<ThreadEntity>> {
    const page = toOffsetPage(first ?? THREADS_PAGE_SIZE, after);
    const filter = { kind: kind ?? null, withComments: withComments ?? false };
    const { rows, total } = await this.threadsService.list(challengeId, viewer, page, filter);
    return toOffsetConnection(rows, page, total);
  }

  @Public()
  @Query(() => ThreadOutput, { description: "NOT_FOUND when missing or a draft challenge's thread (unless staff)." })
  thread(@CurrentUser() viewer: UserEntity | null, @Args('id', { type: () => ID }) id: string): Promise<ThreadEntity> {
    return this.access.requireThread(id, viewer, 'id');
  }

  @Public()
  @Query(() => ThreadOutput, { description: "The category's own thread (every category has one)." })
  categoryThread(
    @CurrentUser() viewer: UserEntity | null,
    @Args('categoryId', { type: () => ID }) categoryId: string,
  ): Promise<ThreadEntity> {
    return this.threadsService.categoryThread(categoryId, viewer);
  }

  @Mutation(() => ThreadOutput, {
    description:
      'A GENERAL thread; the body is its first comment. RATE_LIMITED past 5 an hour. Field errors: title TOO_SHORT/TOO_LONG/INVALID_CHARACTERS, body REQUIRED/TOO_LONG. Suspended: FORBIDDEN (reason SUSPENDED).',
  })
  startThread(@CurrentUser() user: UserEntity, @Args('input') input: StartThreadInput): Promise<ThreadEntity> {
    return this.threadsService.start(user, input);
  }
}
