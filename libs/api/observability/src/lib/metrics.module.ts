import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@lukuhaaste/api/config';
import { DbPoolMetrics } from './database/db-pool-metrics';
import { GraphqlMetricsPlugin } from './graphql/graphql-metrics.plugin';
import { HttpStatusMetrics } from './http/http-status-metrics';
import { MetricsEndpoint } from './http/metrics-endpoint';
import { MetricsRegistry } from './metrics-registry';
import { SubscriptionMetrics } from './subscriptions/subscription-metrics';

/**
 * Prometheus metrics of this API instance (issue #9). With METRICS_ENABLED
 * off nothing is registered: no endpoint, no hooks, no cost per request.
 * The Apollo plugin joins the GraphQL server through @Plugin() discovery.
 */
@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.METRICS_ENABLED) return { module: MetricsModule };
    return {
      module: MetricsModule,
      providers: [
        MetricsRegistry,
        GraphqlMetricsPlugin,
        HttpStatusMetrics,
        MetricsEndpoint,
        DbPoolMetrics,
        SubscriptionMetrics,
      ],
      exports: [SubscriptionMetrics],
    };
  }
}
