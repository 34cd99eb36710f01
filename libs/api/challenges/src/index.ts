// Public surface for the app, the seed and the contexts that depend on challenges (reading).
// Entities are exported for the foreign keys other contexts declare and for the seed.
export * from './lib/entities/challenge.entity';
export * from './lib/entities/category.entity';
export * from './lib/entities/participation.entity';
export * from './lib/enums/challenge-status.enum';
export * from './lib/challenges.entities';
export * from './lib/migrations';
export * from './lib/challenges.module';
export * from './lib/dtos/challenge.output';
export * from './lib/dtos/category.output';
export * from './lib/dtos/participation.output';
export * from './lib/services/categories.service';
export * from './lib/services/challenges.service';
export * from './lib/services/participation.service';
export { categoryByIdLoader, participationByIdLoader } from './lib/loaders/challenges.loaders';
export * from './lib/queries/set-participation-progress.query';
export { BRANCH_TOTALS_CTE } from './lib/queries/branch-totals.query';
export { categoryJsonOf, categoryFromJson, type CategoryJson } from './lib/queries/entity-columns.query';
