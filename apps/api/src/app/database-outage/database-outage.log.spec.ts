import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DatabaseOutageLog, RECOVERY_CHECK_MS } from './database-outage.log';

describe(DatabaseOutageLog.name, () => {
  let reachable: boolean;
  let lines: Array<[string, unknown]>;
  let outage: DatabaseOutageLog;

  beforeEach(() => {
    jest.useFakeTimers();
    reachable = false;
    lines = [];
    for (const level of ['log', 'warn', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((message: unknown) => void lines.push([level, message]));
    }
    const dataSource = {
      query: async () => {
        if (!reachable) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return [{ '?column?': 1 }];
      },
    } as unknown as DataSource;
    outage = new DatabaseOutageLog(dataSource);
  });
  afterEach(() => {
    outage.onApplicationShutdown();
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('says once that PostgreSQL is unreachable, one short line per further failed request, and once that it is back', async () => {
    outage.requestFailed('connect ECONNREFUSED 127.0.0.1:5432');
    outage.requestFailed('connect ECONNREFUSED 127.0.0.1:5432');
    await jest.advanceTimersByTimeAsync(3 * RECOVERY_CHECK_MS);
    reachable = true;
    await jest.advanceTimersByTimeAsync(RECOVERY_CHECK_MS);
    await jest.advanceTimersByTimeAsync(3 * RECOVERY_CHECK_MS);

    expect(lines).toEqual([
      [
        'error',
        'PostgreSQL is unreachable (connect ECONNREFUSED 127.0.0.1:5432); requests answer SERVICE_UNAVAILABLE until it is back',
      ],
      ['warn', 'Answered SERVICE_UNAVAILABLE: PostgreSQL is unreachable (connect ECONNREFUSED 127.0.0.1:5432)'],
      ['warn', 'PostgreSQL is reachable again after 2.0 s'],
    ]);
  });

  it('reports a second outage as a new one', async () => {
    outage.requestFailed('Connection terminated unexpectedly');
    reachable = true;
    await jest.advanceTimersByTimeAsync(RECOVERY_CHECK_MS);
    reachable = false;
    outage.requestFailed('Connection terminated unexpectedly');

    expect(lines.map(([level]) => level)).toEqual(['error', 'warn', 'error']);
  });
});
