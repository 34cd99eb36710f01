import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads, comments and reactions. Two rules live in triggers because a
 * CHECK cannot see other rows: every category gets its thread when it is
 * inserted (and existing ones now), and a reply's parent is a top-level
 * comment of the same thread.
 */
export class CreateDiscussion1764100100000 implements MigrationInterface {
  name = 'CreateDiscussion1764100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."thread_kind" AS ENUM('CATEGORY', 'GENERAL')`);
    await queryRunner.query(`CREATE TYPE "public"."reaction_kind" AS ENUM('LIKE', 'LOVE', 'LAUGH', 'WOW')`);
    await queryRunner.query(
      `CREATE TABLE "threads" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL,
        "category_id" uuid,
        "kind" "public"."thread_kind" NOT NULL,
        "title" text,
        "author_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "comment_count" integer NOT NULL DEFAULT '0',
        "pinned_at" TIMESTAMP WITH TIME ZONE,
        "locked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "threads_kind_category_check" CHECK (("kind" = 'CATEGORY') = ("category_id" IS NOT NULL)),
        CONSTRAINT "threads_title_check" CHECK ("kind" = 'CATEGORY' OR coalesce(char_length(btrim("title")), 0) BETWEEN 3 AND 120),
        CONSTRAINT "threads_comment_count_check" CHECK ("comment_count" >= 0),
        CONSTRAINT "threads_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "threads_category_id_key" ON "threads" ("category_id")`);
    await queryRunner.query(
      `CREATE INDEX "threads_challenge_activity_idx" ON "threads" ("challenge_id", "last_activity_at")`,
    );
    for (const [column, table, onDelete] of [
      ['challenge_id', 'challenges', 'CASCADE'],
      ['category_id', 'categories', 'CASCADE'],
      ['author_id', 'users', 'SET NULL'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "threads" ADD CONSTRAINT "threads_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "thread_id" uuid NOT NULL,
        "parent_id" uuid,
        "author_id" uuid NOT NULL,
        "body" text NOT NULL,
        "body_html" text NOT NULL,
        "contains_spoilers" boolean NOT NULL DEFAULT false,
        "book_id" uuid,
        "reading_entry_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "edited_at" TIMESTAMP WITH TIME ZONE,
        "deleted_at" TIMESTAMP WITH TIME ZONE,
        "hidden_at" TIMESTAMP WITH TIME ZONE,
        "hidden_by" uuid,
        "hidden_reason" text,
        "hidden_automatically" boolean NOT NULL DEFAULT false,
        CONSTRAINT "comments_body_length_check" CHECK (char_length("body") <= 4000),
        CONSTRAINT "comments_body_present_check" CHECK (btrim("body") <> '' OR "book_id" IS NOT NULL OR "deleted_at" IS NOT NULL),
        CONSTRAINT "comments_parent_check" CHECK ("parent_id" <> "id"),
        CONSTRAINT "comments_hidden_check" CHECK (NOT "hidden_automatically" OR "hidden_at" IS NOT NULL),
        CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "comments_thread_created_idx" ON "comments" ("thread_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "comments_parent_created_idx" ON "comments" ("parent_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "comments_author_id_idx" ON "comments" ("author_id")`);
    for (const [column, table, onDelete] of [
      ['thread_id', 'threads', 'CASCADE'],
      ['parent_id', 'comments', 'CASCADE'],
      ['author_id', 'users', 'CASCADE'],
      ['book_id', 'books', 'SET NULL'],
      ['reading_entry_id', 'reading_entries', 'SET NULL'],
      ['hidden_by', 'users', 'SET NULL'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "comments" ADD CONSTRAINT "comments_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "comment_reactions" (
        "comment_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "kind" "public"."reaction_kind" NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "comment_reactions_pkey" PRIMARY KEY ("comment_id", "user_id", "kind")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "comment_reactions_user_id_idx" ON "comment_reactions" ("user_id")`);
    for (const [column, table] of [
      ['comment_id', 'comments'],
      ['user_id', 'users'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "comment_reactions" ADD CONSTRAINT "comment_reactions_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      `CREATE FUNCTION "discussion_create_category_thread"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO "threads" ("challenge_id", "category_id", "kind") VALUES (NEW."challenge_id", NEW."id", 'CATEGORY');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "categories_create_thread" AFTER INSERT ON "categories"
         FOR EACH ROW EXECUTE FUNCTION "discussion_create_category_thread"()`,
    );
    await queryRunner.query(
      `INSERT INTO "threads" ("challenge_id", "category_id", "kind", "created_at", "last_activity_at")
       SELECT "challenge_id", "id", 'CATEGORY', "created_at", "created_at" FROM "categories"`,
    );

    await queryRunner.query(
      `CREATE FUNCTION "discussion_check_comment_parent"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW."parent_id" IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM "comments" WHERE "id" = NEW."parent_id" AND "thread_id" = NEW."thread_id" AND "parent_id" IS NULL
         ) THEN
           RAISE EXCEPTION 'comment parent % is not a top-level comment of thread %', NEW."parent_id", NEW."thread_id"
             USING ERRCODE = 'check_violation', CONSTRAINT = 'comments_parent_top_level_check';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "comments_parent_top_level" BEFORE INSERT OR UPDATE OF "parent_id", "thread_id" ON "comments"
         FOR EACH ROW EXECUTE FUNCTION "discussion_check_comment_parent"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "categories_create_thread" ON "categories"`);
    await queryRunner.query(`DROP FUNCTION "discussion_create_category_thread"()`);
    await queryRunner.query(`DROP TABLE "comment_reactions"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP FUNCTION "discussion_check_comment_parent"()`);
    await queryRunner.query(`DROP TABLE "threads"`);
    await queryRunner.query(`DROP TYPE "public"."reaction_kind"`);
    await queryRunner.query(`DROP TYPE "public"."thread_kind"`);
  }
}
