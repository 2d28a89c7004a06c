import { describe, expect, it } from 'vitest';
import { evaluateRule, parseRule, type FactSources } from '../../src/rules/index.js';
import { sources, spec } from './helpers.js';

const values: FactSources = sources(
  new Map([
    ['accuracy', 0.8],
    ['f1', 0.6],
    ['rows', 125],
    ['loss', -2],
    ['zero', 0],
    ['p@5', 0.3],
    ['__proto__', 7],
  ]),
  new Map([
    ['accuracy', 0.9],
    ['rows', 100],
    ['loss', -4],
    ['zero', 0],
    ['p@5', 0.4],
  ]),
  { share: 0.4, count: 2, detected: true },
);

function run(expression: string, input: FactSources = values) {
  return evaluateRule(parseRule(spec(expression, 'rule-2', 3, 1)), input);
}

/** The value of a numeric expression, read through a comparison that records it via `==`. */
function valueOf(expression: string): number {
  const result = run(`${expression} == ${expression}`);
  expect(result.outcome).toBe('triggered');
  const reason = result.reason ?? '';
  return Number(/= (\S+) ==/.exec(reason)?.[1] ?? /^(\S+) ==/.exec(reason)?.[1]);
}

describe('evaluateRule', () => {
  it('triggers exactly when the condition holds', () => {
    expect(run('accuracy < 0.85').outcome).toBe('triggered');
    expect(run('accuracy < 0.8').outcome).toBe('ok');
    expect(run('accuracy <= 0.8').outcome).toBe('triggered');
    expect(run('accuracy > 0.8').outcome).toBe('ok');
    expect(run('accuracy >= 0.8').outcome).toBe('triggered');
    expect(run('accuracy == 0.8').outcome).toBe('triggered');
    expect(run('accuracy != 0.8').outcome).toBe('ok');
  });

  it('compares exactly with == and !=', () => {
    expect(run('0.1 + 0.2 == 0.3').outcome).toBe('ok');
    expect(run('0.1 + 0.2 != 0.3').outcome).toBe('triggered');
  });

  it('does arithmetic with the usual precedence, percent and unary minus', () => {
    expect(valueOf('1 + 2 * 3')).toBe(7);
    expect(valueOf('(1 + 2) * 3')).toBe(9);
    expect(valueOf('8 / 4 / 2')).toBe(1);
    expect(valueOf('10 - 4 - 3')).toBe(3);
    expect(valueOf('-2 * -3')).toBe(6);
    expect(run('20% == 0.2').outcome).toBe('triggered');
    expect(run('50% * 4 == 2').outcome).toBe('triggered');
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
    expect(run('rel_change("p@5") == (0.3 - 0.4) / 0.4').outcome).toBe('triggered');
  });

  it('treats conditions as 1/0 and drift facts as numbers', () => {
    expect(run('(accuracy < 1) + (f1 < 1) == 2').outcome).toBe('triggered');
    expect(run('drift.detected').outcome).toBe('triggered');
    expect(run('drift.detected == 1 and drift.count == 2 and drift.share == 0.4').outcome).toBe('triggered');
    expect(run('drift.detected', { ...values, drift: { share: 0, count: 0, detected: false } }).outcome).toBe(
      'ok',
    );
    expect(run('not drift.detected').outcome).toBe('ok');
    expect(run('true').outcome).toBe('triggered');
    expect(run('false or not true').outcome).toBe('ok');
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

  it('returns id, expression, the metrics read and usesDrift alongside the outcome', () => {
    expect(run('accuracy > 0.85')).toEqual({
      id: 'rule-2',
      expression: 'accuracy > 0.85',
      outcome: 'ok',
      values: { accuracy: 0.8 },
      metrics: ['accuracy'],
      usesDrift: false,
    });
    expect(run('change(rows) > 0 or f1 < 0').metrics).toEqual(['rows', 'f1']);
    expect(run('drift.share > 0.5').usesDrift).toBe(true);
  });
});

describe('evaluation errors: the outcome is error, never an exception', () => {
  const fail = (expression: string, input: FactSources = values) => {
    const result = run(expression, input);
    expect(result.outcome).toBe('error');
    expect(result.reason).toBeUndefined();
    return result.error ?? '';
  };

  it('reports rel_change of a zero baseline, naming the call and the value', () => {
    expect(fail('accuracy > 0.85 or rel_change(zero) > 20%')).toBe(
      "rel_change(zero) divides by the baseline 'zero' = 0 (a relative change from 0 is undefined)",
    );
  });

  it('reports division by zero, naming the divisor', () => {
    expect(fail('accuracy / (f1 - 0.6) > 1')).toBe('accuracy / (f1 - 0.6) divides by zero ((f1 - 0.6) = 0)');
    expect(fail('false or accuracy / zero > 1')).toBe('accuracy / zero divides by zero (zero = 0)');
  });

  it('decides and/or on the side that can be evaluated when it decides alone (Kleene logic)', () => {
    const either = run('accuracy < 0.85 or rel_change(zero) > 20%');
    expect(either.outcome).toBe('triggered');
    expect(either.reason).toBe('accuracy = 0.8 < 0.85');
    expect(run('accuracy > 0.85 and 1 / zero > 1').outcome).toBe('ok');
    const negated = run('not (accuracy > 0.85 and 1 / zero > 1)');
    expect(negated.outcome).toBe('triggered');
    expect(negated.reason).toBe('accuracy = 0.8 <= 0.85');
    // Not decided by the other side: the error stands.
    expect(fail('accuracy < 0.85 and 1 / zero > 1')).toBe('1 / zero divides by zero (zero = 0)');
    expect(fail('accuracy > 0.85 or 1 / zero > 1')).toBe('1 / zero divides by zero (zero = 0)');
  });

  it('reports values that are missing or metadata, naming the file', () => {
    expect(fail('missing < 1')).toBe(
      "metric 'missing' has no value in this run's metrics files (metrics.json)",
    );
    expect(fail('baseline.f1 < 1')).toBe(
      "baseline metric 'f1' has no value in this run's baseline files (baseline.json)",
    );
    expect(fail('change(f1) < 1')).toContain("baseline metric 'f1' has no value");
    expect(fail('drift.share > 0', { ...values, drift: null })).toBe(
      'drift.share is read, but drift is not configured',
    );
    const meta = sources({ model: 'churn-v3', trained_at: '2024-05-01', note: null, accuracy: 0.9 });
    expect(fail('"model" + 1 > 2', meta)).toBe(
      `metric "model" is string "churn-v3" in metrics.json, not a number`,
    );
    expect(fail('trained_at > 0', meta)).toContain('string "2024-05-01"');
    expect(fail('note > 0', meta)).toBe("metric 'note' is null in metrics.json, not a number");
    expect(run('accuracy > 0.85', meta).outcome).toBe('triggered');
    expect(fail('1e308 * 10 - 1e308 * 10 < 1')).toBe('1e308 * 10 - 1e308 * 10 is not a number (NaN)');
  });

  it('reports drift that could not be decided on every drift read', () => {
    const undecided = {
      ...values,
      drift: { share: 0, count: 0, detected: false, undecided: 'no feature could be tested' },
    };
    expect(fail('drift.share > 30%', undecided)).toBe('drift.share is not known: no feature could be tested');
    expect(fail('drift.detected', undecided)).toBe('drift.detected is not known: no feature could be tested');
  });
});
