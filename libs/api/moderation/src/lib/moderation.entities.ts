import { ModerationActionEntity } from './entities/moderation-action.entity';
import { ReportEntity } from './entities/report.entity';

export const MODERATION_ENTITIES = [ReportEntity, ModerationActionEntity];
