/**
 * How a report ended, as stored on a REPORT_OUTCOME notification. The values
 * are moderation's ReportStatus values; GraphQL exposes the field with that
 * enum through moderation's field resolver (this context cannot import it).
 */
export type ReportOutcome = 'RESOLVED' | 'DISMISSED';
