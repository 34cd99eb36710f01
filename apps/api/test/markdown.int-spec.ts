import { renderMarkdown } from '@lukuhaaste/api/discussion';
import { findUnsafeHtml } from '@lukuhaaste/api/discussion/testing';
import { resetRateLimits } from './support/discussion-fixtures';
import { loadHostileStrings } from './support/hostile-strings';
import { startTestApp, type TestApp } from './support/test-app';

const PREVIEW = `mutation($body: String!) { previewMarkdown(body: $body) }`;

/** Markdown that tries to smuggle script or foreign content past the renderer. */
const ATTACKS = [
  '[x](javascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '<javascript:alert(1)>',
  '[x][evil]\n\n[evil]: javascript:alert(1)',
  '![x](https://example.org/x.png)',
  '<<script>script>alert(1)<</script>/script>',
  '<a href="https://example.org" target="_blank">x</a>',
];

describe('Markdown rendering of hostile input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('renders every hostile string to HTML with nothing executable', () => {
    for (const source of loadHostileStrings()) {
      expect({ source, unsafe: findUnsafeHtml(renderMarkdown(source)) }).toEqual({ source, unsafe: [] });
    }
  });

  it('previewMarkdown over HTTP returns the same safe HTML, or BAD_USER_INPUT for what a comment cannot hold', async () => {
    const { token } = await t.newUser();
    for (const body of [...loadHostileStrings(), ...ATTACKS]) {
      await resetRateLimits(t.dataSource);
      const response = await t.gql<{ previewMarkdown: string }>(PREVIEW, { body }, { token });
      if (response.errors.length > 0) {
        expect({ body, code: response.errors[0]?.extensions?.code }).toEqual({ body, code: 'BAD_USER_INPUT' });
        continue;
      }
      const html = response.data?.previewMarkdown ?? '';
      expect({ body, unsafe: findUnsafeHtml(html) }).toEqual({ body, unsafe: [] });
    }
  });
});
