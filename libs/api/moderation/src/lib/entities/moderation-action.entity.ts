import { UserEntity } from '@lukuhaaste/api/accounts';
import { CategorySuggestionEntity, CommentEntity, ThreadEntity } from '@lukuhaaste/api/discussion';
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
import { MODERATION_REASON_MAX_LENGTH } from '../constants/moderation-limits.constant';
import { ModerationActionKind } from '../enums/moderation-action-kind.enum';
import { ReportEntity } from './report.entity';

/**
 * The moderation log. Append-only: a trigger (migration) refuses UPDATE and
 * DELETE, except the referential actions that clear a reference when the
 * user, comment, suggestion, thread or report it names is deleted.
 */
@Entity('moderation_actions')
@Check('moderation_actions_reason_length_check', `char_length("reason") <= ${MODERATION_REASON_MAX_LENGTH}`)
@Check('moderation_actions_auto_hide_check', `"action" <> 'AUTO_HIDE' OR "moderator_id" IS NULL`)
@Index('moderation_actions_created_idx', ['createdAt', 'id'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'moderation_actions_pkey' })
  id!: string;

  /** Null for automatic actions (and once the moderator's account is deleted). */
  @Index('moderation_actions_moderator_id_idx')
  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'moderator_id', foreignKeyConstraintName: 'moderation_actions_moderator_id_fkey' })
  moderator?: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: ModerationActionKind, enumName: 'moderation_action_kind' })
  action!: ModerationActionKind;

  /** Whom the action concerns: the suspended user, or the author of the hidden item. */
  @Index('moderation_actions_target_user_id_idx')
  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_user_id', foreignKeyConstraintName: 'moderation_actions_target_user_id_fkey' })
  targetUser?: Relation<UserEntity> | null;

  @Index('moderation_actions_comment_id_idx')
  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'moderation_actions_comment_id_fkey' })
  comment?: Relation<CommentEntity> | null;

  @Index('moderation_actions_suggestion_id_idx')
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId!: string | null;

  @ManyToOne(() => CategorySuggestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'moderation_actions_suggestion_id_fkey' })
  suggestion?: Relation<CategorySuggestionEntity> | null;

  @Index('moderation_actions_thread_id_idx')
  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'moderation_actions_thread_id_fkey' })
  thread?: Relation<ThreadEntity> | null;

  @Index('moderation_actions_report_id_idx')
  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId!: string | null;

  @ManyToOne(() => ReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'moderation_actions_report_id_fkey' })
  report?: Relation<ReportEntity> | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
