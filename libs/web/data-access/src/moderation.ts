/**
 * Moderation's API as its own entry point, so its documents load with the
 * librarian's pages and the thread page, not with the shell.
 */
export {
  ModerationApi,
  type CommentModeration,
  type FiledReport,
  type ModeratedComment,
  type ModeratedThread,
  type ModeratedUser,
  type ModerationItem,
  type ModerationLogEntry,
  type ModerationLogFilter,
  type ThreadModeration,
} from './lib/moderation/moderation-api.service';
export type { ListPage } from './lib/graphql/list-page';
export { appendPage } from './lib/graphql/list-page';
export type { ModerationActionKind, ReportReason, ReportStatus } from './generated/moderation';
