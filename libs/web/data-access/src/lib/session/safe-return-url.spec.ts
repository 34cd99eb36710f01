import { safeReturnUrl } from './safe-return-url';

describe(safeReturnUrl.name, () => {
  it('follows paths inside the app', () => {
    expect(safeReturnUrl('/profile?tab=password')).toBe('/profile?tab=password');
  });

  it('refuses other sites and falls back', () => {
    for (const url of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeReturnUrl(url)).toBe('/');
    }
  });
});
