export * from './lib/metrics.module';
export * from './lib/http/metrics-endpoint';
export * from './lib/subscriptions/subscription-metrics';
