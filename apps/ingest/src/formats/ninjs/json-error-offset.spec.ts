import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in JSON, whatever JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"\\u00e9"]} ', '"s"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
  });

  it.each([
    ['{"a" 1}', 5],
    ['{"a": [,]}', 7],
    ['{"a": tru}', 6],
    ['{"a": 1,}', 8],
    ['{"a": 1', 7],
    ['{"a": 1} x', 9],
    ["{'a': 1}", 1],
    ['{"a": "line\nbreak"}', 6],
  ])('places the error in %j at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
