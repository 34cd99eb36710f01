import { createHash } from 'node:crypto';
import { inlineScriptHashes } from './inline-script-hashes';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe(inlineScriptHashes.name, () => {
  it('hashes each inline script a browser runs, once each', () => {
    const dispatcher = '(()=>{window.__jsaction_bootstrap=()=>{}})();';
    const start = 'window.__jsaction_bootstrap(document.body,"ng",["click"],[]);';
    const html =
      `<head><script type="text/javascript" id="ng-event-dispatch-contract">${dispatcher}</script></head>` +
      `<body><script>${start}</script><script type="module">${start}</script></body>`;

    expect(inlineScriptHashes(html)).toEqual([sha256(dispatcher), sha256(start)]);
  });

  it('leaves out scripts loaded from a file and data blocks, which need no hash', () => {
    const html =
      '<script src="main-ABCDEFGH.js" type="module"></script>' +
      '<script id="ng-state" type="application/json">{"a":1}</script>';

    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('hashes the exact text between the tags, whitespace and non-ASCII included', () => {
    const text = '\n  console.log("Hyvää päivää");\n';

    expect(inlineScriptHashes(`<SCRIPT>${text}</SCRIPT >`)).toEqual([sha256(text)]);
  });
});
