import { cpus, loadavg } from 'node:os';
import { formatRatio } from '../stats/ratio.util.ts';
import type { RunResult } from '../runs/run-result.ts';
import { formatTable } from './format-table.util.ts';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

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
          isApi ? result.run : '',
          contender.name,
          contender.perSecond.toFixed(0),
          ms(contender.latency.p50),
          ms(contender.latency.p99),
          String(contender.errors),
          contender.cpuMsPerRequest === null ? '–' : contender.cpuMsPerRequest.toFixed(2),
          isApi ? `${formatRatio(result.ratio)} (${spread})${cpu}` : '',
        ]);
      }
    } else {
      for (const setup of result.setups) {
        const isFirst = setup === result.setups[0];
        rows.push([
          isFirst ? result.run : '',
          setup.name,
          `${setup.posts}×${setup.subscribers}`,
          ms(setup.delivery.p50),
          ms(setup.delivery.p99),
          String(setup.lost),
          '–',
          isFirst ? '' : `${formatRatio(result.p50Ratio)} p50`,
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
