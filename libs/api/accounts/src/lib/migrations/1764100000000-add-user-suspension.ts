import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suspension by a moderator: the user keeps reading but cannot write until
 * `suspended_until`. A reason always accompanies a suspension.
 */
export class AddUserSuspension1764100000000 implements MigrationInterface {
  name = 'AddUserSuspension1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "suspended_until" TIMESTAMP WITH TIME ZONE, ADD "suspension_reason" text`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_suspension_reason_check"
        CHECK ("suspended_until" IS NULL OR "suspension_reason" IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_suspension_reason_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "suspension_reason", DROP COLUMN "suspended_until"`);
  }
}
