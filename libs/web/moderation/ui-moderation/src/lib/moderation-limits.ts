/** The API's bounds on a librarian's reason and a reporter's note, shared through util-rules. */
export { MODERATION_REASON_MAX_LENGTH, REPORT_NOTE_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
