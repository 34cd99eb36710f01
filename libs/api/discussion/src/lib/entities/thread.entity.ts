import { UserEntity } from '@lukuhaaste/api/accounts';
import { CategoryEntity, ChallengeEntity } from '@lukuhaaste/api/challenges';
import { THREAD_TITLE_MAX_LENGTH, THREAD_TITLE_MIN_LENGTH } from '@lukuhaaste/shared/util-rules';
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
import { ThreadKind } from '../enums/thread-kind.enum';

/**
 * A conversation in a challenge. Category threads are inserted by a trigger
 * on `categories` (migration), so every way a category comes to exist gets
 * one without the challenges context knowing about discussion.
 */
@Entity('threads')
@Check('threads_kind_category_check', `("kind" = 'CATEGORY') = ("category_id" IS NOT NULL)`)
@Check(
  'threads_title_check',
  `"kind" = 'CATEGORY' OR coalesce(char_length(btrim("title")), 0) BETWEEN ${THREAD_TITLE_MIN_LENGTH} AND ${THREAD_TITLE_MAX_LENGTH}`,
)
@Check('threads_comment_count_check', '"comment_count" >= 0')
@Index('threads_challenge_activity_idx', ['challengeId', 'lastActivityAt'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'threads_pkey' })
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'threads_challenge_id_fkey' })
  challenge?: Relation<ChallengeEntity>;

  @Index('threads_category_id_key', { unique: true })
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'threads_category_id_fkey' })
  category?: Relation<CategoryEntity> | null;

  @Column({ type: 'enum', enum: ThreadKind, enumName: 'thread_kind' })
  kind!: ThreadKind;

  /** GENERAL threads only; a category thread is titled by its category. */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'threads_author_id_fkey' })
  author?: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /** Comments not deleted by their author (hidden ones count: they still show as a placeholder). */
  @Column({ name: 'comment_count', type: 'integer', default: 0 })
  commentCount!: number;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;
}
