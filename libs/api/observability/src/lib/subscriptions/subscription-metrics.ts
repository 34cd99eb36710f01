import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../metrics-registry';

/** Active graphql-ws subscriptions, counted by the websocket server itself when scraped. */
@Injectable()
export class SubscriptionMetrics {
  private countActive: () => number = () => 0;

  constructor(registry: MetricsRegistry) {
    const count = () => this.countActive();
    new Gauge({
      name: 'lukuhaaste_graphql_subscriptions_active',
      help: 'GraphQL subscriptions streaming events over graphql-ws on this instance.',
      registers: [registry],
      collect() {
        this.set(count());
      },
    });
  }

  /** The websocket server starts after the metrics exist, so it hands over its count when it does. */
  countWith(countActive: () => number): void {
    this.countActive = countActive;
  }
}
