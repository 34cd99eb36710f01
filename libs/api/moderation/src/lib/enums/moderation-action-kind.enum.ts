import { registerEnumType } from '@nestjs/graphql';

/** What a row of the moderation log records; AUTO_HIDE is the only one without a moderator. */
export enum ModerationActionKind {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  SUSPEND = 'SUSPEND',
  UNSUSPEND = 'UNSUSPEND',
  RESOLVE = 'RESOLVE',
  DISMISS = 'DISMISS',
  AUTO_HIDE = 'AUTO_HIDE',
}

registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });
