import { mentionCandidates } from './mention-candidates.util';

describe(mentionCandidates.name, () => {
  it('offers one to four words after each @, longest first, without trailing punctuation', () => {
    expect(mentionCandidates('Kiitos @Kirja Kettu, hyvä vinkki!')).toEqual([
      ['kirja kettu, hyvä vinkki', 'kirja kettu, hyvä', 'kirja kettu', 'kirja'],
    ]);
    expect(mentionCandidates('@Liisa.')).toEqual([['liisa']]);
  });

  it('finds several mentions and ignores e-mail addresses and lone @ signs', () => {
    expect(mentionCandidates('@Aino ja @Eino\nsekä liisa@example.fi @ ')).toEqual([['aino ja', 'aino'], ['eino']]);
  });

  it('keeps candidates within the display name limit', () => {
    expect(mentionCandidates(`@${'a'.repeat(50)}`)).toEqual([]);
  });
});
