import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from './app-config.schema';
import { APP_CONFIG } from './app-config.token';
import { configWarnings } from './config-warnings';

/** Makes the validated configuration injectable everywhere as APP_CONFIG. */
@Global()
@Module({})
export class ConfigModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Config');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }

  onApplicationBootstrap(): void {
    for (const warning of configWarnings(this.config)) this.logger.warn(warning);
  }
}
