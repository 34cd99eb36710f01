import { BRANCH_NAME_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
import { checkBranchName } from './branch-field-checks.util';

describe(checkBranchName.name, () => {
  it('trims names and drops blank translations', () => {
    expect(checkBranchName({ fi: ' Oodi ', sv: '  ', en: null })).toEqual({ problems: [], value: { fi: 'Oodi' } });
    expect(checkBranchName({ fi: 'Kallio', sv: ' Berghäll ' }).value).toEqual({ fi: 'Kallio', sv: 'Berghäll' });
  });

  it('requires a Finnish name', () => {
    expect(checkBranchName({ fi: '   ', sv: 'Berghäll' }).problems).toEqual([{ field: 'name.fi', code: 'REQUIRED' }]);
  });

  it('reports each bad translation on its own field', () => {
    expect(
      checkBranchName({ fi: 'Oodi\nrivi', sv: 'x'.repeat(BRANCH_NAME_MAX_LENGTH + 1), en: 'O\u202Eodi' }).problems,
    ).toEqual([
      { field: 'name.fi', code: 'INVALID_CHARACTERS' },
      { field: 'name.sv', code: 'TOO_LONG', params: { max: BRANCH_NAME_MAX_LENGTH } },
      { field: 'name.en', code: 'INVALID_CHARACTERS' },
    ]);
  });
});
