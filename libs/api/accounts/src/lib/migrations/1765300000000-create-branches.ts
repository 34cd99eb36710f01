import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Library branches and the patron's home branch. A branch that is someone's
 * home branch cannot be deleted (RESTRICT): the admin moves or keeps it, so
 * no patron loses their choice silently.
 */
export class CreateBranches1765300000000 implements MigrationInterface {
  name = 'CreateBranches1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "branches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" character varying(60) NOT NULL,
        "name" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "branches_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "branches_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT "branches_name_check"
          CHECK (jsonb_typeof("name" -> 'fi') = 'string' AND btrim("name" ->> 'fi') <> '')
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "branches_slug_key" ON "branches" ("slug")`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "home_branch_id" uuid,
        ADD CONSTRAINT "users_home_branch_id_fkey" FOREIGN KEY ("home_branch_id")
          REFERENCES "branches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Leaderboard and statistics group a challenge's participants by it.
    await queryRunner.query(`CREATE INDEX "users_home_branch_id_idx" ON "users" ("home_branch_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "users_home_branch_id_idx"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_home_branch_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "home_branch_id"`);
    await queryRunner.query(`DROP TABLE "branches"`);
  }
}
