import { parseFragment } from 'parse5';
import { urlScheme } from './url-scheme';

/** Elements that run code, load content or restyle the page; none may reach a reader's browser from user content. */
const UNSAFE_TAGS = new Set([
  'script',
  'style',
  'img',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'video',
  'audio',
  'source',
  'picture',
  'template',
  'noscript',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background']);
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/**
 * Lists every way the HTML could run script or load foreign content: unsafe elements, `on*` handlers, `style`,
 * `target`, and javascript:/data:/vbscript: URLs. parse5 parses as a browser does (entities decoded, tags lower-cased,
 * broken markup repaired), so the findings are what a reader's browser would build. Empty = safe.
 * For tests: the renderer's suite, the discussion API specs and e2e checks assert `toEqual([])`.
 */
export function findUnsafeHtml(html: string): string[] {
  const findings: string[] = [];
  const visit = (node: HtmlNode): void => {
    if (UNSAFE_TAGS.has(node.nodeName)) findings.push(`<${node.nodeName}> element`);
    for (const { name, value } of node.attrs ?? []) {
      if (name.startsWith('on')) findings.push(`${name} handler on <${node.nodeName}>`);
      if (name === 'style') findings.push(`style attribute on <${node.nodeName}>`);
      // A link the author makes open elsewhere can reach back through window.opener (tabnabbing).
      if (name === 'target') findings.push(`target attribute on <${node.nodeName}>`);
      if (URL_ATTRIBUTES.has(name) && UNSAFE_SCHEMES.has(urlScheme(value) ?? '')) {
        findings.push(`${name}="${value}" on <${node.nodeName}>`);
      }
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) visit(child);
  };
  visit(parseFragment(html) as HtmlNode);
  return findings;
}
