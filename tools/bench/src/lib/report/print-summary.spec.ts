import type { ContenderResult } from '../load/side-by-side.ts';
import type { LiveRunResult, PageRunResult, TimedRunResult } from '../runs/run-result.ts';
import { summarize } from '../stats/percentile.util.ts';
import { describeResult, runLabel, summaryTable } from './print-summary.ts';

const contender = (name: string, perSecond: number, samples: number[]): ContenderResult => ({
  name,
  ok: samples.length,
  errors: 0,
  elapsedMs: 1000,
  perSecond,
  cpuMsPerRequest: 2,
  latency: summarize(samples),
  slices: [],
  samples,
});

const page = (nodeEnv: 'production' | 'development'): PageRunResult => ({
  kind: 'throughput',
  run: 'challenge-page',
  nodeEnv,
  description: 'the page',
  responseBytes: 100,
  concurrency: 8,
  api: contender('GraphQL', 60, [10, 20]),
  baseline: contender('Fastify', 100, [5, 6]),
  ratio: 0.6,
  spread: { median: 0.6, min: 0.5, max: 0.7 },
  cpuRatio: 0.5,
});

const setup = (name: string, samples: number[]) => ({
  name,
  posts: 2,
  subscribers: 1,
  lost: 0,
  delivery: summarize(samples),
  mutation: summarize(samples),
  deliverySamples: samples,
});

const live: LiveRunResult = {
  kind: 'latency',
  run: 'live-delivery',
  description: 'posts',
  setups: [setup('one', [10, 20]), setup('two', [15, 30])],
  p50Ratio: 1.5,
  p99Ratio: 1.5,
};

const timed: TimedRunResult = {
  kind: 'timed',
  run: 'import',
  description: 'rows',
  contenders: [
    { name: 'import', samples: [400, 500, 600], latency: summarize([400, 500, 600]) },
    { name: 'COPY', samples: [100, 110, 90], latency: summarize([100, 110, 90]) },
  ],
  ratio: 0.2,
  spread: { median: 0.2, min: 0.15, max: 0.25 },
};

describe(runLabel.name, () => {
  it('names the NODE_ENV only when it is not production', () => {
    expect(runLabel(page('production'))).toBe('challenge-page');
    expect(runLabel(page('development'))).toBe('challenge-page (development)');
    expect(runLabel(live)).toBe('live-delivery');
  });
});

describe(describeResult.name, () => {
  it('gives req/s, bytes and both ratios for a page run', () => {
    expect(describeResult(page('production'))).toBe(
      '60 vs 100 req/s (100 bytes each) → 0.60×; by server-side CPU per answer 0.50×',
    );
  });

  it('gives req/s below 10 with two decimals', () => {
    const slow = {
      ...page('production'),
      api: contender('GraphQL', 0.3, [3000]),
      baseline: contender('SQL', 0.25, [4000]),
    };
    expect(describeResult(slow)).toMatch(/^0\.30 vs 0\.25 req\/s/);
  });

  it('gives both median times and the ratio for a timed run', () => {
    expect(describeResult(timed)).toBe('median 500.0 vs 100.0 ms → 0.20×');
  });

  it('gives p50 and p99 with their ratios for live delivery', () => {
    expect(describeResult(live)).toBe(
      'delivery p50 10.0 vs 15.0 ms → 1.50×, p99 20.0 vs 30.0 ms → 1.50×; the postComment mutation itself p50 10.0 vs 15.0 ms',
    );
  });
});

describe(summaryTable.name, () => {
  it('puts each pair on two rows with the ratio, its per-round range and the CPU ratio on the first', () => {
    const lines = summaryTable([page('development'), live]).split('\n');
    expect(lines[0]).toMatch(/^run\s+contender\s+req\/s \| posts\s+p50 ms\s+p99 ms/);
    expect(lines[2]).toMatch(
      /^challenge-page \(development\)\s+GraphQL\s+60\s+10\.0\s+20\.0\s+0\s+2\.00\s+0\.60× \(0\.50×–0\.70×\); CPU 0\.50×$/,
    );
    expect(lines[3]).toMatch(/^\s+Fastify\s+100\s+5\.0\s+6\.0/);
    expect(lines[5]).toMatch(/two\s+2×1\s+15\.0\s+30\.0\s+0\s+–\s+p50 1\.50×, p99 1\.50×$/);
  });

  it('puts a timed pair on two rows: runs, median and slowest time, the ratio by median on the first', () => {
    const lines = summaryTable([timed]).split('\n');
    expect(lines[2]).toMatch(
      /^import\s+import\s+3 runs\s+500\.0\s+600\.0\s+0\s+–\s+0\.20× \(0\.15×–0\.25×\) by median time$/,
    );
    expect(lines[3]).toMatch(/^\s+COPY\s+3 runs\s+100\.0\s+110\.0/);
  });
});
