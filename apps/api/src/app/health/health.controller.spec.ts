import { Injectable, Module, ServiceUnavailableException, type OnModuleDestroy } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { HealthController } from './health.controller';

let duringDrain: (() => Promise<unknown>) | null = null;
let readinessDuringDrain: Promise<unknown> | null = null;

/**
 * Stands in for GraphQLModule, a module the app imports whose destroy hook
 * (Apollo's drain) waits for the requests in flight.
 */
@Injectable()
class DrainStandIn implements OnModuleDestroy {
  onModuleDestroy(): void {
    readinessDuringDrain = duringDrain?.() ?? null;
  }
}

@Module({ providers: [DrainStandIn] })
class DrainModule {}

describe(HealthController.name, () => {
  const reachableDatabase = {
    pingCheck: async (key: string) => ({ [key]: { status: 'up' } }),
  };

  const start = async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [TerminusModule.forRoot({ logger: false }), DrainModule],
      controllers: [HealthController],
    })
      .overrideProvider(TypeOrmHealthIndicator)
      .useValue(reachableDatabase)
      .compile();
    await moduleRef.init();
    return moduleRef;
  };

  it('is ready while running and the database answers', async () => {
    const moduleRef = await start();
    await expect(moduleRef.get(HealthController).ready()).resolves.toMatchObject({
      status: 'ok',
      info: { server: { status: 'up' }, database: { status: 'up' } },
    });
    await moduleRef.close();
  });

  it('reports not ready (503) while requests in flight drain, before Terminus’s own shutdown flag', async () => {
    const moduleRef = await start();
    const controller = moduleRef.get(HealthController);
    duringDrain = () => controller.ready().catch((error: unknown) => error);

    await moduleRef.close();

    const failure = await readinessDuringDrain;
    expect(failure).toBeInstanceOf(ServiceUnavailableException);
    expect((failure as ServiceUnavailableException).getResponse()).toMatchObject({
      status: 'error',
      error: { server: { status: 'down', message: 'shutting down' } },
      info: { database: { status: 'up' } },
    });
  });
});
