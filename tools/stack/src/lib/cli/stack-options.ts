import { parseArgs } from 'node:util';

export interface StackOptions {
  /** --help: print USAGE and start nothing. */
  help: boolean;
  /** nginx, the stack's address: http://127.0.0.1:<port>. */
  port: number;
  /** One API instance per port. */
  apiPorts: number[];
  pgPort: number;
  redisPort: number;
  /** `npm run build`'s output: dist/apps/api and dist/apps/web. */
  distDir: string;
}

/** Away from the integration specs (3581/3582, Redis 6391/6398), e2e (4310, 54331) and the bench (3507–3509, 54517, 6397). */
export const USAGE = `npm run stack [-- options]
The production topology on this machine from Debian packages: nginx in front of
API instances (the build in dist/), PostgreSQL and redis-server. Ctrl-C stops it all.
  --port <n>          nginx, where the app is (default 8080)
  --api-ports <a,b>   one API instance per port (default 3101,3102)
  --pg-port <n>       PostgreSQL (default 54340)
  --redis-port <n>    redis-server (default 6380)
  --dist <dir>        the build to run (default dist)
  --help              this text`;

/** Command-line arguments to options; throws a one-line message (with USAGE) on anything it does not know. */
export function parseStackOptions(argv: readonly string[]): StackOptions {
  const values = parseFlags(argv);
  const options: StackOptions = {
    help: values.help,
    port: port('port', values.port),
    apiPorts: values['api-ports'].split(',').map((text) => port('api-ports', text.trim())),
    pgPort: port('pg-port', values['pg-port']),
    redisPort: port('redis-port', values['redis-port']),
    distDir: values.dist,
  };
  const all = [options.port, ...options.apiPorts, options.pgPort, options.redisPort];
  const repeated = all.find((value, index) => all.indexOf(value) !== index);
  if (repeated !== undefined) throw new Error(`Port ${repeated} is given twice.\n${USAGE}`);
  return options;
}

function port(flag: string, text: string): number {
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`--${flag} must be a port between 1 and 65535, got "${text}".\n${USAGE}`);
  }
  return value;
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string', default: '8080' },
        'api-ports': { type: 'string', default: '3101,3102' },
        'pg-port': { type: 'string', default: '54340' },
        'redis-port': { type: 'string', default: '6380' },
        dist: { type: 'string', default: 'dist' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
}
