import { registerEnumType } from '@nestjs/graphql';

/** OPEN until a moderator resolves it (acted on) or dismisses it (nothing wrong). */
export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(ReportStatus, { name: 'ReportStatus' });
