import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { isAllowedOrigin } from './is-allowed-origin.util';
import { subscribeWithEventContext } from './subscribe-with-event-context';

export type ConnectionParams = Record<string, unknown> | undefined;

export interface GraphqlWsOptions {
  /** The HTTP path, the same as the HTTP GraphQL endpoint's. */
  path: string;
  schema: GraphQLSchema;
  /** Origins allowed besides the server's own (see isAllowedOrigin). */
  allowedOrigins: readonly string[];
  /** Largest websocket message accepted; a bigger one closes the connection (1009). */
  maxPayloadBytes: number;
  /** Parser token limit and extra validation rules: the same limits as over HTTP. */
  maxTokens: number;
  validationRules: readonly ValidationRule[];
  /** Context of one subscription, from the upgrade request and the connection_init payload. */
  operationContext(request: IncomingMessage, connectionParams: ConnectionParams): unknown;
  /** Context for resolving one event of that subscription (fresh request-scoped caches). */
  eventContext(operationContext: unknown): unknown;
  /** The same error masking as over HTTP; `thrown` is the error before formatting. */
  formatError(error: GraphQLFormattedError, thrown: GraphQLError): GraphQLFormattedError;
}

export interface GraphqlWsServer {
  /** Completes every subscription, closes the sockets (1001) and stops taking upgrades. */
  close(): Promise<void>;
  /** Subscriptions streaming events now, over all connections (for metrics). */
  activeSubscriptions(): number;
}

/**
 * GraphQL subscriptions over graphql-ws on an existing HTTP server: upgrades
 * on `path` from an allowed origin become graphql-ws connections; anything
 * else is refused before the handshake. Only subscription operations are
 * served here (queries and mutations keep HTTP's CSRF and request limits).
 */
export function serveGraphqlWs(httpServer: Server, options: GraphqlWsOptions): GraphqlWsServer {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  const connections = new Set<Context<ConnectionParams>>();
  const graphqlWs = useServer<ConnectionParams>(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        connections.add(ctx);
      },
      onClose: (ctx) => {
        connections.delete(ctx);
      },
      context: (ctx) => options.operationContext(ctx.extra.request, ctx.connectionParams),
      onSubscribe: (_ctx, _id, payload) => {
        const document = parseOperation(payload.query, options.maxTokens);
        if (Array.isArray(document)) return document;
        const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [withCode(new GraphQLError('Send queries and mutations over HTTP.'), 'BAD_REQUEST')];
        }
        return {
          schema: options.schema,
          document: document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      subscribe: (args) => subscribeWithEventContext(args, options.eventContext),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => options.formatError(error.toJSON(), error)) }
          : result,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error)),
    },
    sockets,
  );

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isAllowedOrigin(request.headers.origin, request.headers.host, options.allowedOrigins)) {
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
  };
  httpServer.on('upgrade', onUpgrade);

  return {
    close: async () => {
      httpServer.off('upgrade', onUpgrade);
      await graphqlWs.dispose();
    },
    // graphql-ws holds a subscription's event stream from its start until it ends (null while it is set up).
    activeSubscriptions: () =>
      [...connections].reduce((count, ctx) => count + Object.values(ctx.subscriptions).filter(Boolean).length, 0),
  };
}

function parseOperation(query: string, maxTokens: number): DocumentNode | GraphQLError[] {
  try {
    return parse(query, { maxTokens });
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'Syntax error';
    return [withCode(new GraphQLError(message), 'GRAPHQL_PARSE_FAILED')];
  }
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
