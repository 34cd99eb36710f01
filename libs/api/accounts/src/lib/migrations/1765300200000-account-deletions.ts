import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleted accounts (issue #10): the users row becomes a tombstone marked in
 * account_deletions, and loses its password hash so nobody can log in as it.
 */
export class AccountDeletions1765300200000 implements MigrationInterface {
  name = 'AccountDeletions1765300200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_deletions" (
        "user_id" uuid NOT NULL,
        "deleted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "account_deletions_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "account_deletions_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`,
    );
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_deletions"`);
    await queryRunner.query(`UPDATE "users" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
  }
}
