import type { NodeEnv } from '../cli/bench-options.ts';
import type { ContenderResult } from '../load/side-by-side.ts';
import type { LatencySummary } from '../stats/percentile.util.ts';
import type { RatioSpread } from '../stats/ratio.util.ts';

/** A throughput comparison: the API against the hand-written endpoint, side by side. */
export interface PageRunResult {
  kind: 'throughput';
  run: string;
  nodeEnv: NodeEnv;
  description: string;
  responseBytes: number;
  concurrency: number;
  api: ContenderResult;
  baseline: ContenderResult;
  /** API req/s over baseline req/s, over the whole run and per round. */
  ratio: number;
  spread: RatioSpread;
  /** Baseline server-side CPU per answer over the API's: the same ratio measured in CPU, not wall-clock. */
  cpuRatio: number | null;
}

export interface DeliverySetupResult {
  name: string;
  posts: number;
  subscribers: number;
  /** Deliveries that did not arrive within the timeout. */
  lost: number;
  /** Post sent → event received by a subscriber, one sample per subscriber and post, ms. */
  delivery: LatencySummary;
  /** Post sent → mutation answered, ms. */
  mutation: LatencySummary;
  deliverySamples: number[];
}

export interface LiveRunResult {
  kind: 'latency';
  run: string;
  description: string;
  setups: [DeliverySetupResult, DeliverySetupResult];
  /** Two-instance over one-instance delivery latency, at the median and the 99th percentile. */
  p50Ratio: number;
  p99Ratio: number;
}

/** One job timed whole, one at a time, each from the same state: the API's way against the raw floor. */
export interface TimedRunResult {
  kind: 'timed';
  run: string;
  description: string;
  /** The API first. */
  contenders: [TimedContender, TimedContender];
  /** The baseline's median time over the API's: the API's speed as a share of the floor's. */
  ratio: number;
  /** The same ratio per round (each round times both, in alternating order). */
  spread: RatioSpread;
}

export interface TimedContender {
  name: string;
  /** ms per round, in order. */
  samples: number[];
  latency: LatencySummary;
}

export type RunResult = PageRunResult | LiveRunResult | TimedRunResult;
