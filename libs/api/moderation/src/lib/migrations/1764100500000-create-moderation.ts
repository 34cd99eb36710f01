import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports on comments and suggestions, and the append-only moderation log.
 * The log's trigger refuses UPDATE and DELETE: a table owner cannot revoke
 * its own privileges, so a trigger is what makes the log tamper-evident for
 * the application's role. Referential actions (a deleted user, comment,
 * thread or report clears its reference) run one trigger level deeper and
 * pass, so deleting an account is not blocked by the log.
 */
export class CreateModeration1764100500000 implements MigrationInterface {
  name = 'CreateModeration1764100500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."report_reason" AS ENUM('SPAM', 'OFFENSIVE', 'SPOILER', 'OFF_TOPIC', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'RESOLVED', 'DISMISSED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."moderation_action_kind" AS ENUM('HIDE', 'RESTORE', 'LOCK', 'UNLOCK', 'PIN', 'UNPIN', 'SUSPEND', 'UNSUSPEND', 'RESOLVE', 'DISMISS', 'AUTO_HIDE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "comment_id" uuid,
        "suggestion_id" uuid,
        "reporter_id" uuid NOT NULL,
        "reason" "public"."report_reason" NOT NULL,
        "note" text,
        "status" "public"."report_status" NOT NULL DEFAULT 'OPEN',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "resolved_at" TIMESTAMP WITH TIME ZONE,
        "resolved_by" uuid,
        CONSTRAINT "reports_target_check" CHECK (num_nonnulls("comment_id", "suggestion_id") = 1),
        CONSTRAINT "reports_note_length_check" CHECK (char_length("note") <= 500),
        CONSTRAINT "reports_resolution_check" CHECK (("status" = 'OPEN') = ("resolved_at" IS NULL)),
        CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reports_open_comment_reporter_key" ON "reports" ("comment_id", "reporter_id")
        WHERE "status" = 'OPEN' AND "comment_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reports_open_suggestion_reporter_key" ON "reports" ("suggestion_id", "reporter_id")
        WHERE "status" = 'OPEN' AND "suggestion_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "reports_open_created_idx" ON "reports" ("created_at") WHERE "status" = 'OPEN'`,
    );
    for (const column of ['comment_id', 'suggestion_id', 'reporter_id']) {
      await queryRunner.query(`CREATE INDEX "reports_${column}_idx" ON "reports" ("${column}")`);
    }
    for (const [column, table, onDelete] of [
      ['comment_id', 'comments', 'CASCADE'],
      ['reporter_id', 'users', 'CASCADE'],
      ['resolved_by', 'users', 'SET NULL'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "reports" ADD CONSTRAINT "reports_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "moderation_actions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "moderator_id" uuid,
        "action" "public"."moderation_action_kind" NOT NULL,
        "target_user_id" uuid,
        "comment_id" uuid,
        "suggestion_id" uuid,
        "thread_id" uuid,
        "report_id" uuid,
        "reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "moderation_actions_reason_length_check" CHECK (char_length("reason") <= 500),
        CONSTRAINT "moderation_actions_auto_hide_check" CHECK ("action" <> 'AUTO_HIDE' OR "moderator_id" IS NULL),
        CONSTRAINT "moderation_actions_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_actions_created_idx" ON "moderation_actions" ("created_at", "id")`,
    );
    for (const [column, table] of [
      ['moderator_id', 'users'],
      ['target_user_id', 'users'],
      ['comment_id', 'comments'],
      ['suggestion_id', null],
      ['thread_id', 'threads'],
      ['report_id', 'reports'],
    ] as const) {
      await queryRunner.query(`CREATE INDEX "moderation_actions_${column}_idx" ON "moderation_actions" ("${column}")`);
      if (table) {
        await queryRunner.query(
          `ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
        );
      }
    }
    await queryRunner.query(
      `CREATE FUNCTION "moderation_actions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         -- Depth 1 is a statement on this table; referential actions arrive from the referenced table's trigger.
         IF pg_trigger_depth() > 1 THEN
           RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
         END IF;
         RAISE EXCEPTION 'moderation_actions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "moderation_actions_append_only" BEFORE UPDATE OR DELETE ON "moderation_actions"
        FOR EACH ROW EXECUTE FUNCTION "moderation_actions_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "moderation_actions_no_truncate" BEFORE TRUNCATE ON "moderation_actions"
        FOR EACH STATEMENT EXECUTE FUNCTION "moderation_actions_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "moderation_actions"`);
    await queryRunner.query(`DROP FUNCTION "moderation_actions_append_only"()`);
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_action_kind"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_reason"`);
  }
}
