import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from '../cli/bench-options.ts';
import type { RunResult } from '../runs/run-result.ts';

const round = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;

/** Everything measured, samples included, as tmp/bench/<timestamp>.json; returns the path. */
export function writeResults(
  dir: string,
  startedAt: Date,
  options: BenchOptions,
  results: readonly RunResult[],
  loadAtStart: number[],
): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg(),
  };
  writeFileSync(path, JSON.stringify({ startedAt, node: process.version, machine, options, results }, round, 1));
  return path;
}
