import type { LocalizedText } from '@lukuhaaste/shared/util-rules';
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
  type Relation,
} from 'typeorm';
import { ChallengeStatus } from '../enums/challenge-status.enum';

@Entity('challenges')
@Check('challenges_period_check', '"ends_on" >= "starts_on"')
@Check('challenges_counts_check', '"category_count" >= 0 AND "participant_count" >= 0')
// Partial unique index (migration): at most one PUBLISHED challenge per year.
@Index('challenges_one_published_per_year', { synchronize: false })
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'challenges_pkey' })
  id!: string;

  @Index('challenges_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description!: LocalizedText | null;

  @Column({ type: 'enum', enum: ChallengeStatus, enumName: 'challenge_status', default: ChallengeStatus.DRAFT })
  status!: ChallengeStatus;

  /** Calendar dates, read as 'YYYY-MM-DD' strings. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'allow_book_reuse', type: 'boolean', default: false })
  allowBookReuse!: boolean;

  /** Patrons may suggest (and vote on) categories for next year's list while this is on. */
  @Column({ name: 'suggestions_open', type: 'boolean', default: false })
  suggestionsOpen!: boolean;

  /** Kept by triggers on categories (migration AddChallengeCounts); never written by the API. */
  @Column({ name: 'category_count', type: 'integer', default: 0, insert: false, update: false })
  categoryCount!: number;

  /** Kept by triggers on participations, like categoryCount. */
  @Column({ name: 'participant_count', type: 'integer', default: 0, insert: false, update: false })
  participantCount!: number;

  /**
   * Changes with every change of the row or its categories (triggers, migration
   * AddChallengeVersion); never written by the API. Read as a string (bigint).
   */
  @Column({ type: 'bigint', default: 0, insert: false, update: false })
  version!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'challenges_created_by_fkey' })
  createdBy?: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
