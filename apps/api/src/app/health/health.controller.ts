import { Controller, Get, type OnModuleDestroy } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@lukuhaaste/api/accounts';

@Public()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private shuttingDown = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Readiness: not shutting down and the database answers; a proxy should
   * route traffic only when this is 200.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.acceptingRequests(),
      () => this.database.pingCheck('database', { timeout: 2000 }),
    ]);
  }

  /** The first shutdown hook Nest runs: from here on this instance wants no new traffic. */
  onModuleDestroy(): void {
    this.shuttingDown = true;
  }

  private acceptingRequests() {
    const server = this.indicators.check('server');
    return this.shuttingDown ? server.down({ message: 'shutting down' }) : server.up();
  }
}
