import type { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTED = [
  { table: 'categories', counter: 'category_count' },
  { table: 'participations', counter: 'participant_count' },
] as const;

/** Keeps challenges.<counter> equal to the number of rows of `table` per challenge_id. */
function counterStatements({ table, counter }: (typeof COUNTED)[number]): string[] {
  const fn = `${table}_count_per_challenge`;
  return [
    `CREATE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE "challenges" AS ch SET "${counter}" = ch."${counter}" + came.n
            FROM (SELECT "challenge_id", count(*)::int AS n FROM new_rows GROUP BY "challenge_id") AS came
           WHERE ch."id" = came."challenge_id";
        ELSE
          UPDATE "challenges" AS ch SET "${counter}" = ch."${counter}" - gone.n
            FROM (SELECT "challenge_id", count(*)::int AS n FROM old_rows GROUP BY "challenge_id") AS gone
           WHERE ch."id" = gone."challenge_id";
        END IF;
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER "${table}_count_insert" AFTER INSERT ON "${table}"
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
    `CREATE TRIGGER "${table}_count_delete" AFTER DELETE ON "${table}"
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
    // A row never moves to another challenge, so the counters need no UPDATE trigger.
    `CREATE TRIGGER "${table}_challenge_fixed" BEFORE UPDATE OF "challenge_id" ON "${table}"
       FOR EACH ROW WHEN (OLD."challenge_id" IS DISTINCT FROM NEW."challenge_id")
       EXECUTE FUNCTION "refuse_challenge_change"()`,
    `UPDATE "challenges" AS ch SET "${counter}" = (SELECT count(*) FROM "${table}" AS t WHERE t."challenge_id" = ch."id")`,
  ];
}

/**
 * Category and participant counts stored on the challenge and kept exact by
 * statement-level triggers (one UPDATE per statement, however many rows),
 * so the challenge page reads them with the challenge instead of counting
 * 100,000 participations per view. Joining now briefly locks the challenge
 * row; categories change only in drafts, which nobody can join.
 */
export class AddChallengeCounts1765200000000 implements MigrationInterface {
  name = 'AddChallengeCounts1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "challenges"
         ADD "category_count" integer NOT NULL DEFAULT 0,
         ADD "participant_count" integer NOT NULL DEFAULT 0,
         ADD CONSTRAINT "challenges_counts_check" CHECK ("category_count" >= 0 AND "participant_count" >= 0)`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "refuse_challenge_change"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'a row of % cannot move to another challenge', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
        END $$`,
    );
    for (const statement of COUNTED.flatMap(counterStatements)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of COUNTED) {
      for (const trigger of ['count_insert', 'count_delete', 'challenge_fixed'])
        await queryRunner.query(`DROP TRIGGER "${table}_${trigger}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION "${table}_count_per_challenge"()`);
    }
    await queryRunner.query(`DROP FUNCTION "refuse_challenge_change"()`);
    await queryRunner.query(
      `ALTER TABLE "challenges" DROP CONSTRAINT "challenges_counts_check", DROP COLUMN "category_count", DROP COLUMN "participant_count"`,
    );
  }
}
