import { isStaff, isSuspended, type UserEntity } from '@lukuhaaste/api/accounts';
import type { CommentEntity } from '../entities/comment.entity';

type Viewer = UserEntity | null;

export function isCommentAuthor(comment: CommentEntity, viewer: Viewer): boolean {
  return viewer?.id === comment.authorId;
}

/** A deleted comment is a placeholder for everyone; a hidden one for patrons (its author included), not for staff. */
export function isCommentReadable(comment: CommentEntity, viewer: Viewer): boolean {
  return !comment.deletedAt && (!comment.hiddenAt || isStaff(viewer));
}

/** The viewer's own comment, not deleted, and the viewer may still write. */
export function isOwnLiveComment(comment: CommentEntity, viewer: Viewer): boolean {
  return viewer !== null && isCommentAuthor(comment, viewer) && !comment.deletedAt && !isSuspended(viewer);
}

/** Signed in, not the author, and the comment is not deleted. */
export function canReportComment(comment: CommentEntity, viewer: Viewer): boolean {
  return viewer !== null && !isCommentAuthor(comment, viewer) && !comment.deletedAt && !isSuspended(viewer);
}
