import { nameCoercedField } from './name-coerced-field';

const DATE_ERROR = { code: 'BAD_USER_INPUT', fieldCode: 'INVALID_DATE' };
const SCALAR_MESSAGE = 'Date must be a calendar date from 0001-01-01 to 9999-12-31, like 2026-05-31.';

describe(nameCoercedField.name, () => {
  it('names the field inside an input variable like the services do', () => {
    const formatted = nameCoercedField({
      message: `Variable "$input" got invalid value "0000-01-01" at "input.newBook.finishedOn"; ${SCALAR_MESSAGE}`,
      extensions: DATE_ERROR,
    });
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newBook.finishedOn', code: 'INVALID_DATE' }],
    });
  });

  it('names the variable when it holds the value, and is not fooled by a path inside the value', () => {
    const formatted = nameCoercedField({
      message: `Variable "$finishedOn" got invalid value "x at \\"finishedOn.evil\\"; " ; ${SCALAR_MESSAGE}`,
      extensions: DATE_ERROR,
    });
    expect(formatted.extensions?.['fields']).toEqual([{ field: 'finishedOn', code: 'INVALID_DATE' }]);
  });

  it('keeps list indexes of a list variable', () => {
    const formatted = nameCoercedField({
      message: `Variable "$dates" got invalid value "2026-02-30" at "dates[2]"; ${SCALAR_MESSAGE}`,
      extensions: DATE_ERROR,
    });
    expect(formatted.extensions?.['fields']).toEqual([{ field: 'dates[2]', code: 'INVALID_DATE' }]);
  });

  it('only drops the hint from errors that are not about a variable, and leaves others alone', () => {
    const literal = nameCoercedField({
      message: SCALAR_MESSAGE,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', fieldCode: 'INVALID_DATE' },
    });
    expect(literal.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const other = { message: 'x', extensions: { code: 'NOT_FOUND' } };
    expect(nameCoercedField(other)).toBe(other);
  });
});
