import { describe, expect, it } from 'vitest';
import { decideVerdict, undecidedDrift } from '../../src/decide.js';
import type { DriftResult, FeatureDrift } from '../../src/drift/types.js';
import { InputError } from '../../src/errors.js';
import { parseRule, parseRuleLines } from '../../src/rules/index.js';
import { featureDrift } from '../support/drift-fixtures.js';
import { evidenceOf } from '../support/evidence.js';

const rules = (text: string) => parseRuleLines(text, "input 'rules'").map((spec) => parseRule(spec));

function driftResult(features: FeatureDrift[], threshold = 0.5): DriftResult {
  const tested = features.filter((f) => f.status !== 'insufficient').length;
  const count = features.filter((f) => f.drifted).length;
  const share = tested > 0 ? count / tested : 0;
  return {
    detected: tested > 0 && share >= threshold,
    share,
    count,
    tested,
    threshold,
    correction: 'none',
    features,
    warnings: [],
  };
}

const drifted = (name: string) => featureDrift(name, { drifted: true });
const ok = (name: string) => featureDrift(name, { drifted: false });
const tooFew = (name: string) =>
  featureDrift(name, { status: 'insufficient', drifted: false, pValue: null, currentSize: 10 });

describe('decideVerdict: three outcomes', () => {
  it('is due when any rule triggers, with one reason per triggered rule', () => {
    const verdict = decideVerdict(
      rules('floor: accuracy < 0.85\naccuracy < 0.85 or rel_change(rows) > 20%\nf1 > 0.99'),
      evidenceOf({ accuracy: 0.9, rows: 1300, f1: 0.5 }, { rows: 1000 }),
    );
    expect(verdict).toMatchObject({ status: 'due', assessed: 'due', triggered: true, undecided: [] });
    expect(verdict.failedRules).toEqual(['rule-2']);
    expect(verdict.reasons).toEqual(['rel_change(rows) = 0.3 > 0.2']);
    expect(verdict.rules.map((r) => r.outcome)).toEqual(['ok', 'triggered', 'ok']);
  });

  it('is healthy when every rule was evaluated and none triggered', () => {
    const verdict = decideVerdict(rules('accuracy < 0.85'), evidenceOf({ accuracy: 0.9 }));
    expect(verdict).toMatchObject({ status: 'healthy', triggered: false, reasons: [], undecided: [] });
  });

  it('is due when a rule triggers next to one that errs (rel_change against 0), naming the error', () => {
    const verdict = decideVerdict(
      rules('jump: rel_change(errors) > 50%\nfloor: accuracy < 0.85'),
      evidenceOf({ errors: 3, accuracy: 0.8 }, { errors: 0, accuracy: 0.9 }),
    );
    expect(verdict.status).toBe('due');
    expect(verdict.failedRules).toEqual(['floor']);
    expect(verdict.rules[0]).toMatchObject({ id: 'jump', outcome: 'error' });
    expect(verdict.rules[0]?.error).toContain("divides by the baseline 'errors' = 0");
    expect(verdict.undecided).toEqual([
      `rule 'jump' (rel_change(errors) > 50%) could not be evaluated: ${verdict.rules[0]?.error}`,
    ]);
  });

  it('is unknown when nothing triggers and a rule errs; on-unknown maps it', () => {
    const input = () => evidenceOf({ errors: 3, accuracy: 0.9 }, { errors: 0, accuracy: 0.9 });
    const r = rules('rel_change(errors) > 50%\naccuracy < 0.85');
    const kept = decideVerdict(r, input());
    expect(kept).toMatchObject({
      status: 'unknown',
      assessed: 'unknown',
      triggered: false,
      onUnknown: 'keep',
    });
    expect(kept.reasons).toEqual([]);
    expect(decideVerdict(r, input(), 'fail')).toMatchObject({ status: 'unknown', triggered: false });
    expect(decideVerdict(r, input(), 'healthy')).toMatchObject({ status: 'healthy', assessed: 'unknown' });
    const due = decideVerdict(r, input(), 'due');
    expect(due).toMatchObject({ status: 'due', assessed: 'unknown', triggered: true });
    expect(due.reasons[0]).toMatch(/^could not decide, and on-unknown is 'due': rule 'rule-1'/);
  });

  it('treats metadata as values a rule cannot compute with, not as a failure of the run', () => {
    const verdict = decideVerdict(
      rules('accuracy < 0.85\n"model" > 1'),
      evidenceOf({ accuracy: 0.9, model: 'churn-v3', trained_at: '2024-05-01' }),
    );
    expect(verdict.status).toBe('unknown');
    expect(verdict.rules[1]?.error).toBe(`metric "model" is string "churn-v3" in metrics.json, not a number`);
    expect(decideVerdict(rules('accuracy < 0.85'), evidenceOf({ accuracy: 0.9, model: 'x' })).status).toBe(
      'healthy',
    );
  });

  it('rejects names no file knows and baseline use without a baseline (configuration errors)', () => {
    expect(() => decideVerdict(rules('acuracy < 0.85'), evidenceOf({ accuracy: 0.9 }))).toThrow(
      /unknown metric 'acuracy'; did you mean 'accuracy'\?/,
    );
    expect(() => decideVerdict(rules('change(accuracy) < 0'), evidenceOf({ accuracy: 0.9 }))).toThrow(
      InputError,
    );
  });

  it('is unknown when a metric is missing from this run but known from the baseline', () => {
    const verdict = decideVerdict(rules('recall < 0.5'), evidenceOf({ accuracy: 0.9 }, { recall: 0.7 }));
    expect(verdict.status).toBe('unknown');
    expect(verdict.rules[0]?.error).toBe(
      "metric 'recall' has no value in this run's metrics files (metrics.json)",
    );
  });
});

