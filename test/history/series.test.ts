import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  highest,
  lowest,
  maxOver,
  meanOver,
  medianOver,
  minOver,
  parseWindow,
  previous,
  type SeriesPoint,
  slope,
} from '../../src/history/series.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

interface Case {
  days: number[];
  values: number[];
  runs: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  slope: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/history/series.json', import.meta.url), 'utf8'),
) as {
  cases: Case[];
};

function daily(values: (number | undefined)[]): SeriesPoint[] {
  return values.map((value, i) => ({ time: T0 + i * DAY, value }));
}

function value(result: ReturnType<typeof previous>): number {
  if (!result.known) throw new Error(result.reason);
  return result.value;
}

describe('window functions match numpy/scipy (gen_series.py)', () => {
  fixture.cases.forEach((c, index) => {
    it(`case ${index}: ${c.values.length} runs, window ${c.runs}`, () => {
      const series = c.days.map((d, i) => ({ time: T0 + d * DAY, value: c.values[i] }));
      const w = { runs: c.runs };
      expect(value(meanOver(series, w, 'x'))).toBeCloseTo(c.mean, 12);
      expect(value(medianOver(series, w, 'x'))).toBeCloseTo(c.median, 12);
      expect(value(minOver(series, w, 'x'))).toBe(c.min);
      expect(value(maxOver(series, w, 'x'))).toBe(c.max);
      expect(value(slope(series, w, 'x'))).toBeCloseTo(c.slope, 10);
    });
  });
});

describe('series functions', () => {
  const series = daily([0.9, 0.92, 0.91, 0.89, 0.88]);
  it('previous is the run before this one', () => {
    expect(value(previous(series, 'accuracy'))).toBe(0.89);
    expect(previous(daily([0.9]), 'accuracy')).toEqual({
      known: false,
      reason: 'accuracy has no earlier run',
    });
    expect(previous(daily([undefined, 0.9]), 'accuracy')).toEqual({
      known: false,
      reason: 'accuracy has no value on the previous run',
    });
  });
  it('a window of N runs includes this run and needs N values', () => {
    expect(value(meanOver(series, { runs: 2 }, 'accuracy'))).toBeCloseTo(0.885, 15);
    expect(meanOver(series, { runs: 7 }, 'accuracy')).toEqual({
      known: false,
      reason: 'accuracy has 5 of the 7 runs the window needs',
    });
    // Runs without a value are skipped, not read as zero.
    expect(value(minOver(daily([0.5, undefined, 0.9, 0.8]), { runs: 2 }, 'a'))).toBe(0.8);
  });
  it('a duration window needs history reaching back that far', () => {
    expect(value(maxOver(series, { days: 2 }, 'accuracy'))).toBe(0.91);
    expect(value(meanOver(series, { days: 4 }, 'accuracy'))).toBeCloseTo(0.9, 15);
    expect(meanOver(series, { days: 7 }, 'accuracy')).toEqual({
      known: false,
      reason: "accuracy's history covers 4 of the 7d the window needs",
    });
  });
  it('highest and lowest read the whole history, and need an earlier run', () => {
    expect(value(highest(series, 'accuracy'))).toBe(0.92);
    expect(value(lowest(series, 'accuracy'))).toBe(0.88);
    expect(highest(daily([0.9]), 'accuracy')).toEqual({
      known: false,
      reason: 'highest(accuracy) needs at least one earlier run',
    });
  });
  it('slope is per day', () => {
    expect(value(slope(daily([1, 0.98, 0.96, 0.94]), { days: 3 }, 'a'))).toBeCloseTo(-0.02, 12);
    const sameTime = [0.9, 0.8].map((v) => ({ time: T0, value: v }));
    expect(slope(sameTime, { runs: 2 }, 'a')).toEqual({
      known: false,
      reason: 'slope(a) needs runs at two different times in the window',
    });
  });
  it('parses windows', () => {
    expect(parseWindow(7)).toEqual({ runs: 7 });
    expect(parseWindow('7d')).toEqual({ days: 7 });
    expect(parseWindow('12h')).toEqual({ days: 0.5 });
    expect(parseWindow('2w')).toEqual({ days: 14 });
    expect(parseWindow(0)).toBe(
      "expected a window of runs (e.g. 7) or a duration (e.g. 7d, 12h, 2w), got '0'",
    );
    expect(parseWindow('7 days')).toMatch(/got '7 days'$/);
  });
});
