import { CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * Marks a users row as the tombstone of a deleted account. The row stays so
 * participations, entries and the moderation log keep their anonymised
 * author; a table of its own keeps the users columns (and every query that
 * lists them) unchanged.
 */
@Entity('account_deletions')
export class AccountDeletionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'account_deletions_pkey' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'account_deletions_user_id_fkey' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt!: Date;
}
