import { BookEntity } from '@lukuhaaste/api/books';
import { CategoryEntity, ChallengeEntity, ParticipationEntity } from '@lukuhaaste/api/challenges';
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
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { BookFormat } from '../enums/book-format.enum';

@Entity('reading_entries')
// One book per category per participant; unplaced entries (NULL) may be many.
@Unique('reading_entries_participation_category_key', ['participationId', 'categoryId'])
@Check('reading_entries_rating_check', '"rating" BETWEEN 1 AND 5')
@Check('reading_entries_review_length_check', 'char_length("review") <= 5000')
// With created_at, categoryReads ranks a category's books from the index alone.
@Index('reading_entries_category_book_created_idx', ['categoryId', 'bookId', 'createdAt'])
export class ReadingEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'reading_entries_pkey' })
  id!: string;

  /** Denormalised so entries can be partitioned and counted per challenge. */
  @Index('reading_entries_challenge_id_idx')
  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'reading_entries_challenge_id_fkey' })
  challenge?: Relation<ChallengeEntity>;

  @Index('reading_entries_participation_id_idx')
  @Column({ name: 'participation_id', type: 'uuid' })
  participationId!: string;

  @ManyToOne(() => ParticipationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participation_id', foreignKeyConstraintName: 'reading_entries_participation_id_fkey' })
  participation?: Relation<ParticipationEntity>;

  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'reading_entries_category_id_fkey' })
  category?: Relation<CategoryEntity> | null;

  @Column({ name: 'book_id', type: 'uuid' })
  bookId!: string;

  @ManyToOne(() => BookEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'book_id', foreignKeyConstraintName: 'reading_entries_book_id_fkey' })
  book?: Relation<BookEntity>;

  @Column({ type: 'enum', enum: BookFormat, enumName: 'book_format', default: BookFormat.PRINT })
  format!: BookFormat;

  @Column({ name: 'finished_on', type: 'date' })
  finishedOn!: string;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'text', nullable: true })
  review!: string | null;

  @Column({ name: 'contains_spoilers', type: 'boolean', default: false })
  containsSpoilers!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
