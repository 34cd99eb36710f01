import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Stops serving without cutting anyone off. The listener closes first, so a
 * proxy's next connection is refused and goes to another instance; then
 * app.close() marks the instance not ready, closes subscription sockets with
 * 1001 Going Away (graphql-ws's own choice; its clients reconnect), waits for
 * in-flight requests and closes the database pool and Redis.
 * Resolves false when that took longer than timeoutMs.
 */
export async function closeGracefully(app: NestFastifyApplication, timeoutMs: number): Promise<boolean> {
  app.getHttpServer().close();
  const closed = app.close().then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([closed, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
