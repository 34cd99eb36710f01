import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid, checkUuid, isForeignKeyViolation, ValidationException } from '@lukuhaaste/api/common';
import { Repository } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import { PaperParticipationEntity } from '../entities/paper-participation.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';
import { ChallengesService } from './challenges.service';

/** Paper returns recorded at the desk by librarians (anonymous: no patron behind them). */
@Injectable()
export class PaperParticipationService {
  constructor(
    @InjectRepository(PaperParticipationEntity) private readonly papers: Repository<PaperParticipationEntity>,
    private readonly challenges: ChallengesService,
  ) {}

  /**
   * Records one returned list. Published and archived challenges take them
   * (lists come back after the year ends); a draft has no printed list.
   */
  async record(
    recorder: Pick<UserEntity, 'id'>,
    challengeId: string,
    branchId: string,
    completedCategories: number,
  ): Promise<PaperParticipationEntity> {
    assertValid([checkUuid('challengeId', challengeId), checkUuid('branchId', branchId)]);
    const challenge = await this.challenges.findById(challengeId);
    if (!challenge) throw new ChallengesException(ChallengesExceptionCode.CHALLENGE_NOT_FOUND);
    if (challenge.status === ChallengeStatus.DRAFT)
      throw new ChallengesException(ChallengesExceptionCode.NOT_PUBLISHED);
    // Categories change only in drafts, so the count read here still holds at the insert (the trigger checks again).
    if (completedCategories < 0 || completedCategories > challenge.categoryCount) {
      throw new ValidationException([
        { field: 'completedCategories', code: 'OUT_OF_RANGE', params: { min: 0, max: challenge.categoryCount } },
      ]);
    }
    try {
      return await this.papers.save(
        this.papers.create({ challengeId, branchId, completedCategories, recordedBy: recorder.id }),
      );
    } catch (error) {
      if (isForeignKeyViolation(error, 'paper_participations_branch_id_fkey'))
        throw new ValidationException([{ field: 'branchId', code: 'INVALID_VALUE' }]);
      throw error;
    }
  }

  /** Undoes a record made by mistake; answers the removed record. */
  async delete(id: string): Promise<PaperParticipationEntity> {
    assertValid([checkUuid('id', id)]);
    const paper = await this.papers.findOneBy({ id });
    if (!paper) throw new ChallengesException(ChallengesExceptionCode.PAPER_PARTICIPATION_NOT_FOUND);
    await this.papers.delete({ id });
    return paper;
  }
}
