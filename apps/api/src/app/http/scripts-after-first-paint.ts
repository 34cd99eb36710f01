/** Angular's initial-chunk hints, `<link rel="modulepreload" href="chunk-ABCD1234.js">`. */
const MODULE_PRELOAD = /<link rel="modulepreload" href="([\w.-]+\.js)">/g;
/** Angular's entry script, `<script src="main-ABCD1234.js" type="module"></script>`. */
const ENTRY_SCRIPT = /<script src="([\w.-]+\.js)" type="module"><\/script>/;

/**
 * Makes a server-rendered page fetch the web app's scripts only once its
 * content has been painted. The HTML and inline styles are everything the
 * first paint needs; the scripts (about 110 kB compressed) only make the page
 * interactive. Fetched alongside the document, they shared a slow
 * connection with it and, on a slow phone, ran before the first paint.
 * Presses made meanwhile are replayed after hydration (Angular's event
 * replay) and links work without scripts.
 *
 * The loader is an inline module script, so it runs when the document has
 * been parsed; it then waits for the next frame to be painted (a hidden tab
 * paints nothing, so it starts at once there), preloads the initial chunks
 * as Angular would have and adds the entry script. The page's CSP admits it
 * by its hash like any other inline script. A page without Angular's entry
 * script is returned as it was.
 */
export function loadScriptsAfterFirstPaint(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry) return html;
  const chunks = [...html.matchAll(MODULE_PRELOAD)].map(([, chunk]) => chunk);
  return html
    .replace(MODULE_PRELOAD, '')
    .replace(ENTRY_SCRIPT, () => `<script type="module">${loader(entry, chunks)}</script>`);
}

function loader(entry: string, chunks: (string | undefined)[]): string {
  return (
    `const start=()=>{for(const href of ${JSON.stringify(chunks)}){const link=document.createElement("link");` +
    `link.rel="modulepreload";link.href=href;document.head.append(link)}` +
    `const script=document.createElement("script");script.type="module";script.src=${JSON.stringify(entry)};` +
    `document.body.append(script)};` +
    `document.hidden?start():requestAnimationFrame(()=>setTimeout(start))`
  );
}
