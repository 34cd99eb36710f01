import { BranchEntity, UserEntity } from '@lukuhaaste/api/accounts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ChallengeEntity } from './challenge.entity';

/**
 * A printed list returned at a library desk: anonymous, only how many
 * categories the reader filled. The upper bound (the challenge's category
 * count) is kept by a trigger, see the migration.
 */
@Entity('paper_participations')
@Index('paper_participations_challenge_branch_idx', ['challengeId', 'branchId'])
@Check('paper_participations_completed_categories_check', '"completed_categories" >= 0')
export class PaperParticipationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'paper_participations_pkey' })
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'paper_participations_challenge_id_fkey' })
  challenge?: Relation<ChallengeEntity>;

  @Index('paper_participations_branch_id_idx')
  @Column({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  @ManyToOne(() => BranchEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'paper_participations_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

  @Column({ name: 'completed_categories', type: 'integer' })
  completedCategories!: number;

  /** The librarian who recorded it; null once their account is gone. */
  @Index('paper_participations_recorded_by_idx')
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'paper_participations_recorded_by_fkey' })
  recorder?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
