import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patrons' flags on catalogue books, and the books invariants the input
 * checks already enforce (so a bug in a check cannot store a bad row).
 */
export class CreateBookFlags1764040600000 implements MigrationInterface {
  name = 'CreateBookFlags1764040600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "books"
         ADD CONSTRAINT "books_authors_count_check" CHECK (cardinality("authors") BETWEEN 1 AND 10),
         ADD CONSTRAINT "books_isbn13_check" CHECK ("isbn13" ~ '^[0-9]{13}$'),
         ADD CONSTRAINT "books_published_year_check" CHECK ("published_year" >= 0)`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."book_flag_reason" AS ENUM('WRONG_TITLE', 'WRONG_AUTHOR', 'WRONG_ISBN', 'DUPLICATE', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "book_flags" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "book_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "reason" "public"."book_flag_reason" NOT NULL,
        "note" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "resolved_at" TIMESTAMP WITH TIME ZONE,
        "resolved_by_id" uuid,
        CONSTRAINT "book_flags_note_length_check" CHECK (char_length("note") <= 1000),
        CONSTRAINT "book_flags_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "book_flags_open_key" ON "book_flags" ("book_id", "user_id") WHERE "resolved_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "book_flags_user_id_idx" ON "book_flags" ("user_id")`);
    for (const [column, table, onDelete] of [
      ['book_id', 'books', 'CASCADE'],
      ['user_id', 'users', 'CASCADE'],
      ['resolved_by_id', 'users', 'SET NULL'],
    ] as const) {
      await queryRunner.query(
        `ALTER TABLE "book_flags" ADD CONSTRAINT "book_flags_${column}_fkey" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "book_flags"`);
    await queryRunner.query(`DROP TYPE "public"."book_flag_reason"`);
    await queryRunner.query(
      `ALTER TABLE "books" DROP CONSTRAINT "books_authors_count_check", DROP CONSTRAINT "books_isbn13_check", DROP CONSTRAINT "books_published_year_check"`,
    );
  }
}
