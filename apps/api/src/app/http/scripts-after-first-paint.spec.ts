import { runInNewContext } from 'node:vm';
import { loadScriptsAfterFirstPaint } from './scripts-after-first-paint';

const RENDERED =
  '<html><head><style>body{margin:0}</style></head><body><lh-root>Kirja</lh-root>' +
  '<link rel="modulepreload" href="chunk-AAAA1111.js"><link rel="modulepreload" href="chunk-BBBB2222.js">' +
  '<script src="main-CCCC3333.js" type="module"></script>' +
  '<script id="ng-state" type="application/json">{}</script></body></html>';

/** Runs the page's loader against a minimal document and says what it added, and when. */
function runLoader(html: string, { hidden }: { hidden: boolean }) {
  const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  type Added = { to: string; tag: string; rel?: string; href?: string; src?: string; type?: string };
  const added: Added[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const element = (to: string) => (node: Omit<Added, 'to'>) => added.push({ to, ...node });
  const document = {
    hidden,
    createElement: (tag: string) => ({ tag }),
    head: { append: element('head') },
    body: { append: element('body') },
  };
  runInNewContext(loader, {
    document,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
  });
  return { added, frames, timers };
}

describe(loadScriptsAfterFirstPaint.name, () => {
  it('replaces the entry script and the chunk preloads with one inline loader, leaving the rest of the page alone', () => {
    const html = loadScriptsAfterFirstPaint(RENDERED);

    expect(html).not.toContain('<link rel="modulepreload"');
    expect(html).not.toContain('<script src=');
    expect(html).toContain('<lh-root>Kirja</lh-root>');
    expect(html).toContain('<script id="ng-state" type="application/json">{}</script>');
    expect(html.match(/<script type="module">/g)).toHaveLength(1);
  });

  it('adds the preloads and the entry script only after the next frame has been painted', () => {
    const { added, frames, timers } = runLoader(loadScriptsAfterFirstPaint(RENDERED), { hidden: false });
    expect(added).toEqual([]);

    frames.forEach((frame) => frame());
    expect(added).toEqual([]);
    timers.forEach((timer) => timer());

    expect(added).toEqual([
      { to: 'head', tag: 'link', rel: 'modulepreload', href: 'chunk-AAAA1111.js' },
      { to: 'head', tag: 'link', rel: 'modulepreload', href: 'chunk-BBBB2222.js' },
      { to: 'body', tag: 'script', type: 'module', src: 'main-CCCC3333.js' },
    ]);
  });

  it('starts at once in a hidden tab, which paints no frames', () => {
    const { added, frames } = runLoader(loadScriptsAfterFirstPaint(RENDERED), { hidden: true });

    expect(frames).toEqual([]);
    expect(added.map((node) => node.href ?? node.src)).toEqual([
      'chunk-AAAA1111.js',
      'chunk-BBBB2222.js',
      'main-CCCC3333.js',
    ]);
  });

  it('returns a page without Angular’s entry script unchanged', () => {
    const shell = '<html><body><link rel="modulepreload" href="chunk-AAAA1111.js"></body></html>';

    expect(loadScriptsAfterFirstPaint(shell)).toBe(shell);
  });
});
