import { connect } from 'node:net';
import { spawnServer, waitUntilReady, type ServerProcess } from '../processes/server-process.ts';

/** Debian's redis-server on loopback, in memory only: the subscriptions' pub/sub between the API instances. */
export async function startRedisServer(port: number): Promise<ServerProcess & { url: string }> {
  const server = spawnServer('redis-server', 'redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitUntilReady(server, () => answersPing(port), 10_000);
  return { ...server, url: `redis://127.0.0.1:${port}` };
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}
