/**
 * What the controls emit; the page that places them calls the API with it
 * (ModerationApi in `@lukuhaaste/web/data-access/moderation` takes the same shapes).
 */
export interface ThreadModerationRequest {
  threadId: string;
  action: 'PIN' | 'UNPIN' | 'LOCK' | 'UNLOCK';
  /** Asked for LOCK/UNLOCK; null for PIN/UNPIN. */
  reason: string | null;
}

export interface CommentModerationRequest {
  commentId: string;
  action: 'HIDE' | 'RESTORE';
  reason: string;
}
