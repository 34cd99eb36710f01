import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UserEntity } from '@lukuhaaste/api/accounts';
import { assertValid, checkUuid, orNotFound } from '@lukuhaaste/api/common';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { ChallengesException, ChallengesExceptionCode } from '../challenges.exception';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ParticipationEntity } from '../entities/participation.entity';
import { ChallengeStatus } from '../enums/challenge-status.enum';
import { PARTICIPATION_COLUMNS } from '../queries/entity-columns.query';
import { setParticipationProgress } from '../queries/set-participation-progress.query';
import { requireVisible } from './challenge-access';
import { ChallengesService } from './challenges.service';

@Injectable()
export class ParticipationService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ParticipationEntity) private readonly participations: Repository<ParticipationEntity>,
    private readonly challenges: ChallengesService,
  ) {}

  async findForUser(userId: string, challengeId: string): Promise<ParticipationEntity | null> {
    assertValid([checkUuid('challengeId', challengeId)]);
    const rows: ParticipationEntity[] = await this.dataSource.query(
      `SELECT ${PARTICIPATION_COLUMNS} FROM participations WHERE user_id = $1 AND challenge_id = $2`,
      [userId, challengeId],
    );
    return rows[0] ?? null;
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
    return orNotFound(await this.lockWhere(manager, { userId, challengeId }), 'Participation');
  }

  /**
   * Locks the participation FOR UPDATE until the caller's transaction ends
   * (the lock every progress change takes); null when it does not exist.
   */
  lockById(id: string, manager: EntityManager): Promise<ParticipationEntity | null> {
    return this.lockWhere(manager, { id });
  }

  /**
   * Stores the progress the reading context counted (see
   * setParticipationProgress); call it in the transaction that holds the
   * participation's lock. Returns the updated participation.
   */
  async setProgress(participationId: string, filled: number, manager: EntityManager): Promise<ParticipationEntity> {
    await setParticipationProgress(manager, participationId, filled);
    return await manager.findOneByOrFail(ParticipationEntity, { id: participationId });
  }

  private lockWhere(
    manager: EntityManager,
    where: Pick<ParticipationEntity, 'id'> | Pick<ParticipationEntity, 'userId' | 'challengeId'>,
  ): Promise<ParticipationEntity | null> {
    return manager
      .createQueryBuilder(ParticipationEntity, 'participation')
      .setLock('pessimistic_write')
      .where(where)
      .getOne();
  }
}
