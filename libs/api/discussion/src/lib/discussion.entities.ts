import { CommentReactionEntity } from './entities/comment-reaction.entity';
import { CommentEntity } from './entities/comment.entity';
import { ThreadEntity } from './entities/thread.entity';
import { SUGGESTION_ENTITIES } from './suggestions/suggestions.entities';

/** Entities of the discussion context (threads, comments, reactions; suggestions add theirs). */
export const DISCUSSION_ENTITIES = [ThreadEntity, CommentEntity, CommentReactionEntity, ...SUGGESTION_ENTITIES];
