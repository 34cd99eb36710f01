import { UserEntity } from '@lukuhaaste/api/accounts';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ReactionKind } from '../enums/reaction-kind.enum';
import { CommentEntity } from './comment.entity';

/** One user's reaction of one kind; counts are computed from these rows, so they cannot drift. */
@Entity('comment_reactions')
@Index('comment_reactions_user_id_idx', ['userId'])
export class CommentReactionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'comment_reactions_pkey' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_reactions_comment_id_fkey' })
  comment?: Relation<CommentEntity>;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'comment_reactions_pkey' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'comment_reactions_user_id_fkey' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({
    type: 'enum',
    enum: ReactionKind,
    enumName: 'reaction_kind',
    primaryKeyConstraintName: 'comment_reactions_pkey',
  })
  kind!: ReactionKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
