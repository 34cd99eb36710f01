import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications: replies, mentions and report outcomes, newest first per user. */
export class CreateNotifications1764100300000 implements MigrationInterface {
  name = 'CreateNotifications1764100300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('REPLY', 'MENTION', 'REPORT_OUTCOME')`);
    await queryRunner.query(
      `CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" "public"."notification_kind" NOT NULL,
        "actor_id" uuid,
        "thread_id" uuid,
        "comment_id" uuid,
        "report_id" uuid,
        "outcome" text,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notifications_not_to_actor_check" CHECK ("actor_id" IS NULL OR "actor_id" <> "user_id"),
        CONSTRAINT "notifications_target_check" CHECK (CASE "kind" WHEN 'REPORT_OUTCOME' THEN "report_id" IS NOT NULL AND "outcome" IS NOT NULL ELSE "comment_id" IS NOT NULL AND "thread_id" IS NOT NULL END),
        CONSTRAINT "notifications_outcome_check" CHECK ("outcome" IN ('RESOLVED', 'DISMISSED')),
        CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_created_idx" ON "notifications" ("user_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_unread_idx" ON "notifications" ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
