import { aCategory, aChallenge } from '../../testing-fixtures';
import { publishChecklist } from './publish-checklist';

describe(publishChecklist.name, () => {
  it('allows publishing a fully translated challenge with categories', () => {
    const checklist = publishChecklist(aChallenge());

    expect(checklist).toEqual({ categoryCount: 3, missingFinnish: [], missingTranslations: [], canPublish: true });
  });

  it('needs at least one category', () => {
    const checklist = publishChecklist(aChallenge({ categories: [] }));

    expect(checklist.canPublish).toBe(false);
    expect(checklist.categoryCount).toBe(0);
  });

  it('blocks on a blank Finnish category title', () => {
    const checklist = publishChecklist(
      aChallenge({ categories: [aCategory(1), aCategory(2, { title: { fi: '  ', sv: 'Punkt', en: null } })] }),
    );

    expect(checklist.missingFinnish).toEqual([2]);
    expect(checklist.canPublish).toBe(false);
  });

  it('lists missing Swedish and English texts as warnings only', () => {
    const checklist = publishChecklist(
      aChallenge({
        title: { fi: 'Lukuhaaste', sv: null, en: 'Reading challenge' },
        description: { fi: 'Lue laajasti', sv: '', en: null },
        categories: [aCategory(1, { title: { fi: 'Runokirja', sv: 'Diktbok', en: '' } }), aCategory(2)],
      }),
    );

    expect(checklist.canPublish).toBe(true);
    expect(checklist.missingTranslations).toEqual([
      { key: 'challengeTitle', locales: ['sv'] },
      { key: 'challengeDescription', locales: ['sv', 'en'] },
      { key: 'categoryTitle', position: 1, locales: ['en'] },
    ]);
  });
});
