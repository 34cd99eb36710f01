import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { RateLimitedException } from '@lukuhaaste/api/common';
import { Repository } from 'typeorm';
import type { RateLimitRule } from '../constants/auth-rate-limits.constant';
import { RateLimitCounterEntity } from '../entities/rate-limit-counter.entity';

/** Counts attempts per key in fixed windows; one atomic upsert per attempt. */
@Injectable()
export class RateLimitService {
  constructor(
    @InjectRepository(RateLimitCounterEntity) private readonly counters: Repository<RateLimitCounterEntity>,
  ) {}

  /**
   * Records one attempt by `subject` (an IP, an email…) in `scope` and throws
   * RATE_LIMITED once the window's limit is passed. The subject is stored
   * hashed: the key then fits its column and holds no NUL, whatever was typed.
   */
  async consume(scope: string, subject: string, rule: RateLimitRule, now = new Date()): Promise<void> {
    const key = `${scope}:${createHash('sha256').update(subject).digest('hex')}`;
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const rows: Array<{ hits: number }> = await this.counters.query(
      `WITH expired AS (DELETE FROM rate_limit_counters WHERE key = $1 AND window_start < $2)
       INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [key, windowStart],
    );
    if ((rows[0]?.hits ?? 0) > rule.limit) {
      const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
      throw new RateLimitedException(retryAfterSeconds);
    }
  }
}
