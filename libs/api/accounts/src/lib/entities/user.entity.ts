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
import { BranchEntity } from './branch.entity';
import { Locale } from '../enums/locale.enum';
import { Role } from '../enums/role.enum';

@Entity('users')
@Check('users_suspension_reason_check', '"suspended_until" IS NULL OR "suspension_reason" IS NOT NULL')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  /** citext: unique regardless of letter case. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'citext' })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName!: string;

  /** Null for a deleted account (see AccountDeletionEntity): no password matches it. */
  @Column({ name: 'password_hash', type: 'varchar', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.PATRON })
  role!: Role;

  @Column({ type: 'enum', enum: Locale, enumName: 'user_locale', default: Locale.fi })
  locale!: Locale;

  /** Until then the user can read but not write (see assertCanContribute); null when not suspended. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason!: string | null;

  /** The library branch the patron counts for on the branch leaderboard; null = none picked. */
  @Index('users_home_branch_id_idx')
  @Column({ name: 'home_branch_id', type: 'uuid', nullable: true })
  homeBranchId!: string | null;

  // RESTRICT: deleting a branch someone calls home is refused (BRANCH_IN_USE), never silent.
  @ManyToOne(() => BranchEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_branch_id', foreignKeyConstraintName: 'users_home_branch_id_fkey' })
  homeBranch?: Relation<BranchEntity> | null;

  /** Stamped by a trigger on every new session (migration 1765300300000); read by the statistics. */
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true, select: false })
  lastLoginAt?: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
