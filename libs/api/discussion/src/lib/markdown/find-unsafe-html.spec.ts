import { findUnsafeHtml } from './find-unsafe-html';

describe('findUnsafeHtml', () => {
  it('accepts the HTML the renderer produces', () => {
    expect(
      findUnsafeHtml('<p><strong>x</strong> <a href="https://example.org" rel="nofollow ugc noopener">y</a></p>'),
    ).toEqual([]);
    expect(findUnsafeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)</p>')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '<script> element'],
    ['<IMG SRC=x>', '<img> element'],
    ['<svg></svg>', '<svg> element'],
    ['<p style="color:red">x</p>', 'style attribute on <p>'],
    ['<p OnClick="alert(1)">x</p>', 'onclick handler on <p>'],
    ['<a href="https://example.org" target="_blank">x</a>', 'target attribute on <a>'],
    ['<a href="javascript:alert(1)">x</a>', 'href="javascript:alert(1)" on <a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'href="javascript:alert(1)" on <a>'],
    ['<a href="java&#9;script:alert(1)">x</a>', 'href="java\tscript:alert(1)" on <a>'],
    ['<a href=" DATA:text/html,x">x</a>', 'href=" DATA:text/html,x" on <a>'],
    ['<a href="vbscript:x">x</a>', 'href="vbscript:x" on <a>'],
  ])('reports %s', (html, finding) => {
    expect(findUnsafeHtml(html)).toContain(finding);
  });
});
