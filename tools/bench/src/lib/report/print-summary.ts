import { cpus, loadavg } from 'node:os';
import { formatRatio } from '../stats/ratio.util.ts';
import type { RunResult } from '../runs/run-result.ts';
import { formatTable } from './format-table.util.ts';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
/** Whole req/s, but two decimals below 10 so a contender taking seconds per answer does not print 0. */
const rate = (value: number) => value.toFixed(value < 10 ? 2 : 0);

/** The run's name, with the API's NODE_ENV when it is not production. */
export function runLabel(result: RunResult): string {
  return result.kind === 'throughput' && result.nodeEnv !== 'production'
    ? `${result.run} (${result.nodeEnv})`
    : result.run;
}

/** One line per finished run, printed as it ends. */
export function describeResult(result: RunResult): string {
  if (result.kind === 'throughput') {
    const cpu = result.cpuRatio === null ? '' : `; by server-side CPU per answer ${formatRatio(result.cpuRatio)}`;
    return (
      `${rate(result.api.perSecond)} vs ${rate(result.baseline.perSecond)} req/s ` +
      `(${result.responseBytes} bytes each) → ${formatRatio(result.ratio)}${cpu}`
    );
  }
  if (result.kind === 'timed') {
    const [api, floor] = result.contenders;
    return `median ${ms(api.latency.p50)} vs ${ms(floor.latency.p50)} ms → ${formatRatio(result.ratio)}`;
  }
  const [one, two] = result.setups;
  return (
    `delivery p50 ${ms(one.delivery.p50)} vs ${ms(two.delivery.p50)} ms → ${formatRatio(result.p50Ratio)}, ` +
    `p99 ${ms(one.delivery.p99)} vs ${ms(two.delivery.p99)} ms → ${formatRatio(result.p99Ratio)}; ` +
    `the postComment mutation itself p50 ${ms(one.mutation.p50)} vs ${ms(two.mutation.p50)} ms`
  );
}

/** The compact table printed at the end of `npm run bench`. */
export function summaryTable(results: readonly RunResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    if (result.kind === 'throughput') {
      const spread = `${formatRatio(result.spread.min)}–${formatRatio(result.spread.max)}`;
      const cpu = result.cpuRatio === null ? '' : `; CPU ${formatRatio(result.cpuRatio)}`;
      for (const contender of [result.api, result.baseline]) {
        const isApi = contender === result.api;
        rows.push([
          isApi ? runLabel(result) : '',
          contender.name,
          rate(contender.perSecond),
          ms(contender.latency.p50),
          ms(contender.latency.p99),
          String(contender.errors),
          contender.cpuMsPerRequest === null ? '–' : contender.cpuMsPerRequest.toFixed(2),
          isApi ? `${formatRatio(result.ratio)} (${spread})${cpu}` : '',
        ]);
      }
    } else if (result.kind === 'timed') {
      const spread = `${formatRatio(result.spread.min)}–${formatRatio(result.spread.max)}`;
      for (const contender of result.contenders) {
        const isApi = contender === result.contenders[0];
        rows.push([
          isApi ? result.run : '',
          contender.name,
          `${contender.samples.length} runs`,
          ms(contender.latency.p50),
          ms(contender.latency.p99),
          '0',
          '–',
          isApi ? `${formatRatio(result.ratio)} (${spread}) by median time` : '',
        ]);
      }
    } else {
      for (const setup of result.setups) {
        const isFirst = setup === result.setups[0];
        rows.push([
          isFirst ? runLabel(result) : '',
          setup.name,
          `${setup.posts}×${setup.subscribers}`,
          ms(setup.delivery.p50),
          ms(setup.delivery.p99),
          String(setup.lost),
          '–',
          isFirst ? '' : `p50 ${formatRatio(result.p50Ratio)}, p99 ${formatRatio(result.p99Ratio)}`,
        ]);
      }
    }
  }
  return formatTable(
    ['run', 'contender', 'req/s | posts', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req', 'ratio (per-round range)'],
    rows,
  );
}

export function machineLine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  return `load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) on ${cpus().length} cores`;
}