describe('decideVerdict: drift', () => {
  it('lets detected drift make the verdict due when no rule mentions drift, naming the features', () => {
    const verdict = decideVerdict([], evidenceOf({}, null, driftResult([drifted('age'), ok('income')])));
    expect(verdict.status).toBe('due');
    expect(verdict.drift).toEqual({ decides: true, status: 'due', undecided: null });
    expect(verdict.reasons).toEqual(['data drift: 1 of 2 features drifted (50% ≥ 50%): age']);
    expect(decideVerdict([], evidenceOf({}, null, driftResult([ok('age'), ok('income')]))).status).toBe(
      'healthy',
    );
  });

  it('leaves the drift decision to rules that mention drift', () => {
    const drift = driftResult([drifted('age'), ok('income')]);
    const quiet = decideVerdict(rules('drift.share > 0.9'), evidenceOf({}, null, drift));
    expect(quiet.status).toBe('healthy');
    expect(quiet.drift?.decides).toBe(false);
    const loud = decideVerdict(
      rules('drift.count >= 1 and accuracy < 0.95'),
      evidenceOf({ accuracy: 0.9 }, null, drift),
    );
    expect(loud.status).toBe('due');
    expect(loud.reasons).toHaveLength(1);
  });

  it('is unknown when no feature could be tested (a truncated 10-row export)', () => {
    const drift = driftResult([tooFew('age'), tooFew('income')]);
    const verdict = decideVerdict([], evidenceOf({}, null, drift));
    expect(verdict.status).toBe('unknown');
    expect(verdict.undecided).toEqual([
      "data drift could not be decided: no feature could be tested: all 2 have too few rows: 'age' (100 reference / 10 current rows), 'income' (100 reference / 10 current rows)",
    ]);
    // A rule reading drift errs the same way, and the verdict is unknown too.
    const byRule = decideVerdict(rules('drift.share > 30%'), evidenceOf({}, null, drift));
    expect(byRule.status).toBe('unknown');
    expect(byRule.rules[0]?.error).toMatch(/^drift\.share is not known: no feature could be tested/);
  });

  it('is unknown when the untested features could flip "no drift" into drift', () => {
    // 1 of 3 tested drifted (33% < 50%); with the 2 untested counted as drifted: 3 of 5 = 60% ≥ 50%.
    const flips = driftResult([drifted('a'), ok('b'), ok('c'), tooFew('d'), tooFew('e')]);
    expect(undecidedDrift(flips)).toMatch(/^2 of 5 features have too few rows to test .* 60% ≥ 50%/);
    expect(decideVerdict([], evidenceOf({}, null, flips)).status).toBe('unknown');
    // 0 of 3 drifted; 1 untested cannot reach 50% (1 of 4 = 25%): decided, healthy.
    const stays = driftResult([ok('a'), ok('b'), ok('c'), tooFew('d')]);
    expect(undecidedDrift(stays)).toBeUndefined();
    expect(decideVerdict([], evidenceOf({}, null, stays)).status).toBe('healthy');
    // Detected drift stays detected whatever the untested features are.
    const detected = driftResult([drifted('a'), drifted('b'), ok('c'), tooFew('d')]);
    expect(undecidedDrift(detected)).toBeUndefined();
    expect(decideVerdict([], evidenceOf({}, null, detected)).status).toBe('due');
  });
});
