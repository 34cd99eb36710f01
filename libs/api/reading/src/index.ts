// Public surface for the app and the seed; nothing here is needed by another context.
export * from './lib/entities/reading-entry.entity';
export * from './lib/enums/book-format.enum';
export * from './lib/reading.entities';
export * from './lib/reading.module';
export * from './lib/migrations';
export { recountParticipationProgress } from './lib/queries/recount-progress.query';
export { checkEntryDetails } from './lib/utils/check-entry-details.util';
