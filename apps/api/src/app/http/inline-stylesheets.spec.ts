import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stylesheetInliner } from './inline-stylesheets';

describe(stylesheetInliner.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lh-css-'));
    writeFileSync(join(dir, 'styles-ABCD1234.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'styles-EVIL0000.css'), 'a{}</style><script>alert(1)</script>');
  });
  afterEach(() => rmSync(dir, { recursive: true }));

  it('replaces the global stylesheet link with the sheet itself, leaving other links alone', () => {
    const inline = stylesheetInliner(dir);
    const html =
      '<head><link rel="icon" href="favicon.ico"><link rel="stylesheet" href="styles-ABCD1234.css">' +
      '<link rel="modulepreload" href="chunk-X.js"></head>';

    expect(inline(html)).toBe(
      '<head><link rel="icon" href="favicon.ico"><style>body{margin:0}</style>' +
        '<link rel="modulepreload" href="chunk-X.js"></head>',
    );
  });

  it('keeps the link for a file it cannot find or could not inline safely', () => {
    const inline = stylesheetInliner(dir);
    const missing = '<link rel="stylesheet" href="styles-GONE0000.css">';
    const unsafe = '<link rel="stylesheet" href="styles-EVIL0000.css">';

    expect(inline(missing + unsafe)).toBe(missing + unsafe);
  });
});
