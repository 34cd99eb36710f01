import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RateLimitedException } from '@lukuhaaste/api/common';
import { APP_CONFIG, createNetworkMatcher, type AppConfig } from '@lukuhaaste/api/config';
import { createHash } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import type { RateLimitRule } from '../constants/auth-rate-limits.constant';
import { RateLimitCounterEntity } from '../entities/rate-limit-counter.entity';
import type { RateLimitKey, RateLimitTicket } from './rate-limit-key';

/**
 * Counts one attempt unless the key's limit is used up; returns no row then.
 * An expired window restarts at this attempt. The conflicting row is locked
 * either way, so concurrent attempts cannot both take the last one.
 */
const TAKE_ONE = `
  INSERT INTO rate_limit_counters AS counter (key, expires_at, hits) VALUES ($1, $3, 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN counter.expires_at <= $2 THEN 1 ELSE counter.hits + 1 END,
    expires_at = CASE WHEN counter.expires_at <= $2 THEN $3 ELSE counter.expires_at END
  WHERE counter.expires_at <= $2 OR counter.hits < $4
  RETURNING hits`;

/** Keys nobody used again stay behind; each attempt clears a few, so the table stays small without a job. */
const SWEEP_EXPIRED = `
  DELETE FROM rate_limit_counters WHERE key IN (
    SELECT key FROM rate_limit_counters WHERE expires_at < $1 ORDER BY expires_at LIMIT 20 FOR UPDATE SKIP LOCKED)`;

interface CountedKey {
  id: string;
  rule: RateLimitRule;
}

/** Attempt limits per key in windows that open with the key's first attempt. */
@Injectable()
export class RateLimitService {
  private readonly isTrusted: (ip: string) => boolean;

  constructor(
    @InjectRepository(RateLimitCounterEntity) private readonly counters: Repository<RateLimitCounterEntity>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.isTrusted = createNetworkMatcher(config.RATE_LIMIT_TRUSTED_NETWORKS);
  }

  /** Counts one attempt by `subject` in `scope`; RATE_LIMITED (with retry time) once the limit is used up. */
  async consume(scope: string, subject: string, rule: RateLimitRule, now = new Date()): Promise<void> {
    await this.take([{ scope, subject, rule }], now);
  }

  /**
   * Counts one attempt against every key, or against none when any of them is
   * used up (then RATE_LIMITED): a refused attempt never uses up another
   * key, so hammering one key cannot lock the others.
   */
  async take(keys: RateLimitKey[], now = new Date()): Promise<RateLimitTicket> {
    const counted = keys
      .filter((key) => !('clientIp' in key) || !this.isTrusted(key.clientIp))
      .map((key): CountedKey => ({ id: storageKey(key), rule: key.rule }))
      // One lock order in every transaction, so concurrent takes cannot deadlock.
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    if (counted.length === 1) {
      await this.takeEach(this.counters.manager, counted, now);
    } else if (counted.length > 1) {
      await this.counters.manager.transaction((manager) => this.takeEach(manager, counted, now));
    }
    await this.counters.query(SWEEP_EXPIRED, [now]);
    return { keys: counted.map((key) => key.id) };
  }

  /** Returns attempts that turned out not to count, such as a login with the right password. */
  async giveBack(ticket: RateLimitTicket): Promise<void> {
    if (ticket.keys.length === 0) return;
    await this.counters.query(
      `UPDATE rate_limit_counters SET hits = hits - 1 WHERE key = ANY($1::varchar[]) AND hits > 0`,
      [ticket.keys],
    );
  }

  private async takeEach(manager: EntityManager, keys: CountedKey[], now: Date): Promise<void> {
    for (const { id, rule } of keys) {
      const expiresAt = new Date(now.getTime() + rule.windowSeconds * 1000);
      const taken: unknown[] = await manager.query(TAKE_ONE, [id, now, expiresAt, rule.limit]);
      if (taken.length === 0) {
        const [row]: Array<{ expires_at: Date }> = await manager.query(
          `SELECT expires_at FROM rate_limit_counters WHERE key = $1`,
          [id],
        );
        const retryAfterMs = (row?.expires_at.getTime() ?? expiresAt.getTime()) - now.getTime();
        throw new RateLimitedException(Math.max(1, Math.ceil(retryAfterMs / 1000)));
      }
    }
  }
}

/** The subject is stored hashed: the key then fits its column and holds no NUL, whatever was typed. */
function storageKey(key: RateLimitKey): string {
  const subject = 'clientIp' in key ? key.clientIp : key.subject;
  return `${key.scope}:${createHash('sha256').update(subject).digest('hex')}`;
}
