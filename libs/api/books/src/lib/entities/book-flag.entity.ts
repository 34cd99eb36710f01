import { UserEntity } from '@lukuhaaste/api/accounts';
import { BOOK_FLAG_NOTE_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
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
import { BookFlagReason } from '../enums/book-flag-reason.enum';
import { BookEntity } from './book.entity';

/** A patron's report that a catalogue book's details are wrong; open until a librarian resolves it. */
@Entity('book_flags')
// One open flag per patron and book; resolved ones stay as history.
@Index('book_flags_open_key', ['bookId', 'userId'], { unique: true, where: '"resolved_at" IS NULL' })
@Check('book_flags_note_length_check', `char_length("note") <= ${BOOK_FLAG_NOTE_MAX_LENGTH}`)
export class BookFlagEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'book_flags_pkey' })
  id!: string;

  @Column({ name: 'book_id', type: 'uuid' })
  bookId!: string;

  @ManyToOne(() => BookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'book_id', foreignKeyConstraintName: 'book_flags_book_id_fkey' })
  book?: Relation<BookEntity>;

  @Index('book_flags_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'book_flags_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: BookFlagReason, enumName: 'book_flag_reason' })
  reason!: BookFlagReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id', foreignKeyConstraintName: 'book_flags_resolved_by_id_fkey' })
  resolvedBy?: Relation<UserEntity> | null;
}
