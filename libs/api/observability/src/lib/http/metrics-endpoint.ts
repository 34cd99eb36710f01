import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, createNetworkMatcher, type AppConfig } from '@lukuhaaste/api/config';
import type { FastifyInstance } from 'fastify';
import { MetricsRegistry } from '../metrics-registry';

export const METRICS_PATH = '/metrics';

/**
 * GET /metrics in Prometheus' text format, for scrapers in
 * METRICS_ALLOWED_NETWORKS only; anyone else gets the same 404 as for a path
 * that does not exist. A plain Fastify route: no session lookup, no guards.
 */
@Injectable()
export class MetricsEndpoint implements OnModuleInit {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly httpAdapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const isAllowed = createNetworkMatcher(this.config.METRICS_ALLOWED_NETWORKS);
    const fastify: FastifyInstance = this.httpAdapterHost.httpAdapter.getInstance();
    fastify.get(METRICS_PATH, async (request, reply) => {
      // Both the peer and the client it speaks for (request.ip: X-Forwarded-For across TRUST_PROXY's hops)
      // must be allowed. The peer alone would admit anyone through a proxy on the same host; the client
      // alone anyone who writes the header themselves when TRUST_PROXY is a hop count.
      if (!isAllowed(request.socket.remoteAddress ?? '') || !isAllowed(request.ip)) {
        return reply.code(404).send({ statusCode: 404, error: 'Not Found' });
      }
      return reply.header('content-type', this.registry.contentType).send(await this.registry.metrics());
    });
  }
}
