import type { FieldMiddleware } from '@nestjs/graphql';
import type { GraphqlContext, UserEntity } from '@lukuhaaste/api/accounts';
import type { CommentEntity } from '../entities/comment.entity';

/**
 * A Comment field computed from the comment and the request's viewer alone,
 * as field middleware rather than a @ResolveField: Nest runs a resolver
 * method through its parameter decorators and pipes, several promises per
 * call, which for these one-line rules cost more than the rule, on every
 * comment of a page.
 */
export function viewerField<T>(rule: (comment: CommentEntity, viewer: UserEntity | null) => T): FieldMiddleware {
  return ({ source, context }) => rule(source as CommentEntity, (context as GraphqlContext).req.auth?.user ?? null);
}
