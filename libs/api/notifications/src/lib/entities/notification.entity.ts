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
import { NotificationKind } from '../enums/notification-kind.enum';
import type { ReportOutcome } from '../enums/report-outcome.enum';

/**
 * An in-app notification. thread_id, comment_id and report_id point into the
 * discussion and moderation tables without foreign keys (this context must
 * not depend on those); a target deleted since resolves to null.
 */
@Entity('notifications')
@Index('notifications_user_created_idx', ['userId', 'createdAt', 'id'])
@Index('notifications_user_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
@Check('notifications_not_to_actor_check', '"actor_id" IS NULL OR "actor_id" <> "user_id"')
@Check(
  'notifications_target_check',
  `CASE "kind" WHEN 'REPORT_OUTCOME' THEN "report_id" IS NOT NULL AND "outcome" IS NOT NULL ELSE "comment_id" IS NOT NULL AND "thread_id" IS NOT NULL END`,
)
@Check('notifications_outcome_check', `"outcome" IN ('RESOLVED', 'DISMISSED')`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notifications_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'notifications_actor_id_fkey' })
  actor?: Relation<UserEntity> | null;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: ReportOutcome | null;

  /** Millisecond precision, so a JavaScript Date in a page cursor is exactly the stored value. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
