import { UserEntity } from '@lukuhaaste/api/accounts';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CategorySuggestionEntity } from './category-suggestion.entity';

/** One reader's vote: the primary key makes a second vote impossible, whatever the client sends. */
@Entity('suggestion_votes')
@Index('suggestion_votes_user_id_idx', ['userId'])
export class SuggestionVoteEntity {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid', primaryKeyConstraintName: 'suggestion_votes_pkey' })
  suggestionId!: string;

  @ManyToOne(() => CategorySuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'suggestion_votes_suggestion_id_fkey' })
  suggestion?: Relation<CategorySuggestionEntity>;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'suggestion_votes_pkey' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'suggestion_votes_user_id_fkey' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
