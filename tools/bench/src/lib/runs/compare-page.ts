import type { NodeEnv } from '../cli/bench-options.ts';
import { firstJsonDifference } from '../json/first-json-difference.util.ts';
import { responseText, sequenceRequester, type HttpCall } from '../load/http-requester.ts';
import { processCpuMs, sumOfCpuMeters } from '../load/process-cpu.util.ts';
import { runSideBySide, type ContenderResult, type SideBySideOptions } from '../load/side-by-side.ts';
import { ratio, ratioSpread } from '../stats/ratio.util.ts';
import type { PageRunResult } from './run-result.ts';

export interface PageContender {
  name: string;
  /** What one page load sends, in order, each after the previous answer. */
  calls: HttpCall[];
  /** The server process answering it. */
  pid: number;
}

export interface PageComparison {
  run: string;
  /** The API's NODE_ENV. */
  nodeEnv: NodeEnv;
  description: string;
  api: PageContender;
  baseline: PageContender;
  /** The database both use; its CPU counts for whichever contender is running. */
  databaseCpuMs(): number | null;
}

/**
 * Checks once that both contenders answer each call with the same bytes
 * (else the comparison is not fair and the run stops, naming the first
 * difference), then times them side by side.
 */
export async function comparePage(
  { run, nodeEnv, description, api, baseline, databaseCpuMs }: PageComparison,
  options: SideBySideOptions,
): Promise<PageRunResult> {
  if (api.calls.length !== baseline.calls.length) throw new Error(`${run}: the contenders make different calls.`);
  let expectedBytes = 0;
  for (const [index, call] of api.calls.entries()) {
    const [fromApi, fromBaseline] = await Promise.all([
      responseText(call),
      responseText(baseline.calls[index] as HttpCall),
    ]);
    if (fromApi.status !== 200 || JSON.parse(fromApi.text).errors) {
      throw new Error(`${run}: the API answered ${fromApi.status}: ${fromApi.text.slice(0, 500)}`);
    }
    const difference = firstJsonDifference(fromApi.text, fromBaseline.text);
    if (difference) {
      throw new Error(
        `${run}: the two endpoints answer call ${index + 1} differently at ${difference.path}: API ${difference.left}, ` +
          `hand-written ${difference.right}. Timing them would compare different work.`,
      );
    }
    expectedBytes += Buffer.byteLength(fromApi.text);
  }
  const contender = ({ name, calls, pid }: PageContender) => ({
    name,
    send: sequenceRequester(calls, options.concurrency),
    expectedBytes,
    cpuMs: sumOfCpuMeters(() => processCpuMs(pid), databaseCpuMs),
  });
  const [apiResult, baselineResult] = await runSideBySide([contender(api), contender(baseline)], options);
  return pairResult({ run, nodeEnv, description, responseBytes: expectedBytes, concurrency: options.concurrency }, [
    apiResult,
    baselineResult,
  ]);
}

/** A measured pair as a run's result, with the API/baseline ratios. */
export function pairResult(
  about: Pick<PageRunResult, 'run' | 'nodeEnv' | 'description' | 'responseBytes' | 'concurrency'>,
  [api, baseline]: [ContenderResult, ContenderResult],
): PageRunResult {
  return {
    kind: 'throughput',
    ...about,
    api,
    baseline,
    ratio: ratio(api.perSecond, baseline.perSecond),
    cpuRatio:
      api.cpuMsPerRequest === null || baseline.cpuMsPerRequest === null
        ? null
        : ratio(baseline.cpuMsPerRequest, api.cpuMsPerRequest),
    spread: ratioSpread(
      api.slices.map((slice) => slice.perSecond),
      baseline.slices.map((slice) => slice.perSecond),
    ),
  };
}
