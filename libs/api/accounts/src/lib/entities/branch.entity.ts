import type { LocalizedText } from '@lukuhaaste/shared/util-rules';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A library branch (Oodi, Kallio, …) that patrons may pick as their home branch. */
@Entity('branches')
@Check('branches_slug_check', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('branches_name_check', `jsonb_typeof("name" -> 'fi') = 'string' AND btrim("name" ->> 'fi') <> ''`)
export class BranchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'branches_pkey' })
  id!: string;

  @Index('branches_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug!: string;

  /** fi required, sv and en optional (clients fall back to fi). */
  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
