import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Attempt counters kept in PostgreSQL, so every API instance behind a proxy
 * sees the same counts. A key's window opens with its first attempt and ends
 * at `expiresAt`; the next attempt after that opens a new one.
 */
@Entity('rate_limit_counters')
@Check('rate_limit_counters_hits_check', '"hits" >= 0')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'rate_limit_counters_pkey' })
  key!: string;

  @Index('rate_limit_counters_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'integer' })
  hits!: number;
}
