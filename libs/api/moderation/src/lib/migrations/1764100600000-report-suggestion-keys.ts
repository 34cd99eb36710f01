import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports and log rows about category suggestions reference them like the
 * comment ones (the suggestions table came later than the moderation tables
 * were first written against): a deleted suggestion takes its reports along
 * and leaves its log rows without the reference.
 */
export class ReportSuggestionKeys1764100600000 implements MigrationInterface {
  name = 'ReportSuggestionKeys1764100600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "reports_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "category_suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_suggestion_id_fkey" FOREIGN KEY ("suggestion_id") REFERENCES "category_suggestions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_actions" DROP CONSTRAINT "moderation_actions_suggestion_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "reports_suggestion_id_fkey"`);
  }
}
