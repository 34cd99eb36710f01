import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { configureHttp } from './http/configure-http';
import { createHttpAdapter } from './http/create-http-adapter';
import { logRequests } from './logging/request-log';
import { quietBootstrapLogs } from './quiet-bootstrap-logger';

export interface CreatedApp {
  app: NestFastifyApplication;
  servesWebApp: boolean;
}

/** Builds the initialised Nest application; used by main.ts and the integration tests. */
export async function createApp(options: AppModuleOptions): Promise<CreatedApp> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    createHttpAdapter(options.config),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(quietBootstrapLogs(app.get(Logger)));
  // The root logger nestjs-pino built from buildLoggerOptions (set once Logger above exists).
  logRequests(app.getHttpAdapter().getInstance(), PinoLogger.root);
  const servesWebApp = await configureHttp(app, options.config);
  await app.init();
  return { app, servesWebApp };
}
