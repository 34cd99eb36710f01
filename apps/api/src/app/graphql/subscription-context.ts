import fastifyCookie from '@fastify/cookie';
import type { AppRequest, GraphqlContext } from '@lukuhaaste/api/accounts';
import type { ConnectionParams } from '@lukuhaaste/api/realtime';
import type { IncomingMessage } from 'node:http';

/** What a subscription's resolvers get: no reply, since nothing over the websocket sets cookies. */
export type SubscriptionContext = Pick<GraphqlContext, 'req'>;

/**
 * The context of one subscription: a request the global auth guard reads like
 * an HTTP one (headers, cookies, ip), so @Public, @Roles and @CurrentUser work
 * unchanged and the session is resolved by the same service for every
 * subscription started. The token comes from connection_init's
 * `authorization` ("Bearer …") if given, else from the upgrade request's
 * Authorization header or session cookie (browsers send the cookie along).
 */
export function subscriptionContext(upgrade: IncomingMessage, connectionParams: ConnectionParams): SubscriptionContext {
  const authorization = connectionParams?.['authorization'];
  const headers = typeof authorization === 'string' ? { ...upgrade.headers, authorization } : { ...upgrade.headers };
  // Only headers, cookies and ip are read from a request outside Fastify's own handlers.
  const req = {
    headers,
    cookies: fastifyCookie.parse(upgrade.headers.cookie ?? ''),
    // The socket's peer; behind nginx that is the proxy. No subscription has a per-address limit.
    ip: upgrade.socket.remoteAddress ?? '',
  } as unknown as AppRequest;
  return { req };
}

/**
 * One event's context: a child of the subscription's request, so it shares
 * the signed-in user but starts with empty DataLoaders (keyed by the request).
 */
export function subscriptionEventContext(operationContext: unknown): SubscriptionContext {
  const { req } = operationContext as SubscriptionContext;
  return { req: Object.create(req) as AppRequest };
}
