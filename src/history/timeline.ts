/**
 * The history as series: stored records (oldest first) plus this run as the newest point. Pure.
 *
 * A stored record of this same workflow run (an earlier attempt) is left out: this run replaces it.
 */
import type { RunOutcome } from './hysteresis.js';
import type { HistoryRecord } from './record.js';
import type { SeriesPoint } from './series.js';

export interface CurrentRun {
  /** ms since the epoch. */
  time: number;
  runId?: string;
  metrics: ReadonlyMap<string, number>;
}

export interface Timeline {
  /** Earlier runs, oldest first, without an earlier attempt of the current run. */
  records: HistoryRecord[];
  current: CurrentRun;
}

export function timeline(records: readonly HistoryRecord[], current: CurrentRun): Timeline {
  const earlier =
    current.runId === undefined ? [...records] : records.filter((r) => r.run?.id !== current.runId);
  return { records: earlier, current };
}

/** The metric on every run, this run last; runs that did not record it have `value: undefined`. */
export function metricSeries(t: Timeline, name: string): SeriesPoint[] {
  const points = t.records.map((r) => ({
    time: Date.parse(r.time),
    value: Object.prototype.hasOwnProperty.call(r.metrics, name) ? r.metrics[name] : undefined,
  }));
  points.push({ time: t.current.time, value: t.current.metrics.get(name) });
  return points;
}

/** Index of the newest record that dispatched a retraining, or -1. */
function lastRetrainingIndex(records: readonly HistoryRecord[]): number {
  for (let i = records.length - 1; i >= 0; i--) if (records[i]?.actions?.dispatched === true) return i;
  return -1;
}

/** Time of the last retraining recorded in the history (the newest run that dispatched one). */
export function lastRetraining(records: readonly HistoryRecord[]): string | undefined {
  const i = lastRetrainingIndex(records);
  return i < 0 ? undefined : records[i]?.time;
}

/**
 * The metric's values since the last retraining (the runs after the one that dispatched it), this run last:
 * what the change detectors read. Runs without a value are skipped.
 */
export function sinceRetraining(t: Timeline, name: string): number[] {
  const start = lastRetrainingIndex(t.records) + 1;
  const values = t.records.slice(start).map((r) => r.metrics[name]);
  values.push(t.current.metrics.get(name));
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/**
 * A rule's outcome on every run, this run last. A run that did not evaluate the rule (it was added later, or the
 * run errored) is `unknown`, which hysteresis skips.
 */
export function ruleOutcomes(t: Timeline, ruleId: string, current: RunOutcome): RunOutcome[] {
  const past = t.records.map((r): RunOutcome => {
    const outcome = r.rules.find((rule) => rule.id === ruleId)?.outcome;
    return outcome === 'triggered' || outcome === 'ok' ? outcome : 'unknown';
  });
  return [...past, current];
}

/** Drift share on every run that recorded drift, this run last when given. */
export function driftShares(t: Timeline, current?: number): SeriesPoint[] {
  const points = t.records
    .filter((r) => r.drift !== undefined)
    .map((r) => ({ time: Date.parse(r.time), value: r.drift?.share }));
  if (current !== undefined) points.push({ time: t.current.time, value: current });
  return points;
}
