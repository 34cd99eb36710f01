/**
 * The X-Forwarded-For a single proxy in front (TRUST_PROXY=1) passes on for a
 * client at `clientIp`. `claimed` is a header the client sent itself, which a
 * proxy that appends (nginx's $proxy_add_x_forwarded_for) keeps in front.
 */
export function forwardedFor(clientIp: string, claimed?: string): { headers: Record<string, string> } {
  return { headers: { 'x-forwarded-for': claimed ? `${claimed}, ${clientIp}` : clientIp } };
}
