import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type UserEntity } from '@lukuhaaste/api/accounts';
import {
  CategorySuggestionOutput,
  CommentOutput,
  ThreadOutput,
  type CategorySuggestionEntity,
  type CommentEntity,
  type ThreadEntity,
} from '@lukuhaaste/api/discussion';
import { ContentModerationService } from '../services/content-moderation.service';

const idArg = () => Args('id', { type: () => ID });
const requiredReason = () => Args('reason', { type: () => String });
const optionalReason = () => Args('reason', { type: () => String, nullable: true });

/** Hide/restore comments and suggestions, lock/unlock and pin/unpin threads; staff only, each logged. */
@Roles(Role.LIBRARIAN, Role.ADMIN)
@Resolver()
export class ContentModerationResolver {
  constructor(private readonly moderation: ContentModerationService) {}

  @Mutation(() => CommentOutput, { description: 'Patrons see a placeholder; staff see the text and the reason.' })
  hideComment(
    @CurrentUser() moderator: UserEntity,
    @idArg() id: string,
    @requiredReason() reason: string,
  ): Promise<CommentEntity> {
    return this.moderation.setCommentHidden(moderator, id, true, reason);
  }

  @Mutation(() => CommentOutput)
  restoreComment(
    @CurrentUser() moderator: UserEntity,
    @idArg() id: string,
    @requiredReason() reason: string,
  ): Promise<CommentEntity> {
    return this.moderation.setCommentHidden(moderator, id, false, reason);
  }

  @Mutation(() => CategorySuggestionOutput, { description: 'Patrons see it without its text; staff see it whole.' })
  hideSuggestion(
    @CurrentUser() moderator: UserEntity,
    @idArg() id: string,
    @requiredReason() reason: string,
  ): Promise<CategorySuggestionEntity> {
    return this.moderation.setSuggestionHidden(moderator, id, true, reason);
  }

  @Mutation(() => CategorySuggestionOutput)
  restoreSuggestion(
    @CurrentUser() moderator: UserEntity,
    @idArg() id: string,
    @requiredReason() reason: string,
  ): Promise<CategorySuggestionEntity> {
    return this.moderation.setSuggestionHidden(moderator, id, false, reason);
  }

  @Mutation(() => ThreadOutput, { description: 'Patrons can no longer post; staff still can.' })
  lockThread(
    @CurrentUser() moderator: UserEntity,
    @idArg() id: string,
    @optionalReason() reason: string | null,
  ): Promise<ThreadEntity> {
    return this.moderation.setThreadLocked(moderator, id, true, reason);
  }

  @Mutation(() => ThreadOutput)
  unlockThread(
    @CurrentUser() moderator: UserEntity,
    @idArg() id: string,
    @optionalReason() reason: string | null,
  ): Promise<ThreadEntity> {
    return this.moderation.setThreadLocked(moderator, id, false, reason);
  }

  @Mutation(() => ThreadOutput, { description: 'Pinned threads come first in the thread list.' })
  pinThread(@CurrentUser() moderator: UserEntity, @idArg() id: string): Promise<ThreadEntity> {
    return this.moderation.setThreadPinned(moderator, id, true);
  }

  @Mutation(() => ThreadOutput)
  unpinThread(@CurrentUser() moderator: UserEntity, @idArg() id: string): Promise<ThreadEntity> {
    return this.moderation.setThreadPinned(moderator, id, false);
  }
}
