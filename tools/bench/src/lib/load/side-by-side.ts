import { summarize, type LatencySummary } from '../stats/percentile.util.ts';
import type { Requester } from './http-requester.ts';

export interface Contender {
  name: string;
  send: Requester;
  /**
   * Length of the answer verified before timing. A reply of another length
   * (an error inside a 200, a rate limit) counts as an error, not as speed.
   */
  expectedBytes: number;
  /** CPU ms the contender's server side (its process and the database) has used so far; null if unknown. */
  cpuMs(): number | null;
}

export interface SideBySideOptions {
  durationMs: number;
  sliceMs: number;
  warmUpMs: number;
  concurrency: number;
}

export interface SliceResult {
  round: number;
  ok: number;
  errors: number;
  elapsedMs: number;
  perSecond: number;
  /** Server-side CPU used in the slice (null if unknown). */
  cpuMs: number | null;
}

export interface ContenderResult {
  name: string;
  ok: number;
  errors: number;
  elapsedMs: number;
  perSecond: number;
  /**
   * Server-side CPU per answer, ms: unlike req/s it hardly moves when other
   * work on the machine takes cores away. Null off Linux.
   */
  cpuMsPerRequest: number | null;
  latency: LatencySummary;
  slices: SliceResult[];
  /** Every successful request's latency in ms, in the order measured. */
  samples: number[];
}

/**
 * Closed-loop load on two contenders in alternating slices (A B, B A, A B …)
 * after a warm-up of each, so both meet the same background load on a shared
 * machine and a ratio from one run means something. Each slice keeps
 * `concurrency` requests in flight; throughput counts only the expected answers.
 */
export async function runSideBySide(
  contenders: readonly [Contender, Contender],
  { durationMs, sliceMs, warmUpMs, concurrency }: SideBySideOptions,
): Promise<[ContenderResult, ContenderResult]> {
  for (const contender of contenders) await runSlice(contender, warmUpMs, concurrency);
  const results = contenders.map((contender) => emptyResult(contender.name)) as [ContenderResult, ContenderResult];
  const rounds = Math.max(1, Math.round(durationMs / sliceMs));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const slice = await runSlice(contenders[index] as Contender, sliceMs, concurrency);
      const result = results[index] as ContenderResult;
      result.slices.push({ round, ...slice.counts, perSecond: (slice.counts.ok / slice.counts.elapsedMs) * 1000 });
      for (const sample of slice.samples) result.samples.push(sample);
    }
  }
  for (const result of results) {
    result.ok = result.slices.reduce((sum, slice) => sum + slice.ok, 0);
    result.errors = result.slices.reduce((sum, slice) => sum + slice.errors, 0);
    result.elapsedMs = result.slices.reduce((sum, slice) => sum + slice.elapsedMs, 0);
    result.perSecond = (result.ok / result.elapsedMs) * 1000;
    const cpuMs = result.slices.map((slice) => slice.cpuMs);
    result.cpuMsPerRequest = cpuMs.every((value) => value !== null)
      ? cpuMs.reduce((sum: number, value) => sum + value, 0) / result.ok
      : null;
    result.latency = summarize(result.samples);
  }
  return results;
}

function emptyResult(name: string): ContenderResult {
  return {
    name,
    ok: 0,
    errors: 0,
    elapsedMs: 0,
    perSecond: 0,
    cpuMsPerRequest: null,
    latency: summarize([]),
    slices: [],
    samples: [],
  };
}

async function runSlice({ send, expectedBytes, cpuMs }: Contender, durationMs: number, concurrency: number) {
  const samples: number[] = [];
  let errors = 0;
  const cpuBefore = cpuMs();
  const started = performance.now();
  const until = started + durationMs;
  const loop = async () => {
    while (performance.now() < until) {
      const sent = performance.now();
      const reply = await send().catch(() => null);
      if (reply?.status === 200 && reply.bytes === expectedBytes) samples.push(performance.now() - sent);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedMs = performance.now() - started;
  const cpuAfter = cpuMs();
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { samples, counts: { ok: samples.length, errors, elapsedMs, cpuMs: cpu } };
}
