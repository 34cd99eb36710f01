export {
  answersOk,
  spawnServer,
  waitUntilReady,
  type ServerProcess,
  type ServerProcessOptions,
} from './lib/server-process.ts';
export { startRedisServer, type RedisServer } from './lib/redis-server.ts';
export { cliOptionsOrExit } from './lib/cli-options.ts';
