// `npm run bench [-- run … --flags]`: see USAGE in lib/cli/bench-options.ts.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBenchOptions, USAGE, type BenchOptions, type RunName } from './lib/cli/bench-options.ts';
import { openBenchEnvironment, type BenchEnvironment } from './lib/env/bench-environment.ts';
import { machineLine, summaryTable } from './lib/report/print-summary.ts';
import { writeResults } from './lib/report/write-results.ts';
import { runCategoryReads } from './lib/runs/category-reads.run.ts';
import { runChallengePage } from './lib/runs/challenge-page.run.ts';
import { runCommentsPage } from './lib/runs/comments-page.run.ts';
import { runLiveDelivery } from './lib/runs/live-delivery.run.ts';
import type { RunResult } from './lib/runs/run-result.ts';
import { formatRatio } from './lib/stats/ratio.util.ts';

const RUNS: Record<RunName, (env: BenchEnvironment, options: BenchOptions) => Promise<RunResult>> = {
  'challenge-page': runChallengePage,
  'category-reads': runCategoryReads,
  'comments-page': runCommentsPage,
  'live-delivery': runLiveDelivery,
};
const OUTPUT_DIR = resolve('tmp/bench');

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const startedAt = new Date();
const loadAtStart = loadavg();
console.log(`Lukuhaaste bench: ${options.runs.join(', ')}. ${machineLine()}`);
console.log(
  'Ratios compare contenders measured side by side in this run; absolute figures depend on the machine and its load.',
);
const results: RunResult[] = [];
try {
  const env = await openBenchEnvironment(options, join(OUTPUT_DIR, `run-${process.pid}`));
  const interrupted = () => void env.close().then(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    for (const name of options.runs) {
      console.log(`\n${name}…`);
      const runStarted = performance.now();
      const result = await RUNS[name](env, options);
      const took = ((performance.now() - runStarted) / 1000).toFixed(0);
      console.log(`  ${result.description}: ${describe(result)} (${took} s)`);
      results.push(result);
    }
  } finally {
    await env.close();
  }
} catch (error) {
  console.error(`\nThe bench stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`\n${summaryTable(results)}\n${machineLine()}`);
console.log(`Raw results: ${writeResults(OUTPUT_DIR, startedAt, options, results, loadAtStart)}`);

function describe(result: RunResult): string {
  if (result.kind === 'throughput') {
    const cpu = result.cpuRatio === null ? '' : `; by server-side CPU per answer ${formatRatio(result.cpuRatio)}`;
    return (
      `${result.api.perSecond.toFixed(0)} vs ${result.baseline.perSecond.toFixed(0)} req/s ` +
      `(${result.responseBytes} bytes each) → ${formatRatio(result.ratio)}${cpu}`
    );
  }
  const [one, two] = result.setups;
  return (
    `delivery p50 ${one.delivery.p50.toFixed(1)} vs ${two.delivery.p50.toFixed(1)} ms → ${formatRatio(result.p50Ratio)}; ` +
    `the postComment mutation itself p50 ${one.mutation.p50.toFixed(1)} vs ${two.mutation.p50.toFixed(1)} ms`
  );
}
