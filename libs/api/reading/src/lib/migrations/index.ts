import { CreateReadingEntries1764029200000 } from './1764029200000-create-reading-entries';

export const READING_MIGRATIONS = [CreateReadingEntries1764029200000];
