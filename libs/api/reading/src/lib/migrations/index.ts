import { CreateReadingEntries1764029200000 } from './1764029200000-create-reading-entries';
import { IndexCategoryReads1765200110000 } from './1765200110000-index-category-reads';

export const READING_MIGRATIONS = [CreateReadingEntries1764029200000, IndexCategoryReads1765200110000];
