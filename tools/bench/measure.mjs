/**
 * Runs `request` from `concurrency` loops for `durationMs` after a short
 * warm-up; every response body is read. Returns throughput and latency
 * percentiles in milliseconds.
 */
export async function measure(request, { durationMs, concurrency, warmUpMs = 2_000 }) {
  await runFor(request, warmUpMs, concurrency, () => undefined);
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  await runFor(request, durationMs, concurrency, (ms, ok) => {
    latencies.push(ms);
    if (!ok) errors += 1;
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? NaN;
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

async function runFor(request, durationMs, concurrency, record) {
  const until = performance.now() + durationMs;
  const loop = async () => {
    while (performance.now() < until) {
      const start = performance.now();
      const response = await request();
      await response.arrayBuffer();
      record(performance.now() - start, response.ok);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
}
