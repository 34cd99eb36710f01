// Public surface for the app and the seed.
export * from './lib/moderation.entities';
export * from './lib/entities/report.entity';
export * from './lib/moderation.module';
export * from './lib/migrations';
export * from './lib/enums/report-reason.enum';
export * from './lib/enums/report-status.enum';
export * from './lib/enums/moderation-action-kind.enum';
