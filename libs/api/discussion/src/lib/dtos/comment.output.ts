import { Field, ID, ObjectType } from '@nestjs/graphql';
import { isStaff } from '@lukuhaaste/api/accounts';
import { ConnectionType } from '@lukuhaaste/api/common';
import {
  canReportComment,
  isCommentAuthor,
  isCommentReadable,
  isOwnLiveComment,
} from '../utils/comment-visibility.util';
import { viewerField } from './comment-viewer-field.middleware';

/**
 * What each viewer may see of a comment: a deleted one is a placeholder for
 * everyone; a hidden one for patrons (its author included), while staff see
 * it whole with the reason. Viewer-dependent scalars are field middleware
 * here; author, book, rating, reactions and replies are resolved (batched).
 */
@ObjectType('Comment')
export class CommentOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Sanitized HTML; null when deleted, or hidden and the viewer is not staff.',
    middleware: [viewerField((comment, viewer) => (isCommentReadable(comment, viewer) ? comment.bodyHtml : null))],
  })
  bodyHtml!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown source, for its author (editing) and staff.',
    middleware: [
      viewerField((comment, viewer) =>
        !comment.deletedAt && (isCommentAuthor(comment, viewer) || isStaff(viewer)) ? comment.body : null,
      ),
    ],
  })
  body!: string | null;

  @Field()
  containsSpoilers!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  hiddenAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a moderator hid it: staff only.',
    middleware: [viewerField((comment, viewer) => (isStaff(viewer) ? comment.hiddenReason : null))],
  })
  hiddenReason!: string | null;

  @Field({ middleware: [viewerField(isOwnLiveComment)] })
  viewerCanEdit!: boolean;

  @Field({ middleware: [viewerField(isOwnLiveComment)] })
  viewerCanDelete!: boolean;

  @Field({
    description: 'Signed in, not the author, and the comment is not deleted.',
    middleware: [viewerField(canReportComment)],
  })
  viewerCanReport!: boolean;
}

export const CommentConnection = ConnectionType(CommentOutput, 'Comment');
