import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  /** Someone replied to my comment. */
  REPLY = 'REPLY',
  /** Someone mentioned my display name in a comment. */
  MENTION = 'MENTION',
  /** A moderator resolved or dismissed my report. */
  REPORT_OUTCOME = 'REPORT_OUTCOME',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
