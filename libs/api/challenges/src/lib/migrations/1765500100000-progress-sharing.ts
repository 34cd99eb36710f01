import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opt-in public progress pages (issue #10, "Share card"). A participation
 * shares only when its patron turned it on; the public address carries a
 * random per-patron slug (never the user id or email) that exists only while
 * at least one of the patron's participations shares, so revoking the last
 * one kills every old link and enabling again draws a new slug.
 */
export class ProgressSharing1765500100000 implements MigrationInterface {
  name = 'ProgressSharing1765500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participations" ADD "shares_progress" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "progress_share_slugs" (
        "user_id" uuid NOT NULL,
        "slug" character varying(32) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "progress_share_slugs_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "progress_share_slugs_slug_key" UNIQUE ("slug"),
        CONSTRAINT "progress_share_slugs_slug_check" CHECK ("slug" ~ '^[A-Za-z0-9_-]{16,32}$'),
        CONSTRAINT "progress_share_slugs_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "progress_share_slugs"`);
    await queryRunner.query(`ALTER TABLE "participations" DROP COLUMN "shares_progress"`);
  }
}
