import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide.js';
import type { DriftResult } from '../../src/drift/types.js';
import { InputError } from '../../src/errors.js';
import { parseRule, parseRuleLines } from '../../src/rules/index.js';
import type { Evidence } from '../../src/verdict.js';
import { featureDrift } from '../support/drift-fixtures.js';

function evidence(
  metrics: Record<string, number>,
  baseline: Record<string, number> = {},
  drift: DriftResult | null = null,
): Evidence {
  return {
    metrics: new Map(Object.entries(metrics)),
    metricSources: new Map(Object.keys(metrics).map((k) => [k, 'm.json'])),
    baseline: new Map(Object.entries(baseline)),
    baselineSources: new Map(),
    history: [],
    drift,
  };
}

const rules = (text: string) => parseRuleLines(text, "input 'rules'").map((spec) => parseRule(spec));

function driftResult(detected: boolean): DriftResult {
  const feature = (name: string, drifted: boolean) =>
    featureDrift(name, { drifted, pValue: drifted ? 1e-6 : 0.8 });
  return {
    detected,
    share: detected ? 0.5 : 0,
    count: detected ? 1 : 0,
    tested: 2,
    threshold: 0.5,
    correction: 'none',
    features: [feature('age', detected), feature('income', false)],
    warnings: [],
  };
}

describe('decide', () => {
  it('triggers when any rule is true, with one reason per triggered rule', () => {
    const verdict = decide(
      rules('floor: accuracy < 0.85\naccuracy < 0.85 or rel_change(rows) > 20%\nf1 > 0.99'),
      evidence({ accuracy: 0.9, rows: 1300, f1: 0.5 }, { rows: 1000 }),
      true,
    );
    expect(verdict.triggered).toBe(true);
    expect(verdict.failedRules).toEqual(['rule-2']);
    expect(verdict.reasons).toEqual(['rel_change(rows) = 0.3 > 0.2']);
    expect(verdict.rules.map((r) => r.triggered)).toEqual([false, true, false]);
  });

  it('does not trigger when no rule is true', () => {
    const verdict = decide(rules('accuracy < 0.85'), evidence({ accuracy: 0.9 }), false);
    expect(verdict).toMatchObject({ triggered: false, reasons: [], failedRules: [] });
  });

  it('rejects unknown metrics and baseline use without a baseline', () => {
    expect(() => decide(rules('acuracy < 0.85'), evidence({ accuracy: 0.9 }), false)).toThrow(
      /unknown metric 'acuracy'/,
    );
    expect(() => decide(rules('change(accuracy) < 0'), evidence({ accuracy: 0.9 }), false)).toThrow(
      InputError,
    );
  });

  it('lets detected drift trigger when no rule mentions drift, naming the features', () => {
    const verdict = decide([], evidence({}, {}, driftResult(true)), false);
    expect(verdict.triggered).toBe(true);
    expect(verdict.reasons).toEqual(['data drift: 1 of 2 features drifted (50% ≥ 50%): age']);
    expect(decide([], evidence({}, {}, driftResult(false)), false).triggered).toBe(false);
  });

  it('leaves the drift decision to rules that mention drift', () => {
    const quiet = decide(rules('drift.share > 0.9'), evidence({}, {}, driftResult(true)), false);
    expect(quiet.triggered).toBe(false);
    const loud = decide(
      rules('drift.count >= 1 and accuracy < 0.95'),
      evidence({ accuracy: 0.9 }, {}, driftResult(true)),
      false,
    );
    expect(loud.triggered).toBe(true);
    expect(loud.reasons).toHaveLength(1);
  });
});
