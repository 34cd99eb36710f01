import { UserEntity } from '@lukuhaaste/api/accounts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  Unique,
  type Relation,
} from 'typeorm';

/** A patron's public progress address (`/p/<slug>/<year>`); present only while something is shared. */
@Entity('progress_share_slugs')
@Unique('progress_share_slugs_slug_key', ['slug'])
@Check('progress_share_slugs_slug_check', `"slug" ~ '^[A-Za-z0-9_-]{16,32}$'`)
export class ProgressShareSlugEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'progress_share_slugs_pkey' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'progress_share_slugs_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  slug!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
