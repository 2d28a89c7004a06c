import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeStanding,
  type Hysteresis,
  NO_HYSTERESIS,
  parseClearAfter,
  parseFor,
  type RunOutcome,
  standingOf,
} from '../../src/history/hysteresis.js';

const T: RunOutcome = 'triggered';
const O: RunOutcome = 'ok';
const U: RunOutcome = 'unknown';
const for3clear2: Hysteresis = { for: { k: 3, n: 3 }, clearAfter: 2 };

/** Triggered state after each prefix of the series. */
function timeline(outcomes: RunOutcome[], spec: Hysteresis): boolean[] {
  return outcomes.map((_, i) => standingOf(outcomes.slice(0, i + 1), spec).standing.triggered);
}

describe('standingOf', () => {
  it('for: 3 is pending until three consecutive runs held', () => {
    expect(describeStanding(standingOf([T], for3clear2).standing)).toBe('pending — 1 of 3 runs');
    expect(describeStanding(standingOf([T, T], for3clear2).standing)).toBe('pending — 2 of 3 runs');
    expect(describeStanding(standingOf([T, T, O], for3clear2).standing)).toBe('ok');
    const fired = standingOf([T, T, T], for3clear2);
    expect(fired.standing).toEqual({ state: 'firing', triggered: true, since: 2 });
    expect(fired.changed).toBe(true);
  });

  it('clear-after: 2 keeps it triggered through one healthy run', () => {
    const s = standingOf([T, T, T, O], for3clear2);
    expect(s.standing.triggered).toBe(true);
    expect(describeStanding(s.standing)).toBe('clearing — 1 of 2 healthy runs');
    expect(standingOf([T, T, T, O, T, O], for3clear2).standing.triggered).toBe(true);
    const cleared = standingOf([T, T, T, O, O], for3clear2);
    expect(cleared.standing).toEqual({ state: 'inactive', triggered: false });
    expect(cleared.changed).toBe(true);
  });

  it('a metric hovering at its threshold opens once and closes once', () => {
    const hovering: RunOutcome[] = [O, T, O, T, T, O, T, T, T, O, T, O, T, O, O, T, O, T, O, O];
    const states = timeline(hovering, for3clear2);
    const opens = states.filter((s, i) => s && !(states[i - 1] ?? false)).length;
    const closes = states.filter((s, i) => !s && (states[i - 1] ?? false)).length;
    expect([opens, closes]).toEqual([1, 1]);
    // Without hysteresis the same series flaps.
    const plain = timeline(hovering, NO_HYSTERESIS);
    expect(plain.filter((s, i) => s && !(plain[i - 1] ?? false)).length).toBe(7);
  });

  it('K of N counts hits in the last N evaluable runs', () => {
    const twoOfFour: Hysteresis = { for: { k: 2, n: 4 }, clearAfter: 1 };
    expect(describeStanding(standingOf([T, O], twoOfFour).standing)).toBe(
      'pending — 1 of 2 runs (in the last 4)',
    );
    expect(standingOf([T, O, O, T], twoOfFour).standing.triggered).toBe(true);
    expect(standingOf([T, O, O, O, T], twoOfFour).standing.triggered).toBe(false);
  });

  it('unknown runs neither count nor break a streak', () => {
    expect(describeStanding(standingOf([T, U, T], for3clear2).standing)).toBe('pending — 2 of 3 runs');
    expect(standingOf([T, U, T, U, T], for3clear2).standing.triggered).toBe(true);
    const s = standingOf([T, T, T, O, U], for3clear2);
    expect(describeStanding(s.standing)).toBe('clearing — 1 of 2 healthy runs');
    expect(s.currentUnknown).toBe(true);
    expect(s.changed).toBe(false);
  });

  it('after clearing, older triggered runs do not count again', () => {
    const oneOfThreeClear1: Hysteresis = { for: { k: 2, n: 3 }, clearAfter: 1 };
    // T T fires, O clears; the next T alone is only pending although the last 3 runs hold 2 Ts.
    expect(standingOf([T, T, O, T], oneOfThreeClear1).standing.state).toBe('pending');
  });

  const outcome = fc.constantFrom<RunOutcome>(T, O, U);
  const spec = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .map(([k, extra, clearAfter]) => ({ for: { k, n: k + extra }, clearAfter }));

  it('property: removing unknown runs changes nothing but currentUnknown', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 40 }), spec, (outcomes, h) => {
        const a = standingOf(outcomes, h).standing;
        const b = standingOf(
          outcomes.filter((o) => o !== U),
          h,
        ).standing;
        expect(a).toEqual({ ...b, ...('since' in b ? { since: (a as { since: number }).since } : {}) });
      }),
    );
  });

  it('property: without hysteresis the rule is triggered exactly when its last evaluable run held', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 40 }), (outcomes) => {
        const last = outcomes.filter((o) => o !== U).at(-1);
        expect(standingOf(outcomes, NO_HYSTERESIS).standing.triggered).toBe(last === T);
      }),
    );
  });
});

describe('parseFor / parseClearAfter', () => {
  it('reads N and K of N', () => {
    expect(parseFor(3)).toEqual({ k: 3, n: 3 });
    expect(parseFor('3')).toEqual({ k: 3, n: 3 });
    expect(parseFor('2 of 3')).toEqual({ k: 2, n: 3 });
    expect(parseFor('2 OF 5')).toEqual({ k: 2, n: 5 });
  });
  it('explains what it expected', () => {
    expect(parseFor('4 of 3')).toBe(
      "'4 of 3' asks for more runs (4) than its window (3); expected K of N with K ≤ N",
    );
    expect(parseFor(0)).toMatch(/^expected a whole number of runs ≥ 1 \(e\.g\. 3\) or 'K of N'.*got 0$/);
    expect(parseFor('three')).toMatch(/got "three"$/);
    expect(parseFor(1.5)).toMatch(/got 1\.5$/);
    expect(parseClearAfter(2)).toBe(2);
    expect(parseClearAfter('2')).toBe(2);
    expect(parseClearAfter(0)).toBe('expected a whole number of healthy runs ≥ 1 (e.g. 2), got 0');
  });
});
