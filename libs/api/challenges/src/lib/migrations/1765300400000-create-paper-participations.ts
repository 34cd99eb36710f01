import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paper returns recorded at the desk: anonymous, one row per returned list.
 * completed_categories stays within 0..the challenge's category count: the
 * lower bound is a CHECK, the upper one a trigger (a CHECK cannot read the
 * challenge). A branch with paper returns cannot be deleted (RESTRICT), so
 * its figures never vanish; a deleted librarian leaves the record unsigned.
 */
export class CreatePaperParticipations1765300400000 implements MigrationInterface {
  name = 'CreatePaperParticipations1765300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "paper_participations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL,
        "branch_id" uuid NOT NULL,
        "completed_categories" integer NOT NULL,
        "recorded_by" uuid,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "paper_participations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "paper_participations_completed_categories_check" CHECK ("completed_categories" >= 0),
        CONSTRAINT "paper_participations_challenge_id_fkey" FOREIGN KEY ("challenge_id")
          REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "paper_participations_branch_id_fkey" FOREIGN KEY ("branch_id")
          REFERENCES "branches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "paper_participations_recorded_by_fkey" FOREIGN KEY ("recorded_by")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`,
    );
    // Statistics read one challenge's rows, optionally of one branch.
    await queryRunner.query(
      `CREATE INDEX "paper_participations_challenge_branch_idx" ON "paper_participations" ("challenge_id", "branch_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "paper_participations_branch_id_idx" ON "paper_participations" ("branch_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "paper_participations_recorded_by_idx" ON "paper_participations" ("recorded_by")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "paper_participations_within_categories"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW."completed_categories" > (SELECT "category_count" FROM "challenges" WHERE "id" = NEW."challenge_id") THEN
            RAISE EXCEPTION 'completed_categories % exceeds the challenge''s category count', NEW."completed_categories"
              USING ERRCODE = 'check_violation', CONSTRAINT = 'paper_participations_completed_categories_max';
          END IF;
          RETURN NEW;
        END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "paper_participations_completed_categories_max"
         BEFORE INSERT OR UPDATE OF "completed_categories", "challenge_id" ON "paper_participations"
         FOR EACH ROW EXECUTE FUNCTION "paper_participations_within_categories"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "paper_participations"`);
    await queryRunner.query(`DROP FUNCTION "paper_participations_within_categories"()`);
  }
}
