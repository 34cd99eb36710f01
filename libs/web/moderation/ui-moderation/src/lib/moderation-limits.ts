/** A librarian's reason for an action, as the audit log stores it (contract: reports' notes have the same bound). */
export const MODERATION_REASON_MAX_LENGTH = 500;
/** A reporter's optional note (contract: `reports.note` ≤ 500). */
export const REPORT_NOTE_MAX_LENGTH = 500;
