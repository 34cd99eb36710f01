import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Librarians open a challenge for category suggestions (ideas for next year's list); closed by default. */
export class AddChallengeSuggestionsOpen1764100150000 implements MigrationInterface {
  name = 'AddChallengeSuggestionsOpen1764100150000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenges" ADD "suggestions_open" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenges" DROP COLUMN "suggestions_open"`);
  }
}
