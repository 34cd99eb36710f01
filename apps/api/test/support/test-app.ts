import 'reflect-metadata';
import { createTestUser, type TestUser } from '@lukuhaaste/api/accounts/testing';
import type { Role } from '@lukuhaaste/api/accounts';
import { loadAppConfig } from '@lukuhaaste/api/config';
import { createTestDatabase } from '@lukuhaaste/api/database/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import type { AppModuleOptions } from '../../src/app/app.module';
import { createApp } from '../../src/app/create-app';
import { SCHEMA } from '../../src/database/schema';
import { graphqlClient, type GraphqlClient } from './graphql-client';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  gql: GraphqlClient;
  dataSource: DataSource;
  newUser(role?: Role): Promise<TestUser>;
  close(): Promise<void>;
}

/** The real API on a random port over a fresh database; call once per spec file. */
export async function startTestApp(
  env: Record<string, string> = {},
  { logDestination }: Pick<AppModuleOptions, 'logDestination'> = {},
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase(SCHEMA);
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...env });
  const { app } = await createApp({ config, databaseUrl, logDestination });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataSource = app.get(DataSource);
  return {
    app,
    baseUrl,
    gql: graphqlClient(baseUrl),
    dataSource,
    newUser: (role) => createTestUser(dataSource, role ? { role } : {}),
    close: () => app.close(),
  };
}
