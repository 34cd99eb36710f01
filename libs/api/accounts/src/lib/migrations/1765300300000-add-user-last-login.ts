import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.last_login_at for the librarians' "active participants" (logged in
 * within 30 days). Sessions cannot answer it: logging out deletes the row.
 * Every login and registration inserts a session, so a trigger on that insert
 * stamps the user — no extra statement in the login path, and no way to
 * forget it in a new one. Backfilled from the sessions still there.
 */
export class AddUserLastLogin1765300300000 implements MigrationInterface {
  name = 'AddUserLastLogin1765300300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "last_login_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE FUNCTION "stamp_user_last_login"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE "users" SET "last_login_at" = NEW."created_at" WHERE "id" = NEW."user_id";
          RETURN NULL;
        END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "sessions_stamp_last_login" AFTER INSERT ON "sessions"
         FOR EACH ROW EXECUTE FUNCTION "stamp_user_last_login"()`,
    );
    await queryRunner.query(
      `UPDATE "users" AS u SET "last_login_at" = s.latest
         FROM (SELECT "user_id", max("created_at") AS latest FROM "sessions" GROUP BY "user_id") AS s
        WHERE s."user_id" = u."id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "sessions_stamp_last_login" ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION "stamp_user_last_login"()`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_login_at"`);
  }
}
