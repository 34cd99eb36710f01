import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  isSuspended,
  userByIdLoader,
  UserOutput,
  type GraphqlContext,
  type UserEntity,
} from '@lukuhaaste/api/accounts';
import { CategoriesService, categoryByIdLoader, CategoryOutput, type CategoryEntity } from '@lukuhaaste/api/challenges';
import { DataSource } from 'typeorm';
import { ThreadOutput } from '../dtos/thread.output';
import type { ThreadEntity } from '../entities/thread.entity';
import { canPostIn } from '../services/thread-access.service';

/** Nested thread fields, batched per request. */
@Resolver(() => ThreadOutput)
export class ThreadFieldsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
  ) {}

  @ResolveField(() => CategoryOutput, { nullable: true, description: 'The category of a CATEGORY thread.' })
  async category(@Parent() thread: ThreadEntity, @Context() { req }: GraphqlContext): Promise<CategoryEntity | null> {
    return thread.categoryId ? await categoryByIdLoader(req, this.categories).load(thread.categoryId) : null;
  }

  @ResolveField(() => UserOutput, { nullable: true, description: 'Who started a GENERAL thread.' })
  async author(@Parent() thread: ThreadEntity, @Context() { req }: GraphqlContext): Promise<UserEntity | null> {
    return thread.authorId ? await userByIdLoader(req, this.dataSource.manager).load(thread.authorId) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Signed in, not suspended, and the thread is not locked (staff post in locked threads too).',
  })
  viewerCanPost(@Parent() thread: ThreadEntity, @CurrentUser() viewer: UserEntity | null): boolean {
    return canPostIn(thread, viewer) && !(viewer && isSuspended(viewer));
  }
}
