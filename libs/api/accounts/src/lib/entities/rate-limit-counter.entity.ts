import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window attempt counters kept in PostgreSQL, so every API instance
 * behind a proxy sees the same counts.
 */
@Entity('rate_limit_counters')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'rate_limit_counters_pkey' })
  key!: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', primaryKeyConstraintName: 'rate_limit_counters_pkey' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  hits!: number;
}
