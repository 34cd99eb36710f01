import { suggestDisplayName } from './suggest-display-name.util';

describe(suggestDisplayName.name, () => {
  it('combines two words and a number into a valid pseudonym', () => {
    expect(suggestDisplayName(() => 0)).toBe('Kirjamyyrä 1000');
    expect(suggestDisplayName()).toMatch(/^\p{L}+ \d{4}$/u);
  });
});
