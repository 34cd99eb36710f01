import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per key whose window starts at its first attempt, instead of
 * windows aligned to the clock (which let a burst straddle two windows and
 * left a row behind per key and window). The counters are transient, so the
 * table is rebuilt rather than converted: an upgrade resets open windows.
 */
export class RateLimitWindowsPerKey1764041200000 implements MigrationInterface {
  name = 'RateLimitWindowsPerKey1764041200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counters" (
        "key" character varying(300) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "hits" integer NOT NULL,
        CONSTRAINT "rate_limit_counters_hits_check" CHECK ("hits" >= 0),
        CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "rate_limit_counters_expires_at_idx" ON "rate_limit_counters" ("expires_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counters" (
        "key" character varying(300) NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "hits" integer NOT NULL,
        CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key", "window_start")
      )`,
    );
  }
}
