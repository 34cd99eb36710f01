import type { FastifyInstance } from 'fastify';

/**
 * The CSP allows only our own scripts, plus the inline scripts whose hashes a
 * page names (see inlineScriptHashes); Angular's inline styles need
 * 'unsafe-inline' for style-src.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  const scriptSources = ["'self'", ...scriptHashes].join(' ');
  return `default-src 'self'; script-src ${scriptSources}; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'`;
}

/** Conservative headers for every response; a route that set its own CSP keeps it. */
const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'content-security-policy': contentSecurityPolicy(),
};

export function addSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
  });
}
