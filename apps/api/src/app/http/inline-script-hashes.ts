import { createHash } from 'node:crypto';

/** An inline `<script>`: no `src`, its text up to the closing tag. */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
/** Types a browser runs as script (absent type included); JSON data blocks and the like are not run, so need no hash. */
const SCRIPT_TYPE = /\stype\s*=\s*["']?(text\/javascript|application\/javascript|module)["']?(\s|$)/i;

/**
 * CSP sources (`'sha256-…'`) for the inline scripts a page carries, so the
 * policy can keep `script-src 'self'` and still let exactly these run. A
 * server-rendered page has three: Angular's event-replay dispatcher, the call
 * that starts it with the page's event types, and the loader of the app's
 * scripts (see loadScriptsAfterFirstPaint); a hash (not a nonce) keeps one
 * page's HTML and headers the same for every reader.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes) || !runsAsScript(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

function runsAsScript(attributes: string): boolean {
  return !/\stype\s*=/i.test(attributes) || SCRIPT_TYPE.test(attributes);
}
