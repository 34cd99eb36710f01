import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared book catalogue; search_text carries a trigram index for accent-insensitive search. */
export class CreateBooks1764029000000 implements MigrationInterface {
  name = 'CreateBooks1764029000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "books" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" character varying(500) NOT NULL,
        "authors" character varying(200) array NOT NULL,
        "isbn13" character(13),
        "published_year" smallint,
        "language" character varying(35),
        "cover_url" character varying(1000),
        "search_text" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "books_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "books_isbn13_key" ON "books" ("isbn13")`);
    await queryRunner.query(
      `CREATE INDEX "books_search_text_trgm_idx" ON "books" USING gin ("search_text" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "books"`);
  }
}
