import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * This application's metrics. Each app has its own registry rather than
 * prom-client's global one, so apps started side by side in one process (the
 * integration tests) never share series. The default metrics are process and
 * Node.js figures, event-loop lag (nodejs_eventloop_lag_*) among them; they
 * are read when scraped, not per request.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  constructor() {
    super();
    collectDefaultMetrics({ register: this });
  }
}
