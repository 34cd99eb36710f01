import { ReadingEntryEntity } from './entities/reading-entry.entity';

export const READING_ENTITIES = [ReadingEntryEntity];
