import { UserEntity } from '@lukuhaaste/api/accounts';
import { CategorySuggestionEntity, CommentEntity } from '@lukuhaaste/api/discussion';
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
import { REPORT_NOTE_MAX_LENGTH } from '../constants/moderation-limits.constant';
import { ReportReason } from '../enums/report-reason.enum';
import { ReportStatus } from '../enums/report-status.enum';

/** A reader's complaint about one comment or one category suggestion; open until a moderator decides. */
@Entity('reports')
@Check('reports_target_check', 'num_nonnulls("comment_id", "suggestion_id") = 1')
@Check('reports_note_length_check', `char_length("note") <= ${REPORT_NOTE_MAX_LENGTH}`)
@Check('reports_resolution_check', `("status" = 'OPEN') = ("resolved_at" IS NULL)`)
// One open report per reader and item; decided ones stay as history, so the same reader may report again later.
@Index('reports_open_comment_reporter_key', ['commentId', 'reporterId'], {
  unique: true,
  where: `"status" = 'OPEN' AND "comment_id" IS NOT NULL`,
})
@Index('reports_open_suggestion_reporter_key', ['suggestionId', 'reporterId'], {
  unique: true,
  where: `"status" = 'OPEN' AND "suggestion_id" IS NOT NULL`,
})
@Index('reports_open_created_idx', ['createdAt'], { where: `"status" = 'OPEN'` })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'reports_pkey' })
  id!: string;

  @Index('reports_comment_id_idx')
  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'reports_comment_id_fkey' })
  comment?: Relation<CommentEntity> | null;

  @Index('reports_suggestion_id_idx')
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId!: string | null;

  @ManyToOne(() => CategorySuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'reports_suggestion_id_fkey' })
  suggestion?: Relation<CategorySuggestionEntity> | null;

  @Index('reports_reporter_id_idx')
  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'reports_reporter_id_fkey' })
  reporter?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason!: ReportReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status!: ReportStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'reports_resolved_by_fkey' })
  resolvedBy?: Relation<UserEntity> | null;
}
