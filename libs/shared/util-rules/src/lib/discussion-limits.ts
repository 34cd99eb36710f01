/**
 * Limits on what readers and librarians write in the discussion, shared so
 * the web forms count towards exactly what the API accepts and the database
 * checks (its CHECK constraints are built from these too).
 */
export const COMMENT_BODY_MAX_LENGTH = 4000;
export const THREAD_TITLE_MIN_LENGTH = 3;
export const THREAD_TITLE_MAX_LENGTH = 120;
/** An idea for next year's categories, on one line. */
export const SUGGESTION_TEXT_MIN_LENGTH = 5;
export const SUGGESTION_TEXT_MAX_LENGTH = 300;
/** A reporter's optional note to the moderators. */
export const REPORT_NOTE_MAX_LENGTH = 500;
/** A librarian's reason for a moderation action, as the audit log keeps it. */
export const MODERATION_REASON_MAX_LENGTH = 500;
