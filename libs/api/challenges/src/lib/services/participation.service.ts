import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid, checkUuid } from '@lukuhaaste/api/common';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ParticipationEntity } from '../entities/participation.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';
import { recountParticipationProgress } from '../queries/recount-progress.query';
import { requireVisible } from './challenge-access';
import { ChallengesService } from './challenges.service';

@Injectable()
export class ParticipationService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ParticipationEntity) private readonly participations: Repository<ParticipationEntity>,
    private readonly challenges: ChallengesService,
  ) {}

  findForUser(userId: string, challengeId: string): Promise<ParticipationEntity | null> {
    assertValid([checkUuid('challengeId', challengeId)]);
    return this.participations.findOneBy({ userId, challengeId });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ParticipationEntity | null> {
    return manager.findOneBy(ParticipationEntity, { id });
  }

  /** DataLoader batch: participations by id, in any order. */
  findByIds(ids: readonly string[]): Promise<ParticipationEntity[]> {
    return this.participations.findBy({ id: In([...ids]) });
  }

  /** Idempotent: joining twice returns the same participation. */
  async join(user: UserEntity, challengeId: string): Promise<ParticipationEntity> {
    assertValid([checkUuid('challengeId', challengeId)]);
    await this.requireJoinable(challengeId, user);
    return await this.dataSource.transaction((manager) => this.findOrJoin(user.id, challengeId, manager));
  }

  /**
   * Only a PUBLISHED challenge can be joined (or logged to): a draft is
   * NOT_FOUND to patrons, anything else not published is FORBIDDEN.
   */
  async requireJoinable(
    challengeId: string,
    user: Pick<UserEntity, 'role'>,
    manager?: EntityManager,
  ): Promise<ChallengeEntity> {
    const challenge = requireVisible(await this.challenges.findById(challengeId, manager), user);
    if (challenge.status !== ChallengeStatus.PUBLISHED)
      throw new ChallengesException(ChallengesExceptionCode.NOT_PUBLISHED);
    return challenge;
  }

  /**
   * The user's participation, created if missing and locked FOR UPDATE until
   * the caller's transaction ends, so progress updates of one user serialize.
   * Does not check the challenge's status: call requireJoinable first.
   */
  async findOrJoin(userId: string, challengeId: string, manager: EntityManager): Promise<ParticipationEntity> {
    await manager.query(
      `INSERT INTO participations (user_id, challenge_id) VALUES ($1, $2) ON CONFLICT (user_id, challenge_id) DO NOTHING`,
      [userId, challengeId],
    );
    return await manager
      .createQueryBuilder(ParticipationEntity, 'participation')
      .setLock('pessimistic_write')
      .where('participation.userId = :userId AND participation.challengeId = :challengeId', { userId, challengeId })
      .getOneOrFail();
  }

  /**
   * Recomputes progress from the entries in one statement: placed entries
   * count, and completion is stamped once every category is filled (kept
   * when already set, cleared when no longer complete).
   */
  async recountProgress(participationId: string, manager: EntityManager): Promise<ParticipationEntity> {
    await recountParticipationProgress(manager, participationId);
    return await manager.findOneByOrFail(ParticipationEntity, { id: participationId });
  }

  /** DataLoader batch: participant counts per challenge (challenges without participants are absent). */
  async countByChallengeIds(challengeIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ challenge_id: string; count: number }> = await this.dataSource.query(
      `SELECT challenge_id, count(*)::int AS count FROM participations WHERE challenge_id = ANY($1::uuid[]) GROUP BY challenge_id`,
      [[...challengeIds]],
    );
    return new Map(rows.map((row) => [row.challenge_id, row.count]));
  }
}
