// `npm run bench [-- run … --flags]`: see USAGE in lib/cli/bench-options.ts.
import { cliOptionsOrExit } from '@lukuhaaste/tools/util-process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBenchOptions, USAGE, type BenchOptions, type NodeEnv, type RunName } from './lib/cli/bench-options.ts';
import { openBenchEnvironment, type BenchEnvironment } from './lib/env/bench-environment.ts';
import { explainPages } from './lib/explain/explain-pages.ts';
import { describeResult, machineLine, summaryTable } from './lib/report/print-summary.ts';
import { writeResults } from './lib/report/write-results.ts';
import { runChallengeStats } from './lib/runs/challenge-stats.run.ts';
import { runCategoryReads } from './lib/runs/category-reads.run.ts';
import { runChallengePage } from './lib/runs/challenge-page.run.ts';
import { runCommentsPage } from './lib/runs/comments-page.run.ts';
import { runGoodreadsImport } from './lib/runs/goodreads-import.run.ts';
import { runFrameworkFloor } from './lib/runs/framework-floor.run.ts';
import { runLiveDelivery } from './lib/runs/live-delivery.run.ts';
import type { RunResult } from './lib/runs/run-result.ts';

type Run = (env: BenchEnvironment, options: BenchOptions, nodeEnv: NodeEnv) => Promise<RunResult | RunResult[]>;
const RUNS: Record<RunName, Run> = {
  'challenge-page': runChallengePage,
  'category-reads': runCategoryReads,
  'comments-page': runCommentsPage,
  'framework-floor': runFrameworkFloor,
  'live-delivery': runLiveDelivery,
  stats: runChallengeStats,
  import: runGoodreadsImport,
};
/** Runs that measure the deployment as it runs, not a page in each mode: production only. */
const PRODUCTION_ONLY: readonly RunName[] = ['live-delivery', 'stats', 'import'];
const OUTPUT_DIR = resolve('tmp/bench');

const options = cliOptionsOrExit(parseBenchOptions, USAGE);

if (options.explain) {
  const env = await openBenchEnvironment(options, join(OUTPUT_DIR, `run-${process.pid}`));
  try {
    await explainPages(env, (text) => console.log(text));
  } catch (error) {
    console.error(`\nexplain stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await env.close();
  }
  process.exit();
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
      // The page runs once per --node-env.
      for (const nodeEnv of PRODUCTION_ONLY.includes(name) ? (['production'] as const) : options.nodeEnvs) {
        console.log(`\n${name}${nodeEnv === 'production' ? '' : ` (NODE_ENV=${nodeEnv})`}…`);
        const runStarted = performance.now();
        for (const result of [await RUNS[name](env, options, nodeEnv)].flat()) {
          console.log(`  ${result.description}: ${describeResult(result)}`);
          results.push(result);
        }
        console.log(`  (${((performance.now() - runStarted) / 1000).toFixed(0)} s)`);
      }
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
