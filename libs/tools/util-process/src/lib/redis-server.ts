import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { spawnServer, waitUntilReady, type ServerProcess } from './server-process.ts';

export type RedisServer = ServerProcess & { url: string };

/** Debian's redis-server on loopback, in memory only: the pub/sub between API instances. */
export async function startRedisServer(port: number): Promise<RedisServer> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: apt-get install redis-server');
  }
  const server = spawnServer(`redis-server on port ${port}`, 'redis-server', [
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
