import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { publicOrigin, type AppConfig } from '@lukuhaaste/api/config';
import { closeConnectionsWhenStopping } from './close-connections-when-stopping';
import { propagateRequestId } from './request-id';
import { addSecurityHeaders } from './security-headers';
import { serveWebApp } from './serve-web-app';

/** Fastify plugins shared by the real server and the integration tests. Returns whether the web app is served. */
export async function configureHttp(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  await app.register(fastifyCompress, { threshold: 1024 });
  propagateRequestId(fastify);
  addSecurityHeaders(fastify);
  closeConnectionsWhenStopping(fastify);
  return serveWebApp(fastify, { webDistDir: config.WEB_DIST_DIR, publicOrigin: publicOrigin(config) });
}
