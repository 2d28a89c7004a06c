/**
 * decideVerdict with the run history (issue 9), without mocks: rules over time through the facts registry,
 * `for` / `clear-after` applied before the status is computed, `max-model-age` as a rule, drift hysteresis.
 */
import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/decide.js';
import type { DriftResult } from '../../src/drift/types.js';
import { DETECTOR_DEFAULTS } from '../../src/history/detectors.js';
import { historyFacts } from '../../src/history/facts.js';
import type { HistoryRecord } from '../../src/history/record.js';
import type { VerdictMemory } from '../../src/history/standings.js';
import { timeline } from '../../src/history/timeline.js';
import { parseRule, parseRuleLines, type RuleSpec } from '../../src/rules/index.js';
import { featureDrift } from '../support/drift-fixtures.js';
import { evidenceOf } from '../support/evidence.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T06:00:00Z');
const rules = (text: string) => parseRuleLines(text, "input 'rules'").map((spec) => parseRule(spec));

function rec(
  day: number,
  metrics: Record<string, number>,
  outcomes: Record<string, string> = {},
  extra = {},
) {
  return {
    schemaVersion: 2,
    time: new Date(T0 + day * DAY).toISOString(),
    status: 'healthy',
    metrics,
    rules: Object.entries(outcomes).map(([id, outcome]) => ({ id, outcome })),
    ...extra,
  } as HistoryRecord;
}

function memory(
  records: HistoryRecord[],
  day: number,
  now: Record<string, number>,
  more = {},
): VerdictMemory {
  const t = timeline(records, { time: T0 + day * DAY, metrics: new Map(Object.entries(now)) });
  return { timeline: t, facts: historyFacts(t, { detectors: DETECTOR_DEFAULTS }), ...more };
}

function decide(text: string, now: Record<string, number>, m: VerdictMemory) {
  return decideVerdict(rules(text), evidenceOf(now), 'keep', m);
}

describe('rules over time', () => {
  const past = [0.91, 0.9, 0.92, 0.9, 0.91, 0.9].map((a, i) => rec(i, { accuracy: a }));

  it('mean_over, previous, highest and slope read the history with this run newest', () => {
    const now = { accuracy: 0.86 };
    const m = memory(past, 6, now);
    const v = decide('accuracy < mean_over(accuracy, 7) - 0.02\naccuracy < highest(accuracy) - 0.03', now, m);
    expect(v.status).toBe('due');
    expect(v.rules.map((r) => r.outcome)).toEqual(['triggered', 'triggered']);
    const mean = (0.91 + 0.9 + 0.92 + 0.9 + 0.91 + 0.9 + 0.86) / 7;
    expect(v.rules[0]?.values['mean_over(accuracy, 7)']).toBeCloseTo(mean, 12);
    expect(v.rules[1]?.values['highest(accuracy)']).toBe(0.92);
    const p = decide('previous(accuracy) - accuracy > 0.03', now, m);
    expect(p.rules[0]?.values['previous(accuracy)']).toBe(0.9);
    expect(p.rules[0]?.outcome).toBe('triggered');
    const s = decide('slope(accuracy, 6d) < -0.002', now, m);
    expect(s.rules[0]?.outcome).toBe('triggered');
  });

  it('too little history is an error of the rule and an unknown verdict, never a silent false', () => {
    const now = { accuracy: 0.95 };
    const v = decide('accuracy < mean_over(accuracy, 30) - 0.02', now, memory(past, 6, now));
    expect(v.rules[0]?.outcome).toBe('error');
    expect(v.rules[0]?.error).toBe('mean_over(accuracy, 30): accuracy has 7 of the 30 runs the window needs');
    expect(v.status).toBe('unknown');
    const d = decide('slope(accuracy, 30d) < 0', now, memory(past, 6, now));
    expect(d.rules[0]?.error).toContain("accuracy's history covers 6 of the 30d the window needs");
  });

  it('a detector is a condition: page_hinkley is unknown during its warm-up', () => {
    const now = { accuracy: 0.9 };
    const v = decide('page_hinkley(accuracy)', now, memory(past, 6, now));
    expect(v.rules[0]?.outcome).toBe('error');
    expect(v.rules[0]?.error).toMatch(/^page_hinkley\(accuracy\): /);
  });

  it('without memory the history functions are a configuration error', () => {
    expect(() => decideVerdict(rules('accuracy < previous(accuracy)'), evidenceOf({ accuracy: 1 }))).toThrow(
      'previous(accuracy) reads earlier runs, but no run history was given',
    );
  });
});

