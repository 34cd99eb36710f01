import { Redis } from 'ioredis';
import { startRedisServer } from './redis-server.ts';

// Outside the ports the API's integration specs give their Redis servers.
const PORT = 56391;

describe(startRedisServer.name, () => {
  it('answers on loopback until stopped, then is gone', async () => {
    const server = await startRedisServer(PORT);
    const client = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
      await server.stop();
    }
    expect(server.child.exitCode ?? server.child.signalCode).not.toBeNull();
  });
});
