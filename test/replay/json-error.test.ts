import { describe, expect, it } from 'vitest';
import { jsonError } from '../../src/json-error.js';

describe('jsonError', () => {
  it.each([
    ['{"a":1}', undefined],
    ['[1, -2.5e3, "x\\u00e9", true, false, null, {}]', undefined],
    ['{"a":1', { offset: 6, message: "unexpected end of input (expected ',' or '}')" }],
    ['{"a": oops}', { offset: 6, message: 'expected a value' }],
    ['not json', { offset: 1, message: 'expected null' }],
    ['{"a":1}}', { offset: 7, message: 'unexpected text after the JSON value' }],
    ["{'a':1}", { offset: 1, message: 'expected a property name in double quotes' }],
    ['{"a":"x', { offset: 7, message: 'unexpected end of input (unterminated string)' }],
    ['{"a":"\\q"}', { offset: 6, message: 'invalid escape' }],
    ['{"a" 1}', { offset: 5, message: "expected ':'" }],
    ['[1,]', { offset: 3, message: 'expected a value' }],
    ['{"a":01}', { offset: 6, message: "expected ',' or '}'" }],
    ['', { offset: 0, message: 'unexpected end of input (expected a value)' }],
  ])('%j', (text, want) => {
    expect(jsonError(text)).toEqual(want);
    // It agrees with JSON.parse on what is valid.
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(jsonError(text) === undefined).toBe(valid);
  });
});
