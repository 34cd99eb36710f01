import type { FastifyRequest } from 'fastify';
import { LOCALE_COOKIE } from '@lukuhaaste/shared/util-rules';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/** A page that takes longer is answered with the client-rendered shell instead (the render finishes unused). */
export const RENDER_TIMEOUT_MS = 3_000;

/** What the web app's server entry (apps/web/src/server.ts) takes besides the URL. */
interface PageRenderContext {
  apiOrigin: string;
  storedLocale: string | null;
  acceptLanguage: string | null;
}

interface WebServerEntry {
  createPageRenderer(publicOrigin: string): (path: string, context: PageRenderContext) => Promise<Response | null>;
}

export interface RenderedPage {
  status: number;
  headers: Headers;
  html: string;
}

/** Renders a page for a GET; null means "serve the client-rendered shell" (no route, failure or timeout). */
export type PageRenderer = (request: FastifyRequest) => Promise<RenderedPage | null>;

/**
 * Loads the web app's server bundle (built next to the browser files) if
 * there is one. The render gets no cookies or session: it fetches its data
 * as an anonymous visitor over loopback, so its HTML is the same for every
 * reader of one language and never carries a patron's data. Pages render as
 * if opened at `publicOrigin` (see publicOrigin in the config), whatever Host
 * the request named.
 */
export async function loadPageRenderer(serverEntry: string, publicOrigin: string): Promise<PageRenderer | null> {
  if (!existsSync(serverEntry)) return null;
  const entry = (await import(pathToFileURL(serverEntry).href)) as WebServerEntry;
  const renderPage = entry.createPageRenderer(publicOrigin);
  return async (request) => {
    const context: PageRenderContext = {
      apiOrigin: loopbackOrigin(request.server.server.address() as AddressInfo),
      storedLocale: request.cookies[LOCALE_COOKIE] ?? null,
      acceptLanguage: request.headers['accept-language'] ?? null,
    };
    try {
      const response = await withTimeout(renderPage(request.url, context), RENDER_TIMEOUT_MS);
      if (!response) return null;
      return { status: response.status, headers: response.headers, html: await response.text() };
    } catch (error) {
      request.log.error({ err: error, url: request.url }, 'Server render failed; serving the client-rendered page');
      return null;
    }
  };
}

/** This process as seen from itself, whatever interface it listens on. */
function loopbackOrigin({ address, port, family }: AddressInfo): string {
  if (address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (address === '::') return `http://[::1]:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Server render took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
