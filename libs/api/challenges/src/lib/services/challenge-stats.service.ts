import { Inject, Injectable } from '@nestjs/common';
import { assertValid, checkUuid, ValidationException } from '@lukuhaaste/api/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { SharedCache } from '@lukuhaaste/api/realtime';
import { DataSource } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { ChallengeStatsOutput } from '../dtos/challenge-stats.output';
import { queryChallengeStats } from '../queries/challenge-stats.query';

/**
 * Librarians' statistics of a challenge (drafts included: staff see them).
 * The statement aggregates every entry of the challenge (seconds for two
 * million, see docs/benchmarks.md), so answers are shared through the
 * cache for STATS_CACHE_TTL_SECONDS per challenge and branch; writes do not
 * invalidate them, the figures may lag by that long. Who may ask is checked
 * per request before this service runs (the resolver's roles).
 */
@Injectable()
export class ChallengeStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: SharedCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forChallenge(challengeId: string, branchId: string | null): Promise<ChallengeStatsOutput> {
    assertValid([checkUuid('challengeId', challengeId), branchId === null ? null : checkUuid('branchId', branchId)]);
    const ttl = this.config.STATS_CACHE_TTL_SECONDS;
    if (ttl === 0) return await this.compute(challengeId, branchId);
    const key = `challenge-stats:${challengeId}:${branchId ?? 'all'}`;
    const cached = await this.cache.get<ChallengeStatsOutput>(key);
    if (cached) return cached;
    const stats = await this.compute(challengeId, branchId);
    await this.cache.set(key, stats, ttl);
    return stats;
  }

  /** Not-found and unknown-branch answers are errors, so only real figures reach the cache. */
  private async compute(challengeId: string, branchId: string | null): Promise<ChallengeStatsOutput> {
    const row = await queryChallengeStats(this.dataSource.manager, challengeId, branchId);
    if (!row) throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
    const { branchKnown, paper, ...online } = row;
    if (!branchKnown) throw new ValidationException([{ field: 'branchId', code: 'INVALID_VALUE' }]);
    return { challengeId, branchId, online, paper };
  }
}
