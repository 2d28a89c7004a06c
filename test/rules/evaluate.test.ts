import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { evaluateRule, parseRule, type MetricValues } from '../../src/rules/index.js';
import { errorOf, spec } from './helpers.js';

const values: MetricValues = {
  current: new Map([
    ['accuracy', 0.8],
    ['f1', 0.6],
    ['rows', 125],
    ['loss', -2],
    ['zero', 0],
    ['p@5', 0.3],
    ['__proto__', 7],
  ]),
  baseline: new Map([
    ['accuracy', 0.9],
    ['rows', 100],
    ['loss', -4],
    ['zero', 0],
    ['p@5', 0.4],
  ]),
  drift: { share: 0.4, count: 2, detected: true },
};

function run(expression: string, input: MetricValues = values) {
  return evaluateRule(parseRule(spec(expression, 'rule-2', 3, 1)), input);
}

/** The value of a numeric expression, read through a comparison that records it via `==`. */
function valueOf(expression: string): number {
  const result = run(`${expression} == ${expression}`);
  expect(result.triggered).toBe(true);
  const reason = result.reason ?? '';
  return Number(/= (\S+) ==/.exec(reason)?.[1] ?? /^(\S+) ==/.exec(reason)?.[1]);
}

describe('evaluateRule', () => {
  it('triggers exactly when the condition holds', () => {
    expect(run('accuracy < 0.85').triggered).toBe(true);
    expect(run('accuracy < 0.8').triggered).toBe(false);
    expect(run('accuracy <= 0.8').triggered).toBe(true);
    expect(run('accuracy > 0.8').triggered).toBe(false);
    expect(run('accuracy >= 0.8').triggered).toBe(true);
    expect(run('accuracy == 0.8').triggered).toBe(true);
    expect(run('accuracy != 0.8').triggered).toBe(false);
  });

  it('compares exactly with == and !=', () => {
    expect(run('0.1 + 0.2 == 0.3').triggered).toBe(false);
    expect(run('0.1 + 0.2 != 0.3').triggered).toBe(true);
  });

  it('does arithmetic with the usual precedence, percent and unary minus', () => {
    expect(valueOf('1 + 2 * 3')).toBe(7);
    expect(valueOf('(1 + 2) * 3')).toBe(9);
    expect(valueOf('8 / 4 / 2')).toBe(1);
    expect(valueOf('10 - 4 - 3')).toBe(3);
    expect(valueOf('-2 * -3')).toBe(6);
    expect(run('20% == 0.2').triggered).toBe(true);
    expect(run('50% * 4 == 2').triggered).toBe(true);
  });

  it('evaluates the functions', () => {
    expect(valueOf('abs(loss)')).toBe(2);
    expect(valueOf('min(accuracy, f1, 3)')).toBe(0.6);
    expect(valueOf('max(accuracy, f1, -3)')).toBe(0.8);
    expect(valueOf('max(5)')).toBe(5);
    expect(valueOf('change(rows)')).toBe(25);
    expect(valueOf('rel_change(rows)')).toBe(0.25);
    // Relative to |baseline|: loss went from -4 to -2, up by half of 4.
    expect(valueOf('rel_change(loss)')).toBe(0.5);
    expect(valueOf('change(loss)')).toBe(2);
    expect(run('rel_change("p@5") == (0.3 - 0.4) / 0.4').triggered).toBe(true);
  });

  it('treats conditions as 1/0 and drift facts as numbers', () => {
    expect(run('(accuracy < 1) + (f1 < 1) == 2').triggered).toBe(true);
    expect(run('drift.detected').triggered).toBe(true);
    expect(run('drift.detected == 1 and drift.count == 2 and drift.share == 0.4').triggered).toBe(true);
    expect(
      run('drift.detected', { ...values, drift: { share: 0, count: 0, detected: false } }).triggered,
    ).toBe(false);
    expect(run('not drift.detected').triggered).toBe(false);
    expect(run('true').triggered).toBe(true);
    expect(run('false or not true').triggered).toBe(false);
  });

  it('records every value read, keyed as the rule names it, evaluating both sides of and/or', () => {
    const result = run(
      'accuracy < 0.85 or rel_change(rows) > 20% or f1 < baseline.accuracy or "p@5" > drift.share',
    );
    expect(result.values).toEqual({
      accuracy: 0.8,
      'rel_change(rows)': 0.25,
      f1: 0.6,
      'baseline.accuracy': 0.9,
      '"p@5"': 0.3,
      'drift.share': 0.4,
    });
    expect(run('false and accuracy < 1').values).toEqual({ accuracy: 0.8 });
    expect(run('change("p@5") < 0 and baseline."p@5" > 0').values).toEqual({
      'change("p@5")': expect.closeTo(-0.1, 12),
      'baseline."p@5"': 0.4,
    });
    expect(Object.keys(run('"__proto__" > 1').values)).toEqual(['__proto__']);
    expect(run('drift.detected').values).toEqual({ 'drift.detected': 1 });
  });

  it('returns id, expression and usesDrift alongside the outcome', () => {
    expect(run('accuracy > 0.85')).toEqual({
      id: 'rule-2',
      expression: 'accuracy > 0.85',
      triggered: false,
      values: { accuracy: 0.8 },
      usesDrift: false,
    });
    expect(run('drift.share > 0.5').usesDrift).toBe(true);
  });
});

describe('evaluation errors', () => {
  const fail = (expression: string, input: MetricValues = values) => {
    const error = errorOf(() => run(expression, input));
    expect(error).toBeInstanceOf(InputError);
    return error.message;
  };

  it('reports rel_change of a zero baseline with the rule and sub-expression', () => {
    expect(fail('accuracy < 0.85 or rel_change(zero) > 20%')).toBe(
      "input 'rules': line 3, column 20: rule 'rule-2' (accuracy < 0.85 or rel_change(zero) > 20%): " +
        'rel_change(zero) divides by baseline zero = 0\n' +
        '    accuracy < 0.85 or rel_change(zero) > 20%\n' +
        '                       ^',
    );
  });

  it('reports division by zero, naming the divisor, even in a branch that does not decide', () => {
    expect(fail('accuracy / (f1 - 0.6) > 1')).toContain(
      'accuracy / (f1 - 0.6) divides by zero ((f1 - 0.6) = 0)',
    );
    expect(fail('true or accuracy / zero > 1')).toContain('accuracy / zero divides by zero (zero = 0)');
    expect(fail('false and 1 / 0 > 1')).toContain("column 11: rule 'rule-2'");
  });

  it('reports values that are missing or not numbers', () => {
    expect(fail('missing < 1')).toContain("metric 'missing' has no value");
    expect(fail('baseline.f1 < 1')).toContain("baseline metric 'f1' has no value");
    expect(fail('change(f1) < 1')).toContain("baseline metric 'f1' has no value");
    expect(fail('drift.share > 0', { ...values, drift: undefined })).toContain(
      'drift.share is read, but drift is not configured',
    );
    const nan = { ...values, current: new Map([['x', NaN]]) };
    expect(fail('x < 1', nan)).toContain("metric 'x' is not a number");
    expect(fail('1e308 * 10 - 1e308 * 10 < 1')).toContain('1e308 * 10 - 1e308 * 10 is not a number (NaN)');
  });
});
