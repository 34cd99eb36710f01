import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How often, while PostgreSQL is unreachable, it is asked whether it is back. */
export const RECOVERY_CHECK_MS = 500;

/**
 * Says once, clearly, that PostgreSQL became unreachable and once that it is
 * back, so an outage reads as two lines instead of a stack trace per request;
 * each request it fails gets one short line. The pool reconnects by itself:
 * this only watches, with a `SELECT 1` every RECOVERY_CHECK_MS.
 */
@Injectable()
export class DatabaseOutageLog implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private since: number | null = null;
  private watching: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** A request failed because PostgreSQL could not be reached; `reason` is the driver's message. */
  requestFailed(reason: string): void {
    if (this.since !== null) {
      this.logger.warn(`Answered SERVICE_UNAVAILABLE: PostgreSQL is unreachable (${reason})`);
      return;
    }
    this.since = Date.now();
    this.logger.error(`PostgreSQL is unreachable (${reason}); requests answer SERVICE_UNAVAILABLE until it is back`);
    this.watching = setInterval(() => void this.checkRecovery(), RECOVERY_CHECK_MS).unref();
  }

  onApplicationShutdown(): void {
    this.stopWatching();
  }

  private async checkRecovery(): Promise<void> {
    const since = this.since;
    if (since === null || !(await this.answers())) return;
    this.stopWatching();
    this.since = null;
    // As visible as the outage line, so a log filtered to warnings still shows that it ended.
    this.logger.warn(`PostgreSQL is reachable again after ${((Date.now() - since) / 1000).toFixed(1)} s`);
  }

  private async answers(): Promise<boolean> {
    return this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }

  private stopWatching(): void {
    if (this.watching) clearInterval(this.watching);
    this.watching = null;
  }
}
