import { findUnsafeHtml } from './find-unsafe-html';
import { renderMarkdown } from './render-markdown';

const ATTACKS = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;&#x61;vascript:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '[x](file:///etc/passwd)',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="https://example.org" target="_blank" onclick="alert(1)">x</a>',
  '<<script>script>alert(1)<</script>/script>',
  '<scr<script>ipt>alert(1)</script>',
  '<javascript:alert(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  '[x][evil]\n\n[evil]: javascript:alert(1)',
  '[x][evil]\n\n[evil]: data:text/html;base64,PHNjcmlwdD4=',
  '![x](https://example.org/x.png)',
  '![x](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '[![x](https://example.org/x.png)](https://example.org)',
  '<iframe src="https://example.invalid"></iframe>',
  '<style>body{display:none}</style>',
  '<p style="position:fixed">x</p>',
  '```html\n<script>alert(1)</script>\n```',
  '`<img src=x onerror=alert(1)>`',
  '| a | b |\n|:-|-:|\n| <script> | x |',
  'javascript:alert(1)',
  'www.example.org/<script>',
  '<details open ontoggle=alert(1)>',
  '[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
];

describe('renderMarkdown', () => {
  it.each(ATTACKS)('leaves nothing executable of %j', (source) => {
    const html = renderMarkdown(source);

    expect(findUnsafeHtml(html)).toEqual([]);
    // Independent of the parser: raw HTML only ever appears escaped, and links carry nothing but href and rel.
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|details)/i);
    for (const openingTag of html.match(/<a\b[^>]*>/g) ?? []) {
      expect(openingTag).toMatch(/^<a href="[^"]*" rel="nofollow ugc noopener">$/);
    }
  });

  it('renders the Markdown a comment needs', () => {
    const html = renderMarkdown('**Muumi** ja _Pikku Myy_\n\n- yksi\n- kaksi\n\n> lainaus\n\n`koodi`');

    expect(html).toContain('<strong>Muumi</strong> ja <em>Pikku Myy</em>');
    expect(html).toContain('<ul>\n<li>yksi</li>\n<li>kaksi</li>\n</ul>');
    expect(html).toContain('<blockquote>\n<p>lainaus</p>\n</blockquote>');
    expect(html).toContain('<code>koodi</code>');
  });

  it('keeps line breaks inside a paragraph, as people type them in a comment box', () => {
    expect(renderMarkdown('eka rivi\ntoka rivi')).toBe('<p>eka rivi<br />\ntoka rivi</p>\n');
  });

  it('keeps the number a list starts from', () => {
    expect(renderMarkdown('5. viides\n6. kuudes')).toBe('<ol start="5">\n<li>viides</li>\n<li>kuudes</li>\n</ol>\n');
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<b>lihava</b> & <i>x</i>')).toBe(
      '<p>&lt;b&gt;lihava&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;</p>\n',
    );
  });

  it('gives every link only href and rel="nofollow ugc noopener"', () => {
    expect(renderMarkdown('[Helmet](https://www.helmet.fi "otsikko")')).toBe(
      '<p><a href="https://www.helmet.fi" rel="nofollow ugc noopener">Helmet</a></p>\n',
    );
    expect(renderMarkdown('katso https://www.helmet.fi/fi-FI')).toBe(
      '<p>katso <a href="https://www.helmet.fi/fi-FI" rel="nofollow ugc noopener">https://www.helmet.fi/fi-FI</a></p>\n',
    );
    expect(renderMarkdown('[posti](mailto:kirjasto@example.org)')).toContain(
      '<a href="mailto:kirjasto@example.org" rel="nofollow ugc noopener">posti</a>',
    );
  });

  it('leaves a link with a forbidden scheme as plain text', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('turns an image into a link to it, so nothing loads by itself', () => {
    expect(renderMarkdown('![kansi](https://example.org/kansi.png)')).toBe(
      '<p>!<a href="https://example.org/kansi.png" rel="nofollow ugc noopener">kansi</a></p>\n',
    );
  });

  it('keeps text in every script and a NUL byte does not survive', () => {
    expect(renderMarkdown('Äkköset, Tove Jansson 🐉, עברית')).toBe('<p>Äkköset, Tove Jansson 🐉, עברית</p>\n');
    expect(renderMarkdown('nul\u0000byte')).not.toContain('\u0000');
  });

  it.each([
    ['nested brackets', '['.repeat(4000)],
    ['emphasis delimiters', '*a'.repeat(2000)],
    ['underscores', '_'.repeat(4000)],
    ['backticks', '`a'.repeat(2000)],
    ['nested quotes', '>'.repeat(4000)],
    ['nested lists', Array.from({ length: 400 }, (_, depth) => `${' '.repeat(depth * 2)}- x`).join('\n')],
    ['link references', '[a]: https://example.org\n'.repeat(160)],
    ['unclosed links', '[a](https://example.org '.repeat(160)],
    ['HTML-looking text', '<a '.repeat(1333)],
    ['linkify candidates', 'www.a.fi '.repeat(444)],
  ])('renders 4000 characters of %s in linear time', (_name, source) => {
    const input = source.slice(0, 4000);
    // The fastest of a few runs: other work on a shared machine only ever slows a run down,
    // while a quadratic blow-up on 4000 characters would take seconds every time.
    const fastest = Math.min(
      ...Array.from({ length: 3 }, () => {
        const started = performance.now();
        renderMarkdown(input);
        return performance.now() - started;
      }),
    );

    expect(fastest).toBeLessThan(200);
    expect(findUnsafeHtml(renderMarkdown(input))).toEqual([]);
  });
});
