import type { LocalizedText } from '@lukuhaaste/shared/util-rules';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ChallengeEntity } from './challenge.entity';

@Entity('categories')
// Deferred so a reorder can shift positions inside one transaction.
@Unique('categories_challenge_position_key', ['challengeId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Check('categories_position_check', '"position" >= 1')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'categories_pkey' })
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'categories_challenge_id_fkey' })
  challenge?: Relation<ChallengeEntity>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description!: LocalizedText | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
