import { UserEntity } from '@lukuhaaste/api/accounts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ChallengeEntity } from './challenge.entity';

@Entity('participations')
@Unique('participations_user_challenge_key', ['userId', 'challengeId'])
@Check('participations_completed_count_check', '"completed_count" >= 0')
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'participations_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'participations_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Index('participations_challenge_id_idx')
  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'participations_challenge_id_fkey' })
  challenge?: Relation<ChallengeEntity>;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  /** Placed entries; updated in the same transaction as the entries themselves. */
  @Column({ name: 'completed_count', type: 'integer', default: 0 })
  completedCount!: number;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** The patron opted in to a public progress page for this challenge (off by default). */
  @Column({ name: 'shares_progress', type: 'boolean', default: false })
  sharesProgress!: boolean;
}
