export * from './lib/entities/reading-entry.entity';
export * from './lib/enums/book-format.enum';
export * from './lib/reading.entities';
export * from './lib/migrations';
