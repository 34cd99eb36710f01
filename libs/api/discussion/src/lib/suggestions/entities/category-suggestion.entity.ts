import { UserEntity } from '@lukuhaaste/api/accounts';
import { CategoryEntity, ChallengeEntity } from '@lukuhaaste/api/challenges';
import { SUGGESTION_TEXT_MAX_LENGTH, SUGGESTION_TEXT_MIN_LENGTH } from '@lukuhaaste/shared/util-rules';
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
import { SuggestionStatus } from '../enums/suggestion-status.enum';

/**
 * A reader's idea for a category of next year's challenge. `voteCount` is
 * recounted from suggestion_votes under this row's lock on every change.
 * The author may delete their account; the idea and its votes stay (author null).
 */
@Entity('category_suggestions')
@Check(
  'category_suggestions_text_length_check',
  `char_length("text") BETWEEN ${SUGGESTION_TEXT_MIN_LENGTH} AND ${SUGGESTION_TEXT_MAX_LENGTH}`,
)
@Check('category_suggestions_vote_count_check', '"vote_count" >= 0')
@Check(
  'category_suggestions_merged_check',
  `("status" = 'MERGED') = ("merged_into_id" IS NOT NULL) AND "merged_into_id" <> "id"`,
)
@Check('category_suggestions_adopted_check', `"status" = 'ADOPTED' OR "adopted_category_id" IS NULL`)
@Check('category_suggestions_hidden_check', `NOT "hidden_automatically" OR "hidden_at" IS NOT NULL`)
@Index('category_suggestions_challenge_votes_idx', ['challengeId', 'voteCount', 'createdAt'])
@Index('category_suggestions_challenge_created_idx', ['challengeId', 'createdAt'])
@Index('category_suggestions_author_id_idx', ['authorId'])
@Index('category_suggestions_merged_into_id_idx', ['mergedIntoId'])
export class CategorySuggestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'category_suggestions_pkey' })
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'category_suggestions_challenge_id_fkey' })
  challenge?: Relation<ChallengeEntity>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'category_suggestions_author_id_fkey' })
  author?: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'vote_count', type: 'integer', default: 0 })
  voteCount!: number;

  @Column({ type: 'enum', enum: SuggestionStatus, enumName: 'suggestion_status', default: SuggestionStatus.OPEN })
  status!: SuggestionStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  // Only a challenge's deletion removes suggestions, and it takes source and target together.
  @ManyToOne(() => CategorySuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'category_suggestions_merged_into_id_fkey' })
  mergedInto?: Relation<CategorySuggestionEntity> | null;

  /** Null again if the librarian later removes that category from the draft. */
  @Column({ name: 'adopted_category_id', type: 'uuid', nullable: true })
  adoptedCategoryId!: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'adopted_category_id',
    foreignKeyConstraintName: 'category_suggestions_adopted_category_id_fkey',
  })
  adoptedCategory?: Relation<CategoryEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by', foreignKeyConstraintName: 'category_suggestions_hidden_by_fkey' })
  hiddenBy?: Relation<UserEntity> | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Column({ name: 'hidden_automatically', type: 'boolean', default: false })
  hiddenAutomatically!: boolean;
}
