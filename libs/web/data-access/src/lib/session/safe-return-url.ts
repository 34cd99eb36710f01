/**
 * A `returnUrl` query parameter is attacker-controlled: only same-app paths
 * are followed, never `//evil.example` or `https://…`.
 */
export function safeReturnUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
