import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsRegistry } from '../metrics-registry';

/** TypeORM's postgres driver keeps its pg Pool as `master` (typed `any` there). */
function primaryPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * The primary database pool, read from pg's own counters when scraped: a
 * pool at its maximum with requests waiting is the first sign that the
 * database, or DATABASE_POOL_SIZE, limits the API.
 */
@Injectable()
export class DbPoolMetrics {
  constructor(registry: MetricsRegistry, dataSource: DataSource) {
    const pool = () => primaryPool(dataSource);
    new Gauge({
      name: 'lukuhaaste_db_pool_connections',
      help: 'Open connections of the database pool: in_use by a query or transaction, or idle.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const { totalCount, idleCount } = pool();
        this.set({ state: 'in_use' }, totalCount - idleCount);
        this.set({ state: 'idle' }, idleCount);
      },
    });
    new Gauge({
      name: 'lukuhaaste_db_pool_waiting_requests',
      help: 'Requests waiting for a free connection of the database pool.',
      registers: [registry],
      collect() {
        this.set(pool().waitingCount);
      },
    });
    new Gauge({
      name: 'lukuhaaste_db_pool_max_connections',
      help: 'Size limit of the database pool (DATABASE_POOL_SIZE).',
      registers: [registry],
      collect() {
        this.set(pool().options.max);
      },
    });
  }
}
