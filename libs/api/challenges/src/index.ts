export * from './lib/entities/challenge.entity';
export * from './lib/entities/category.entity';
export * from './lib/entities/participation.entity';
export * from './lib/enums/challenge-status.enum';
export * from './lib/challenges.entities';
export * from './lib/migrations';
