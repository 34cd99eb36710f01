import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Category suggestions and their votes. `vote_count` is kept by a trigger on
 * suggestion_votes, so it stays exact whatever removes a vote: an unvote, a
 * merge moving votes, or a voter deleting their account (cascade).
 */
export class CreateCategorySuggestions1764100160000 implements MigrationInterface {
  name = 'CreateCategorySuggestions1764100160000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."suggestion_status" AS ENUM('OPEN', 'MERGED', 'ADOPTED')`);
    await queryRunner.query(
      `CREATE TABLE "category_suggestions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL,
        "author_id" uuid,
        "text" text NOT NULL,
        "vote_count" integer NOT NULL DEFAULT '0',
        "status" "public"."suggestion_status" NOT NULL DEFAULT 'OPEN',
        "merged_into_id" uuid,
        "adopted_category_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "hidden_at" TIMESTAMP WITH TIME ZONE,
        "hidden_by" uuid,
        "hidden_reason" text,
        "hidden_automatically" boolean NOT NULL DEFAULT false,
        CONSTRAINT "category_suggestions_text_length_check" CHECK (char_length("text") BETWEEN 5 AND 300),
        CONSTRAINT "category_suggestions_vote_count_check" CHECK ("vote_count" >= 0),
        CONSTRAINT "category_suggestions_merged_check" CHECK (("status" = 'MERGED') = ("merged_into_id" IS NOT NULL) AND "merged_into_id" <> "id"),
        CONSTRAINT "category_suggestions_adopted_check" CHECK ("status" = 'ADOPTED' OR "adopted_category_id" IS NULL),
        CONSTRAINT "category_suggestions_hidden_check" CHECK (NOT "hidden_automatically" OR "hidden_at" IS NOT NULL),
        CONSTRAINT "category_suggestions_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "category_suggestions_challenge_votes_idx" ON "category_suggestions" ("challenge_id", "vote_count", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "category_suggestions_challenge_created_idx" ON "category_suggestions" ("challenge_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "category_suggestions_author_id_idx" ON "category_suggestions" ("author_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "category_suggestions_merged_into_id_idx" ON "category_suggestions" ("merged_into_id")`,
    );
    for (const [column, table, onDelete] of [
      ['challenge_id', 'challenges', 'CASCADE'],
      ['author_id', 'users', 'SET NULL'],
      ['merged_into_id', 'category_suggestions', 'CASCADE'],
      ['adopted_category_id', 'categories', 'SET NULL'],
      ['hidden_by', 'users', 'SET NULL'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "category_suggestions" ADD CONSTRAINT "category_suggestions_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "suggestion_votes" (
        "suggestion_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "suggestion_votes_pkey" PRIMARY KEY ("suggestion_id", "user_id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "suggestion_votes_user_id_idx" ON "suggestion_votes" ("user_id")`);
    for (const [column, table] of [
      ['suggestion_id', 'category_suggestions'],
      ['user_id', 'users'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "suggestion_votes" ADD CONSTRAINT "suggestion_votes_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
    // The UPDATE locks the suggestion row, so concurrent votes on one suggestion count one after another.
    await queryRunner.query(
      `CREATE FUNCTION "suggestion_votes_count"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           UPDATE category_suggestions SET vote_count = vote_count + 1 WHERE id = NEW.suggestion_id;
         ELSE
           UPDATE category_suggestions SET vote_count = vote_count - 1 WHERE id = OLD.suggestion_id;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "suggestion_votes_count" AFTER INSERT OR DELETE ON "suggestion_votes"
       FOR EACH ROW EXECUTE FUNCTION "suggestion_votes_count"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "suggestion_votes"`);
    await queryRunner.query(`DROP FUNCTION "suggestion_votes_count"()`);
    await queryRunner.query(`DROP TABLE "category_suggestions"`);
    await queryRunner.query(`DROP TYPE "public"."suggestion_status"`);
  }
}