describe('hysteresis before the status', () => {
  const spec = (text: string): RuleSpec => ({
    ...parseRuleLines(text, 'monitor.yml')[0]!,
    hysteresis: { for: { k: 3, n: 3 }, clearAfter: 2 },
  });

  it('a pending rule does not trigger; the third consecutive run does; unknown runs neither count nor break', () => {
    const r = [parseRule(spec('floor: accuracy < 0.85'))];
    const held = { accuracy: 0.84 };
    const once = [rec(0, held, { floor: 'triggered' })];
    const pending = decideVerdict(r, evidenceOf(held), 'keep', memory(once, 1, held));
    expect(pending.rules[0]?.outcome).toBe('triggered');
    expect(pending.rules[0]?.standing).toEqual({
      state: 'pending',
      counts: false,
      text: 'pending — 2 of 3 runs',
    });
    expect(pending.status).toBe('healthy');
    expect(pending.failedRules).toEqual([]);

    const withUnknown = [...once, rec(1, {}, { floor: 'error' }), rec(2, held, { floor: 'triggered' })];
    const firing = decideVerdict(r, evidenceOf(held), 'keep', memory(withUnknown, 3, held));
    expect(firing.rules[0]?.standing?.state).toBe('firing');
    expect(firing.status).toBe('due');
    expect(firing.failedRules).toEqual(['floor']);
    expect(firing.reasons).toEqual(['accuracy = 0.84 < 0.85']);
  });

  it('a triggered rule that no longer holds stays due until clear-after healthy runs', () => {
    const r = [parseRule(spec('floor: accuracy < 0.85'))];
    const fired = [0, 1, 2].map((d) => rec(d, { accuracy: 0.84 }, { floor: 'triggered' }));
    const healthy = { accuracy: 0.9 };
    const clearing = decideVerdict(r, evidenceOf(healthy), 'keep', memory(fired, 3, healthy));
    expect(clearing.rules[0]?.outcome).toBe('ok');
    expect(clearing.status).toBe('due');
    expect(clearing.reasons).toEqual([
      'floor (accuracy < 0.85) has not cleared: clearing — 1 of 2 healthy runs',
    ]);
    const cleared = decideVerdict(
      r,
      evidenceOf(healthy),
      'keep',
      memory([...fired, rec(3, healthy, { floor: 'ok' })], 4, healthy),
    );
    expect(cleared.status).toBe('healthy');
  });

  it('a firing rule that cannot be evaluated now still counts, and says why', () => {
    const r = [parseRule(spec('floor: accuracy < 0.85'))];
    const fired = [0, 1, 2].map((d) => rec(d, { accuracy: 0.84 }, { floor: 'triggered' }));
    const v = decideVerdict(r, evidenceOf({ accuracy: 'n/a' }), 'keep', memory(fired, 3, {}));
    expect(v.rules[0]?.outcome).toBe('error');
    expect(v.rules[0]?.standing?.state).toBe('firing');
    expect(v.status).toBe('due');
    expect(v.reasons).toEqual([
      'floor (accuracy < 0.85) still counts as triggered (not evaluable on this run, not cleared)',
    ]);
    expect(v.undecided).toHaveLength(1);
  });
});

describe('max-model-age', () => {
  it('is one more rule: due when older, error (unknown verdict) when no source knows the age', () => {
    const now = { accuracy: 0.9 };
    const age = {
      known: true as const,
      age: {
        trainedAt: Date.parse('2026-10-28T00:00:00Z'),
        days: 34.25,
        source: { kind: 'history' as const },
      },
    };
    const old = decide('accuracy < 0.85', now, memory([], 0, now, { age, maxModelAgeDays: 30 }));
    expect(old.status).toBe('due');
    expect(old.failedRules).toEqual(['max-model-age']);
    expect(old.reasons).toEqual([
      'model is 34 days old (last retraining in the history, 2026-10-28; max 30d)',
    ]);
    const unknown = decide(
      'accuracy < 0.85',
      now,
      memory([], 0, now, {
        age: { known: false, reason: "the model's age is unknown" },
        maxModelAgeDays: 30,
      }),
    );
    expect(unknown.status).toBe('unknown');
    expect(unknown.undecided).toEqual([
      "rule 'max-model-age' (model.age_days > 30) could not be evaluated: the model's age is unknown",
    ]);
    const read = decide('model.age_days > 20', now, memory([], 0, now, { age }));
    expect(read.rules[0]?.values).toEqual({ 'model.age_days': 34.25 });
    expect(read.status).toBe('due');
  });
});

describe('drift.for / drift.clear-after', () => {
  const driftNow = (detected: boolean): DriftResult => ({
    detected,
    share: detected ? 1 : 0,
    count: detected ? 1 : 0,
    tested: 1,
    threshold: 0.5,
    correction: 'none',
    features: [featureDrift('x', { drifted: detected })],
    warnings: [],
  });
  const driftRec = (day: number, detected: boolean) =>
    rec(day, {}, {}, { drift: { share: detected ? 1 : 0, detected, features: [] } });

  it('drift detected once is pending under for: 2, due on the second run', () => {
    const h = { for: { k: 2, n: 2 }, clearAfter: 1 };
    const evidence = { ...evidenceOf({}), drift: driftNow(true) };
    const first = decideVerdict([], evidence, 'keep', { ...memory([], 0, {}), driftHysteresis: h });
    expect(first.drift?.standing?.text).toBe('pending — 1 of 2 runs');
    expect(first.status).toBe('healthy');
    const second = decideVerdict([], evidence, 'keep', {
      ...memory([driftRec(0, true)], 1, {}),
      driftHysteresis: h,
    });
    expect(second.status).toBe('due');
    expect(second.reasons[0]).toMatch(/^data drift: 1 of 1 features drifted/);
  });
});
