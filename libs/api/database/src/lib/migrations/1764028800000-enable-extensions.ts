import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every context may rely on: case-insensitive text for emails,
 * trigram and accent-insensitive search for books, UUID generation.
 * `immutable_unaccent` wraps unaccent() (which is only STABLE) so it can be
 * used in expression indexes.
 */
export class EnableExtensions1764028800000 implements MigrationInterface {
  name = 'EnableExtensions1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS citext');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS immutable_unaccent(text)');
  }
}
