import { Inject, Injectable, Optional, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { formatGraphqlError } from '@lukuhaaste/api/common';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { SubscriptionMetrics } from '@lukuhaaste/api/observability';
import { serveGraphqlWs, type GraphqlWsServer } from '@lukuhaaste/api/realtime';
import { MAX_TOKENS, protectWithArmor } from './graphql-limits';
import { GRAPHQL_PATH } from './graphql-options';
import { subscriptionContext, subscriptionEventContext } from './subscription-context';

/** A subscribe message is a query and its variables; HTTP bodies may be 1 MiB, this needs far less. */
const MAX_WEBSOCKET_MESSAGE_BYTES = 64 * 1024;

/**
 * Subscriptions over graphql-ws on the same server, path and session as the
 * HTTP API (Nest's built-in graphql-ws support cannot refuse foreign origins
 * before the handshake or cap message size).
 */
@Injectable()
export class GraphqlWsGateway implements OnApplicationBootstrap, OnModuleDestroy {
  private server: GraphqlWsServer | null = null;

  constructor(
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** Absent when METRICS_ENABLED is off. */
    @Optional() private readonly subscriptionMetrics?: SubscriptionMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const production = this.config.NODE_ENV === 'production';
    const publicOrigin = this.config.PUBLIC_URL ? [this.config.PUBLIC_URL] : [];
    this.server = serveGraphqlWs(this.httpAdapterHost.httpAdapter.getHttpServer(), {
      path: GRAPHQL_PATH,
      schema: this.schemaHost.schema,
      allowedOrigins: [...publicOrigin, ...this.config.WEBSOCKET_ALLOWED_ORIGINS],
      maxPayloadBytes: MAX_WEBSOCKET_MESSAGE_BYTES,
      maxTokens: MAX_TOKENS,
      validationRules: protectWithArmor(production).validationRules,
      operationContext: subscriptionContext,
      eventContext: subscriptionEventContext,
      formatError: (formatted, thrown) => formatGraphqlError(formatted, !production, thrown),
    });
    this.subscriptionMetrics?.countWith(() => this.server?.activeSubscriptions() ?? 0);
  }

  /**
   * First thing on shutdown: closes every socket with 1001 Going Away (clients
   * reconnect, through the proxy to another instance). It must come before
   * GraphQLModule's own destroy hook, where Apollo's Fastify drain closes the
   * HTTP server and waits for every connection, websockets included; Nest
   * runs AppModule's destroy hooks before those of the modules it imports.
   */
  async onModuleDestroy(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
}
