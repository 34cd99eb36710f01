import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Books logged by participants, optionally placed in a category. */
export class CreateReadingEntries1764029200000 implements MigrationInterface {
  name = 'CreateReadingEntries1764029200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."book_format" AS ENUM('PRINT', 'EBOOK', 'AUDIOBOOK')`);
    await queryRunner.query(
      `CREATE TABLE "reading_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL,
        "participation_id" uuid NOT NULL,
        "category_id" uuid,
        "book_id" uuid NOT NULL,
        "format" "public"."book_format" NOT NULL DEFAULT 'PRINT',
        "finished_on" date NOT NULL,
        "rating" smallint,
        "review" text,
        "contains_spoilers" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "reading_entries_participation_category_key" UNIQUE ("participation_id", "category_id"),
        CONSTRAINT "reading_entries_review_length_check" CHECK (char_length("review") <= 5000),
        CONSTRAINT "reading_entries_rating_check" CHECK ("rating" BETWEEN 1 AND 5),
        CONSTRAINT "reading_entries_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "reading_entries_challenge_id_idx" ON "reading_entries" ("challenge_id")`);
    await queryRunner.query(
      `CREATE INDEX "reading_entries_participation_id_idx" ON "reading_entries" ("participation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "reading_entries_category_book_idx" ON "reading_entries" ("category_id", "book_id")`,
    );
    for (const [column, table, onDelete] of [
      ['challenge_id', 'challenges', 'CASCADE'],
      ['participation_id', 'participations', 'CASCADE'],
      ['category_id', 'categories', 'SET NULL'],
      ['book_id', 'books', 'RESTRICT'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "reading_entries" ADD CONSTRAINT "reading_entries_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reading_entries"`);
    await queryRunner.query(`DROP TYPE "public"."book_format"`);
  }
}
