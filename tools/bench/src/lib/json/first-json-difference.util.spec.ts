import { firstJsonDifference } from './first-json-difference.util.ts';

describe(firstJsonDifference.name, () => {
  it('is null for byte-equal texts', () => {
    expect(firstJsonDifference('{"a":[1,{"b":null}]}', '{"a":[1,{"b":null}]}')).toBeNull();
  });

  it('names the path of the first differing value', () => {
    expect(firstJsonDifference('{"data":{"x":[{"r":4}]}}', '{"data":{"x":[{"r":5}]}}')).toEqual({
      path: 'data.x[0].r',
      left: '4',
      right: '5',
    });
  });

  it('counts a different key order as a difference (the bytes differ)', () => {
    expect(firstJsonDifference('{"a":1,"b":2}', '{"b":2,"a":1}')).toEqual({
      path: '(root) keys',
      left: '["a","b"]',
      right: '["b","a"]',
    });
  });

  it('reports a missing key and a shorter list', () => {
    expect(firstJsonDifference('{"a":1,"b":2}', '{"a":1}')?.path).toBe('(root) keys');
    expect(firstJsonDifference('[1,2]', '[1]')).toEqual({ path: '(root) length', left: '2', right: '1' });
  });

  it('tells null from a missing value and from a string', () => {
    expect(firstJsonDifference('{"a":null}', '{"a":"null"}')).toEqual({ path: 'a', left: 'null', right: '"null"' });
  });

  it('falls back to the text when equal values are written differently or one side is not JSON', () => {
    expect(firstJsonDifference('{"a":1}', '{"a": 1}')?.path).toBe('(text at character 5)');
    expect(firstJsonDifference('{"a":1}', 'Bad gateway')).toEqual({
      path: '(text at character 0)',
      left: '"{\\"a\\":1}"',
      right: '"Bad gateway"',
    });
  });
});
