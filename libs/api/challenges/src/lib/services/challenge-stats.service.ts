import { Injectable } from '@nestjs/common';
import { assertValid, checkUuid, ValidationException } from '@lukuhaaste/api/common';
import { DataSource } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { ChallengeStatsOutput } from '../dtos/challenge-stats.output';
import { queryChallengeStats } from '../queries/challenge-stats.query';

/** Librarians' statistics of a challenge (drafts included: staff see them). */
@Injectable()
export class ChallengeStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async forChallenge(challengeId: string, branchId: string | null): Promise<ChallengeStatsOutput> {
    assertValid([checkUuid('challengeId', challengeId), branchId === null ? null : checkUuid('branchId', branchId)]);
    const row = await queryChallengeStats(this.dataSource.manager, challengeId, branchId);
    if (!row) throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
    const { branchKnown, paper, ...online } = row;
    if (!branchKnown) throw new ValidationException([{ field: 'branchId', code: 'INVALID_VALUE' }]);
    return { challengeId, branchId, online, paper };
  }
}
