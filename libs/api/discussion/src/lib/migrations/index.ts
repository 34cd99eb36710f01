import type { MigrationInterface } from 'typeorm';

export const DISCUSSION_MIGRATIONS: (new () => MigrationInterface)[] = [];
