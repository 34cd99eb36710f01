// Loaded into the API process with `node --import` by `npm run bench -- explain`:
// appends every statement the API sends to PostgreSQL (text and parameters)
// as a JSON line to $BENCH_QUERY_LOG, so the bench can EXPLAIN exactly those.
import { appendFileSync } from 'node:fs';
import pg from 'pg';

const log = process.env['BENCH_QUERY_LOG'];
if (log) {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function recordingQuery(this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
    const values = Array.isArray(second) ? second : (first as { values?: unknown[] } | null)?.values;
    // A Buffer (bytea) as PostgreSQL's hex text, which it reads back as the same bytes.
    const asText = (value: unknown) => (Buffer.isBuffer(value) ? `\\x${value.toString('hex')}` : value);
    if (text) appendFileSync(log, `${JSON.stringify({ text, values: (values ?? []).map(asText) })}\n`);
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
