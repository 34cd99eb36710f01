import { UserEntity } from '@lukuhaaste/api/accounts';
import { BookEntity } from '@lukuhaaste/api/books';
import { ReadingEntryEntity } from '@lukuhaaste/api/reading';
import { COMMENT_BODY_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
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
import { ThreadEntity } from './thread.entity';

/**
 * A comment or (with `parentId`) a reply to a top-level comment of the same
 * thread; the migration's trigger enforces that shape. Deleting is soft: the
 * row stays so its replies keep their place, its text is cleared.
 */
@Entity('comments')
@Check('comments_body_length_check', `char_length("body") <= ${COMMENT_BODY_MAX_LENGTH}`)
// Empty only when it shares a book (a reading entry without a review) or was deleted.
@Check('comments_body_present_check', `btrim("body") <> '' OR "book_id" IS NOT NULL OR "deleted_at" IS NOT NULL`)
@Check('comments_parent_check', `"parent_id" <> "id"`)
@Check('comments_hidden_check', `NOT "hidden_automatically" OR "hidden_at" IS NOT NULL`)
@Index('comments_thread_created_idx', ['threadId', 'createdAt', 'id'])
// A page of top-level comments and their count.
@Index('comments_thread_top_created_idx', ['threadId', 'createdAt', 'id'], { where: '"parent_id" IS NULL' })
@Index('comments_parent_created_idx', ['parentId', 'createdAt'])
@Index('comments_author_id_idx', ['authorId'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'comments_pkey' })
  id!: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'comments_thread_id_fkey' })
  thread?: Relation<ThreadEntity>;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'comments_parent_id_fkey' })
  parent?: Relation<CommentEntity> | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comments_author_id_fkey' })
  author?: Relation<UserEntity>;

  /** Markdown source as typed. */
  @Column({ type: 'text' })
  body!: string;

  /** `body` rendered and sanitized on the server; what clients display. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ name: 'contains_spoilers', type: 'boolean', default: false })
  containsSpoilers!: boolean;

  @Column({ name: 'book_id', type: 'uuid', nullable: true })
  bookId!: string | null;

  @ManyToOne(() => BookEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'book_id', foreignKeyConstraintName: 'comments_book_id_fkey' })
  book?: Relation<BookEntity> | null;

  /** The shared reading entry (its rating shows with the comment); null when not shared or removed since. */
  @Column({ name: 'reading_entry_id', type: 'uuid', nullable: true })
  readingEntryId!: string | null;

  @ManyToOne(() => ReadingEntryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reading_entry_id', foreignKeyConstraintName: 'comments_reading_entry_id_fkey' })
  readingEntry?: Relation<ReadingEntryEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by', foreignKeyConstraintName: 'comments_hidden_by_fkey' })
  hiddenBy?: Relation<UserEntity> | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Column({ name: 'hidden_automatically', type: 'boolean', default: false })
  hiddenAutomatically!: boolean;
}
