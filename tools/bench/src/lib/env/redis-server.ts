import { connect } from 'node:net';
import { spawnSync } from 'node:child_process';
import { spawnServer, waitUntil } from './child-process.ts';

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Debian's redis-server, in memory only, as the pub/sub between two API instances. */
export async function startRedisServer(port: number): Promise<RedisServer> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed (apt-get install redis-server); live-delivery needs it.');
  }
  const server = spawnServer(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      PATH: process.env['PATH'],
    },
  );
  await waitUntil(server, () => answersPing(port), `redis-server on port ${port}`, 10_000);
  return { url: `redis://127.0.0.1:${port}`, stop: server.stop };
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
