import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Books without an ISBN are matched on their exact search text (logging a
 * new book, importing many): the trigram index answers equality only by
 * rechecking every title sharing the trigrams — seconds for an import of
 * similar titles. A hash index has no key-length limit, unlike a b-tree over
 * titles of up to 500 and authors of up to 2,000 characters.
 */
export class IndexBooksSearchTextEquality1765300100000 implements MigrationInterface {
  name = 'IndexBooksSearchTextEquality1765300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "books_search_text_hash_idx" ON "books" USING hash ("search_text")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "books_search_text_hash_idx"`);
  }
}
