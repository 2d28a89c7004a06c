/**
 * Functions over a metric's history for the rules language: previous, mean/median/min/max over a window, highest,
 * lowest and slope. Pure: a series is the recorded runs' values, oldest first, with this run as the newest point.
 *
 * Too little history is never a quiet answer: every function returns `{ known: false, reason }` when the window is
 * not covered (fewer than N runs with a value; history younger than the duration), so the rule becomes `unknown`.
 */
import { linearRegression, mean, median } from 'simple-statistics';

export interface SeriesPoint {
  /** Run time, ms since the epoch. */
  time: number;
  /** The metric's value on that run; undefined when the run did not record it. */
  value: number | undefined;
}

/** The last `runs` runs, or every run within `days` days of this run (both include this run). */
export type Window = { runs: number } | { days: number };

export type SeriesValue = { known: true; value: number } | { known: false; reason: string };

const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { h: 1 / 24, d: 1, w: 7 };

/** `7` → 7 runs; `'7d'`, `'12h'`, `'2w'` → a duration. Returns the window or what was expected. */
export function parseWindow(value: number | string): Window | string {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 ? { runs: value } : expectedWindow(String(value));
  }
  const match = /^(\d+(?:\.\d+)?)\s*([hdw])$/.exec(value.trim());
  if (!match) return expectedWindow(value);
  const days = Number(match[1]) * (UNITS[match[2] as string] as number);
  return days > 0 ? { days } : expectedWindow(value);
}

function expectedWindow(text: string): string {
  return `expected a window of runs (e.g. 7) or a duration (e.g. 7d, 12h, 2w), got '${text}'`;
}

export function describeWindow(w: Window): string {
  return 'runs' in w ? `${w.runs} runs` : `${Number(w.days.toFixed(3))}d`;
}

type Known = { point: SeriesPoint & { value: number } };
type Selection = { known: true; points: Known['point'][] } | { known: false; reason: string };

function withValue(points: readonly SeriesPoint[]): Known['point'][] {
  return points.filter((p): p is Known['point'] => p.value !== undefined && Number.isFinite(p.value));
}

/** The points a window covers, or why the history does not cover it. */
export function selectWindow(series: readonly SeriesPoint[], w: Window, name: string): Selection {
  const now = series.at(-1);
  if (now === undefined) return { known: false, reason: `${name} has no runs` };
  if ('runs' in w) {
    const points = withValue(series).slice(-w.runs);
    if (points.length < w.runs) {
      return { known: false, reason: `${name} has ${points.length} of the ${w.runs} runs the window needs` };
    }
    return { known: true, points };
  }
  const start = now.time - w.days * DAY_MS;
  const oldest = series[0] as SeriesPoint;
  if (oldest.time > start) {
    const covered = (now.time - oldest.time) / DAY_MS;
    return {
      known: false,
      reason: `${name}'s history covers ${Number(covered.toFixed(1))} of the ${describeWindow(w)} the window needs`,
    };
  }
  const points = withValue(series.filter((p) => p.time >= start));
  if (points.length === 0)
    return { known: false, reason: `${name} has no value in the last ${describeWindow(w)}` };
  return { known: true, points };
}

function over(
  reduce: (values: number[]) => number,
): (series: readonly SeriesPoint[], w: Window, name: string) => SeriesValue {
  return (series, w, name) => {
    const selected = selectWindow(series, w, name);
    if (!selected.known) return selected;
    return { known: true, value: reduce(selected.points.map((p) => p.value)) };
  };
}

export const meanOver = over(mean);
export const medianOver = over(median);
export const minOver = over((values) => Math.min(...values));
export const maxOver = over((values) => Math.max(...values));

/** The last recorded run's value (the run before this one). */
export function previous(series: readonly SeriesPoint[], name: string): SeriesValue {
  const before = series.at(-2);
  if (before === undefined) return { known: false, reason: `${name} has no earlier run` };
  if (before.value === undefined || !Number.isFinite(before.value)) {
    return { known: false, reason: `${name} has no value on the previous run` };
  }
  return { known: true, value: before.value };
}

function extreme(pick: (values: number[]) => number, what: string) {
  return (series: readonly SeriesPoint[], name: string): SeriesValue => {
    const points = withValue(series);
    // With only this run, "relative to the best run" compares a value with itself: not an answer.
    if (points.length < 2) return { known: false, reason: `${what}(${name}) needs at least one earlier run` };
    return { known: true, value: pick(points.map((p) => p.value)) };
  };
}

export const highest = extreme((values) => Math.max(...values), 'highest');
export const lowest = extreme((values) => Math.min(...values), 'lowest');

/** Least-squares slope of the value per day over the window (simple-statistics' linear regression). */
export function slope(series: readonly SeriesPoint[], w: Window, name: string): SeriesValue {
  const selected = selectWindow(series, w, name);
  if (!selected.known) return selected;
  const points = selected.points;
  const first = points[0] as Known['point'];
  if (points.length < 2 || points.every((p) => p.time === first.time)) {
    return { known: false, reason: `slope(${name}) needs runs at two different times in the window` };
  }
  const fit = linearRegression(points.map((p) => [(p.time - first.time) / DAY_MS, p.value]));
  return { known: true, value: fit.m };
}
