import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDER_TIMEOUT_MS } from '../src/app/http/page-renderer';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://lukuhaaste.example.fi';
const SHELL = '<!doctype html><title>Lukuhaaste</title><lh-root></lh-root>';

/**
 * Stands in for the web app's server bundle: echoes what the API handed it,
 * fails, hangs, or finds no route, depending on the path.
 */
const FAKE_SERVER_ENTRY = `
export function createPageRenderer(publicOrigin) {
  return (path, context) => renderPage(new Request(publicOrigin + path), context);
}

async function renderPage(request, context) {
  const { pathname } = new URL(request.url);
  if (pathname === '/broken') throw new Error('render failed');
  if (pathname === '/slow') return new Promise(() => {});
  if (pathname === '/unrouted') return null;
  if (pathname === '/replay') {
    return new Response('<!doctype html><script>window.replayed = [];</script><p>page</p>', {
      headers: { 'content-type': 'text/html;charset=UTF-8' },
    });
  }
  if (pathname === '/with-app') {
    return new Response(
      '<!doctype html><p>page</p><link rel="modulepreload" href="chunk-AAAA1111.js"><script src="main-BBBB2222.js" type="module"></script>',
      { headers: { 'content-type': 'text/html;charset=UTF-8' } },
    );
  }
  const received = { url: request.url, cookie: request.headers.get('cookie'), context };
  return new Response('<!doctype html><pre>' + JSON.stringify(received) + '</pre>', {
    status: pathname === '/gone' ? 404 : 200,
    headers: { 'content-type': 'text/html;charset=UTF-8' },
  });
}
`;

describe('server-rendered pages', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'lh-web-'));
    await mkdir(join(dist, 'browser'));
    await mkdir(join(dist, 'server'));
    await writeFile(join(dist, 'browser/index.csr.html'), SHELL);
    await writeFile(join(dist, 'server/server.mjs'), FAKE_SERVER_ENTRY);
    t = await startTestApp({ WEB_DIST_DIR: join(dist, 'browser'), PUBLIC_URL });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true });
  });

  it('renders as an anonymous visitor at PUBLIC_URL: the API’s loopback address and the language, never the cookies', async () => {
    const response = await fetch(`${t.baseUrl}/challenges/x/2?ref=fb`, {
      headers: { cookie: 'lh_session=secret; lukuhaaste-locale=sv', 'accept-language': 'en-GB,en;q=0.8' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toBe('accept-language, cookie');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    const html = await response.text();
    const received = JSON.parse(html.slice(html.indexOf('<pre>') + 5, html.indexOf('</pre>')));
    expect(received).toEqual({
      url: `${PUBLIC_URL}/challenges/x/2?ref=fb`,
      cookie: null,
      context: { apiOrigin: t.baseUrl, storedLocale: 'sv', acceptLanguage: 'en-GB,en;q=0.8' },
    });
    expect(html).not.toContain('secret');
  });

  it('lets exactly the inline scripts of the rendered page run, by their hashes', async () => {
    const withScript = await fetch(`${t.baseUrl}/replay`);
    const hash = createHash('sha256').update('window.replayed = [];').digest('base64');

    expect(withScript.headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect((await fetch(`${t.baseUrl}/challenges/x/2`)).headers.get('content-security-policy')).toContain(
      "script-src 'self';",
    );
  });

  it('sends the app’s scripts after the first paint, through a loader the CSP admits by its hash', async () => {
    const response = await fetch(`${t.baseUrl}/with-app`);
    const html = await response.text();
    const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

    expect(html).toMatch(/^<!doctype html><p>page<\/p><script type="module">/);
    expect(html).not.toContain('<script src=');
    expect(loader).toContain('"main-BBBB2222.js"');
    const hash = createHash('sha256').update(loader).digest('base64');
    expect(response.headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${hash}';`);
  });

  it('keeps the status the render chose', async () => {
    expect((await fetch(`${t.baseUrl}/gone`)).status).toBe(404);
  });

  it('answers with the client-rendered shell when the render fails or finds no route', async () => {
    for (const path of ['/broken', '/unrouted']) {
      const response = await fetch(`${t.baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(SHELL);
    }
  });

  it(
    'answers with the shell when the render takes too long',
    async () => {
      const response = await fetch(`${t.baseUrl}/slow`);

      expect(response.status).toBe(200);
      expect(await response.text()).toBe(SHELL);
    },
    RENDER_TIMEOUT_MS + 5_000,
  );

  it('leaves API paths and files alone', async () => {
    expect((await fetch(`${t.baseUrl}/graphql/nothing`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/missing.js`)).status).toBe(404);
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
