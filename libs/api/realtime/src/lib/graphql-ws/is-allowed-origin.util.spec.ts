import { isAllowedOrigin } from './is-allowed-origin.util';

describe(isAllowedOrigin.name, () => {
  it.each([
    ['the same host and port', 'http://lukuhaaste.example:8080', 'lukuhaaste.example:8080', true],
    ['the same host, Host header in capitals', 'https://lukuhaaste.example', 'Lukuhaaste.Example', true],
    ['another port', 'http://lukuhaaste.example:4200', 'lukuhaaste.example:8080', false],
    ['another site', 'https://evil.example', 'lukuhaaste.example', false],
    ['a look-alike suffix', 'https://lukuhaaste.example.evil.example', 'lukuhaaste.example', false],
    ['a sandboxed page ("null")', 'null', 'lukuhaaste.example', false],
    ['no Host header', 'https://lukuhaaste.example', undefined, false],
  ])('%s → %s', (_case, origin, host, expected) => {
    expect(isAllowedOrigin(origin, host, [])).toBe(expected);
  });

  it('lets a configured origin in', () => {
    expect(isAllowedOrigin('http://localhost:4200', '127.0.0.1:3000', ['http://localhost:4200'])).toBe(true);
  });

  it('lets clients without an Origin header in (not a browser, no ambient cookie)', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:3000', [])).toBe(true);
  });
});
