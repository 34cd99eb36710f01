import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Transition table per categories trigger, as the bump function reads it. */
const CATEGORY_CHANGES = [
  { event: 'INSERT', referencing: 'NEW TABLE AS changed_rows' },
  { event: 'UPDATE', referencing: 'NEW TABLE AS changed_rows' },
  { event: 'DELETE', referencing: 'OLD TABLE AS changed_rows' },
] as const;

/**
 * challenges.version changes whenever anything the challenge page shows
 * changes: any update of the challenge row (texts, status, dates, the
 * counters the participation and category triggers keep) and any statement
 * that inserts, updates or deletes its categories. The public challenge
 * cache compares it to tell whether an answer it keeps is still current,
 * so every writer (the API, the seed, psql) keeps it right by itself.
 */
export class AddChallengeVersion1765500400000 implements MigrationInterface {
  name = 'AddChallengeVersion1765500400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenges" ADD "version" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE FUNCTION "challenges_next_version"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW."version" := OLD."version" + 1;
          RETURN NEW;
        END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "challenges_version" BEFORE UPDATE ON "challenges"
         FOR EACH ROW EXECUTE FUNCTION "challenges_next_version"()`,
    );
    // One UPDATE per statement, however many categories it touched; the row trigger above does the counting.
    await queryRunner.query(
      `CREATE FUNCTION "categories_bump_challenge_version"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE "challenges" SET "version" = "version" + 1
           WHERE "id" IN (SELECT DISTINCT "challenge_id" FROM changed_rows);
          RETURN NULL;
        END $$`,
    );
    for (const { event, referencing } of CATEGORY_CHANGES) {
      await queryRunner.query(
        `CREATE TRIGGER "categories_version_${event.toLowerCase()}" AFTER ${event} ON "categories"
           REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION "categories_bump_challenge_version"()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { event } of CATEGORY_CHANGES)
      await queryRunner.query(`DROP TRIGGER "categories_version_${event.toLowerCase()}" ON "categories"`);
    await queryRunner.query(`DROP FUNCTION "categories_bump_challenge_version"()`);
    await queryRunner.query(`DROP TRIGGER "challenges_version" ON "challenges"`);
    await queryRunner.query(`DROP FUNCTION "challenges_next_version"()`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP COLUMN "version"`);
  }
}
