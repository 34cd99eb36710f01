import { parseArgs } from 'node:util';
import { DATASET_NAMES, type DatasetName } from '../seed/bench-dataset.constant.ts';

export const RUN_NAMES = [
  'challenge-page',
  'category-reads',
  'comments-page',
  'framework-floor',
  'live-delivery',
  'stats',
  'import',
] as const;
export type RunName = (typeof RUN_NAMES)[number];

/** NODE_ENV of the API in the page runs: production is what a library deploys. */
export const NODE_ENVS = ['production', 'development'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface BenchOptions {
  /** --help: print USAGE and run nothing. */
  help: boolean;
  /** `explain`: print the plans of the pages' statements instead of timing anything. */
  explain: boolean;
  runs: RunName[];
  dataset: DatasetName;
  /** The page runs run once per NODE_ENV listed (live-delivery always in production). */
  nodeEnvs: NodeEnv[];
  /** Measured time per contender, split into alternating slices. */
  durationMs: number;
  sliceMs: number;
  warmUpMs: number;
  concurrency: number;
  /** live-delivery: measured posts per set-up, and subscribers listening. */
  posts: number;
  subscribers: number;
  /** Built API (`npm run build`'s dist/apps/api); copied before use so a rebuild mid-run cannot change it. */
  apiDist: string;
  /** The API instances: one in-memory, A and B sharing Redis, one in development mode, one with no stats cache. */
  apiPorts: [number, number, number, number, number];
  pgPort: number;
  redisPort: number;
}

export const USAGE = `npm run bench [-- [run …] [options]]
npm run bench -- explain [--dataset …]
  explain: EXPLAIN (ANALYZE, BUFFERS) of every read the API sends for one load of each page, with its
  parameters, on the dataset, and a table of execution times (for choosing indexes)
On the shared machine: flock /tmp/lh-build.lock npm run bench -- …
runs (all when none is named); each page run checks both contenders answer byte for byte the same, then
alternates them and prints req/s, p50, p99, server CPU per answer and the API/baseline ratio:
  challenge-page   the challenge page signed in as the web app loads it: ChallengeBySlug, then
                   MyParticipation (a patron with 30 entries), with the session cookie
  category-reads   CategoryReads(first: 10) of category 1, signed in
  comments-page    Comments(first: 20) of the busiest thread, signed in as its first comment's author
  framework-floor  { __typename } against a Fastify route answering the same bytes
  live-delivery    post → subscriber latency, one instance vs two through Redis (p50, p99, ratios)
  stats            LibrarianChallengeStats signed in as a librarian (whole challenge and the busiest
                   branch; the API's statistics cache off, then on) against hand-written SQL run with pg,
                   one request at a time
  import           importGoodreadsCsv of 10,000 generated Goodreads rows against COPY of the same
                   rows into the same tables, each from the same state
options:
  --dataset <name>   ${DATASET_NAMES.join(' or ')} (default large: 100k patrons, 2M reading entries, 200k comments;
                     small: 2,000 patrons). Seeded once per schema and seed version into
                     tmp/bench/datasets/, then reused; each run works on a copy
  --node-env <env>   production, development or both: the API's NODE_ENV in the page runs
                     (default production; both runs each page run twice)
  --duration <s>     measured seconds per contender (default 30)
  --slice <s>        contenders alternate every <s> seconds (default 3)
  --warm-up <s>      unmeasured seconds per contender first (default 3)
  --concurrency <n>  requests in flight per contender (default 8)
  --posts <n>        live-delivery: measured posts per set-up (default 200)
  --subscribers <n>  live-delivery: subscribers per set-up (default 20)
  --api-dist <dir>   built API to run (default dist/apps/api)
  --ports <a,…,e>    API ports: single, Redis A, Redis B, development, no stats cache
                     (default 3507,3508,3509,3510,3511)
  --pg-port <n>      embedded PostgreSQL (default 54517)
  --redis-port <n>   redis-server (default 6397)
  --help             this text`;

/** Command-line arguments to options; throws a one-line message (with USAGE) on anything it does not know. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      dataset: { type: 'string', default: 'large' },
      'node-env': { type: 'string', default: 'production' },
      duration: { type: 'string', default: '30' },
      slice: { type: 'string', default: '3' },
      'warm-up': { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '8' },
      posts: { type: 'string', default: '200' },
      subscribers: { type: 'string', default: '20' },
      'api-dist': { type: 'string', default: 'dist/apps/api' },
      ports: { type: 'string', default: '3507,3508,3509,3510,3511' },
      'pg-port': { type: 'string', default: '54517' },
      'redis-port': { type: 'string', default: '6397' },
      help: { type: 'boolean', default: false },
    },
  });
  const explain = positionals.includes('explain');
  if (explain && positionals.length > 1) throw new Error(`explain takes no runs.\n${USAGE}`);
  const unknown = positionals.filter((name) => name !== 'explain' && !(RUN_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown run ${unknown.join(', ')}.\n${USAGE}`);
  const ports = values.ports.split(',').map((port) => whole('ports', port, 1, 65535));
  if (ports.length !== 5) throw new Error(`--ports needs five ports, got "${values.ports}".\n${USAGE}`);
  const nodeEnv = values['node-env'];
  if (nodeEnv !== 'both' && !(NODE_ENVS as readonly string[]).includes(nodeEnv)) {
    throw new Error(`--node-env must be production, development or both, got "${nodeEnv}".\n${USAGE}`);
  }
  const durationMs = seconds('duration', values.duration);
  if (!(DATASET_NAMES as readonly string[]).includes(values.dataset)) {
    throw new Error(`--dataset must be ${DATASET_NAMES.join(' or ')}, got "${values.dataset}".\n${USAGE}`);
  }
  return {
    help: values.help,
    explain,
    runs: explain ? [] : positionals.length > 0 ? [...new Set(positionals as RunName[])] : [...RUN_NAMES],
    dataset: values.dataset as DatasetName,
    nodeEnvs: nodeEnv === 'both' ? [...NODE_ENVS] : [nodeEnv as NodeEnv],
    durationMs,
    sliceMs: Math.min(durationMs, seconds('slice', values.slice)),
    warmUpMs: seconds('warm-up', values['warm-up'], 0),
    concurrency: whole('concurrency', values.concurrency, 1, 256),
    posts: whole('posts', values.posts, 1, 10_000),
    subscribers: whole('subscribers', values.subscribers, 1, 500),
    apiDist: values['api-dist'],
    apiPorts: ports as BenchOptions['apiPorts'],
    pgPort: whole('pg-port', values['pg-port'], 1, 65535),
    redisPort: whole('redis-port', values['redis-port'], 1, 65535),
  };
}

function seconds(flag: string, text: string, min = 0.1): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > 3600) {
    throw new Error(`--${flag} must be seconds between ${min} and 3600, got "${text}".\n${USAGE}`);
  }
  return Math.round(value * 1000);
}

function whole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${flag} must be a whole number between ${min} and ${max}, got "${text}".\n${USAGE}`);
  }
  return value;
}
