import { availableParallelism, loadavg } from 'node:os';

/** Lighthouse runs per page; the figures printed are their medians. */
export const RUNS = 3;
export const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 4320);
export const PG_PORT = Number(process.env['LIGHTHOUSE_PG_PORT'] ?? 54340);

/** The machine's load, printed with the figures: on a busy machine they are worth less. */
export function machineLoad(): string {
  const averages = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return `${averages} on ${availableParallelism()} cores`;
}
