export * from './lib/entities/reading-entry.entity';
export * from './lib/enums/book-format.enum';
export * from './lib/reading.entities';
export * from './lib/reading.module';
export * from './lib/services/reading.service';
export * from './lib/dtos/log-reading.input';
export * from './lib/migrations';
