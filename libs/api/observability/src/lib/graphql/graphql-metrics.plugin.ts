import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Counter, Histogram } from 'prom-client';
import { BoundedLabel } from '../bounded-label';
import { MetricsRegistry } from '../metrics-registry';
import { isErrorCode, isOperationName, MAX_ERROR_CODES, MAX_OPERATION_NAMES } from './label-rules';
import { operationLabel } from './operation-label';

/** From 1 ms (a cached public query) to 10 s (past the statement timeout's default). */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * GraphQL over HTTP per operation: duration, requests by outcome and errors
 * by `extensions.code` as the client receives them (after formatError). Only
 * request-level hooks, once per request: a per-field hook would cost on every
 * one of the hundreds of fields a page resolves.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<BaseContext> {
  private readonly operationNames = new BoundedLabel(MAX_OPERATION_NAMES, isOperationName);
  private readonly errorCodes = new BoundedLabel(MAX_ERROR_CODES, isErrorCode);
  private readonly duration: Histogram<'operation'>;
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly errors: Counter<'operation' | 'code'>;

  constructor(registry: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'lukuhaaste_graphql_request_duration_seconds',
      help: 'GraphQL requests over HTTP from receipt to response (parse, validate, execute), by operation name.',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
    this.requests = new Counter({
      name: 'lukuhaaste_graphql_requests_total',
      help: 'GraphQL requests over HTTP by operation name and outcome (error: the response carries errors).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'lukuhaaste_graphql_errors_total',
      help: 'Errors in GraphQL responses by extensions.code and operation name.',
      labelNames: ['operation', 'code'],
      registers: [registry],
    });
  }

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const startedAt = performance.now();
    return {
      willSendResponse: async (context) => this.record(context, (performance.now() - startedAt) / 1000),
    };
  }

  private record({ operation, response }: GraphQLRequestContextWillSendResponse<BaseContext>, seconds: number) {
    const label = operationLabel(operation, this.operationNames);
    const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
    const errors = result.errors ?? [];
    this.duration.observe({ operation: label }, seconds);
    this.requests.inc({ operation: label, outcome: errors.length > 0 ? 'error' : 'ok' });
    for (const error of errors) {
      const code = error.extensions?.['code'];
      this.errors.inc({ operation: label, code: this.errorCodes.of(typeof code === 'string' ? code : '') });
    }
  }
}
