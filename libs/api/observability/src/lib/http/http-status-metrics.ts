import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { Counter } from 'prom-client';
import { MetricsRegistry } from '../metrics-registry';

/**
 * Every HTTP response by status code, whatever answered it (GraphQL, health,
 * the web app, a 404). Fastify attaches hooks to all routes when it starts,
 * so adding this one after Nest registered its routes still covers them.
 */
@Injectable()
export class HttpStatusMetrics implements OnModuleInit {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly httpAdapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const responses = new Counter({
      name: 'lukuhaaste_http_requests_total',
      help: 'HTTP responses by status code.',
      labelNames: ['status'],
      registers: [this.registry],
    });
    const fastify: FastifyInstance = this.httpAdapterHost.httpAdapter.getInstance();
    fastify.addHook('onResponse', (_request, reply, done) => {
      responses.inc({ status: reply.statusCode });
      done();
    });
  }
}
