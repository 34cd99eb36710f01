import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Yearly challenges, their ordered categories and who joined them. */
export class CreateChallenges1764029100000 implements MigrationInterface {
  name = 'CreateChallenges1764029100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."challenge_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await queryRunner.query(
      `CREATE TABLE "challenges" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" character varying(100) NOT NULL,
        "year" smallint NOT NULL,
        "title" jsonb NOT NULL,
        "description" jsonb,
        "status" "public"."challenge_status" NOT NULL DEFAULT 'DRAFT',
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "allow_book_reuse" boolean NOT NULL DEFAULT false,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "challenges_period_check" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "challenges_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "challenges_slug_key" ON "challenges" ("slug")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenges_one_published_per_year" ON "challenges" ("year") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "challenges_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "categories" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL,
        "position" smallint NOT NULL,
        "title" jsonb NOT NULL,
        "description" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "categories_challenge_position_key" UNIQUE ("challenge_id", "position") DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT "categories_position_check" CHECK ("position" >= 1),
        CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" ADD CONSTRAINT "categories_challenge_id_fkey" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "participations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "challenge_id" uuid NOT NULL,
        "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "completed_count" integer NOT NULL DEFAULT '0',
        "completed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "participations_user_challenge_key" UNIQUE ("user_id", "challenge_id"),
        CONSTRAINT "participations_completed_count_check" CHECK ("completed_count" >= 0),
        CONSTRAINT "participations_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "participations_challenge_id_idx" ON "participations" ("challenge_id")`);
    await queryRunner.query(
      `ALTER TABLE "participations" ADD CONSTRAINT "participations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" ADD CONSTRAINT "participations_challenge_id_fkey" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "participations"`);
    await queryRunner.query(`DROP TABLE "categories"`);
    await queryRunner.query(`DROP TABLE "challenges"`);
    await queryRunner.query(`DROP TYPE "public"."challenge_status"`);
  }
}
