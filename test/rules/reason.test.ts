import { describe, expect, it } from 'vitest';
import { evaluateRule, parseRule, type FactSources } from '../../src/rules/index.js';
import { formatNumber } from '../../src/text/format.js';
import { sources, spec } from './helpers.js';

const values: FactSources = sources(
  new Map([
    ['accuracy', 0.8],
    ['f1', 0.4],
    ['rows', 125],
    ['p@5', 0.3],
    ['near', 0.8499999999],
  ]),
  new Map([
    ['accuracy', 0.9],
    ['rows', 100],
  ]),
  { share: 0.6, count: 3, detected: true },
);

function reason(expression: string): string | undefined {
  return evaluateRule(parseRule(spec(expression)), values).reason;
}

describe('reasons', () => {
  it('shows the comparison with its values', () => {
    expect(reason('accuracy < 0.85')).toBe('accuracy = 0.8 < 0.85');
    expect(reason('0.85 > accuracy')).toBe('0.85 > 0.8 = accuracy');
    expect(reason('accuracy < baseline.accuracy - 5%')).toBe(
      'accuracy = 0.8 < 0.85 = baseline.accuracy - 5%',
    );
    expect(reason('"p@5" < 0.5')).toBe('"p@5" = 0.3 < 0.5');
    expect(reason('accuracy * 100 < 90 - 1')).toBe('accuracy * 100 = 80 < 89');
  });

  it('is absent when the rule does not trigger', () => {
    expect(reason('accuracy > 0.85')).toBeUndefined();
  });

  it('shows only the satisfied side of an or', () => {
    expect(reason('accuracy < 0.5 or rel_change(rows) > 20%')).toBe('rel_change(rows) = 0.25 > 0.2');
    expect(reason('accuracy < 0.85 or rel_change(rows) > 20%')).toBe(
      'accuracy = 0.8 < 0.85 or rel_change(rows) = 0.25 > 0.2',
    );
  });

  it('joins with and, parenthesizing a nested or', () => {
    expect(reason('accuracy < 0.85 and f1 < 0.5')).toBe('accuracy = 0.8 < 0.85 and f1 = 0.4 < 0.5');
    expect(reason('(accuracy < 0.85 or f1 < 0.5) and rows > 100')).toBe(
      '(accuracy = 0.8 < 0.85 or f1 = 0.4 < 0.5) and rows = 125 > 100',
    );
    expect(reason('(accuracy < 0.5 or f1 < 0.5) and rows > 100')).toBe('f1 = 0.4 < 0.5 and rows = 125 > 100');
  });

  it('explains not by the comparison that held the other way', () => {
    expect(reason('not accuracy > 0.85')).toBe('accuracy = 0.8 <= 0.85');
    expect(reason('not (accuracy >= 0.85 and f1 > 0.3)')).toBe('accuracy = 0.8 < 0.85');
    expect(reason('not (accuracy >= 0.85 and f1 > 0.5)')).toBe('accuracy = 0.8 < 0.85 or f1 = 0.4 <= 0.5');
    expect(reason('not (accuracy > 0.85 or f1 == 0.5)')).toBe('accuracy = 0.8 <= 0.85 and f1 = 0.4 != 0.5');
    expect(reason('not (accuracy != 0.8)')).toBe('accuracy = 0.8 == 0.8');
    expect(reason('not not accuracy < 1')).toBe('accuracy = 0.8 < 1');
  });

  it('explains drift and boolean literals', () => {
    expect(reason('drift.detected')).toBe('drift.detected = 1');
    expect(reason('drift.detected and drift.share >= 50%')).toBe(
      'drift.detected = 1 and drift.share = 0.6 >= 0.5',
    );
    expect(reason('true')).toBe('true');
  });

  it('shows full digits when rounding would make both sides look equal', () => {
    expect(reason('near < 0.85')).toBe('near = 0.8499999999 < 0.85');
  });
});

describe('formatNumber', () => {
  it.each([
    [0.8, '0.8'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333'],
    [-2 / 3, '-0.666667'],
    [0.25, '0.25'],
    [-0, '0'],
    [0, '0'],
    [125, '125'],
    [1234567, '1234567'],
    [123456.7, '123457'],
    [999999.9, '1e+6'],
    [1234567.8, '1.23457e+6'],
    [0.0001, '0.0001'],
    [0.000123456789, '0.000123457'],
    [0.00001, '1e-5'],
    [1.23456789e-7, '1.23457e-7'],
    [-1.5e-7, '-1.5e-7'],
    [2e21, '2e+21'],
    [1e15, '1e+15'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [NaN, 'NaN'],
  ])('formats %d as %s', (x, text) => {
    expect(formatNumber(x)).toBe(text);
  });
});
