export { ThreadModerationControls, type ModeratableThread } from './lib/thread-moderation-controls.component';
export { CommentModerationMenu, type ModeratableComment } from './lib/comment-moderation-menu.component';
export type { CommentModerationRequest, ThreadModerationRequest } from './lib/moderation-events';
export { ModerationReasonDialog, type ModerationReasonDialogData } from './lib/moderation-reason-dialog.component';
export { askModerationReason } from './lib/ask-moderation-reason';
export {
  ReportDialog,
  REPORT_REASONS,
  type ReportChoice,
  type ReportDialogData,
  type ReportReasonChoice,
} from './lib/report-dialog.component';
export { MODERATION_REASON_MAX_LENGTH } from './lib/moderation-limits';
