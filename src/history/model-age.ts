/**
 * Model age: how long ago the model in production was trained, from evidence instead of a cron schedule.
 *
 * The age comes from the first source that knows it, in this order:
 *   1. a timestamp in the metrics files (the key named by `model-timestamp`, e.g. `trained_at`; ISO 8601 or
 *      epoch seconds);
 *   2. the latest successful run of the retraining workflow (`dispatch-workflow`) on the default branch — its
 *      start time (`created_at`), so the age is never understated;
 *   3. the last retraining recorded in the history (the newest run that dispatched one).
 * No source → the age is unknown (a rule reading `model.age_days` errors; `max-model-age` is an unknown part of
 * the verdict), never "fresh".
 */

const DAY_MS = 86_400_000;

export type AgeSource =
  | { kind: 'metrics'; key: string; file?: string }
  | { kind: 'workflow-run'; workflow: string; runUrl?: string }
  | { kind: 'history' };

export interface ModelAge {
  /** When the model was trained (ms since the epoch). */
  trainedAt: number;
  days: number;
  source: AgeSource;
}

export type ModelAgeResult = { known: true; age: ModelAge } | { known: false; reason: string };

export interface AgeEvidence {
  now: number;
  /** The value found under `model-timestamp` in the metrics files, and the file. */
  timestamp?: { key: string; value: unknown; file?: string };
  /** Start time of the latest successful retraining run on the default branch. */
  lastSuccessfulRun?: { workflow: string; createdAt: string; url?: string };
  /** Time of the newest history record that dispatched a retraining. */
  lastRetrainingInHistory?: string;
  /** Names the sources looked at, for the "unknown" reason. */
  looked: { modelTimestamp?: string; workflow?: string; history: boolean };
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A timestamp from a metrics file: ISO 8601 text or epoch seconds. Returns ms, or what is wrong with it. */
export function parseTimestamp(value: unknown, key: string): number | string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value > 1e11)
      return `'${key}' = ${value} is too large for epoch seconds (milliseconds? divide by 1000)`;
    if (value <= 0) return `'${key}' = ${value} is not a time (expected epoch seconds or ISO 8601)`;
    return value * 1000;
  }
  if (typeof value === 'string' && ISO.test(value.trim())) {
    const text = value.trim();
    // A date-time without an offset is read as UTC, not as the runner's local time.
    const withZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
    const ms = Date.parse(withZone.replace(' ', 'T'));
    if (!Number.isNaN(ms)) return ms;
  }
  return `'${key}' = ${JSON.stringify(value)} is not a time (expected ISO 8601 like 2026-10-28T09:00:00Z or epoch seconds)`;
}

/** Picks the first source that knows the age. A malformed metrics timestamp is an error, not a fallback. */
export function modelAge(evidence: AgeEvidence): ModelAgeResult {
  const { now } = evidence;
  const ageOf = (trainedAt: number, source: AgeSource): ModelAgeResult => {
    if (trainedAt > now + DAY_MS) {
      return { known: false, reason: `the model's training time ${isoDate(trainedAt)} is in the future` };
    }
    return { known: true, age: { trainedAt, days: Math.max(0, (now - trainedAt) / DAY_MS), source } };
  };
  if (evidence.timestamp !== undefined) {
    const { key, value, file } = evidence.timestamp;
    const ms = parseTimestamp(value, key);
    if (typeof ms === 'string') return { known: false, reason: file ? `${file}: ${ms}` : ms };
    return ageOf(ms, { kind: 'metrics', key, ...(file ? { file } : {}) });
  }
  const run = evidence.lastSuccessfulRun;
  if (run !== undefined) {
    const ms = Date.parse(run.createdAt);
    if (!Number.isNaN(ms)) {
      return ageOf(ms, {
        kind: 'workflow-run',
        workflow: run.workflow,
        ...(run.url ? { runUrl: run.url } : {}),
      });
    }
  }
  if (evidence.lastRetrainingInHistory !== undefined) {
    const ms = Date.parse(evidence.lastRetrainingInHistory);
    if (!Number.isNaN(ms)) return ageOf(ms, { kind: 'history' });
  }
  const looked = [
    evidence.looked.modelTimestamp
      ? `no '${evidence.looked.modelTimestamp}' in the metrics files`
      : 'no model-timestamp key set',
    evidence.looked.workflow
      ? `no successful ${evidence.looked.workflow} run on the default branch`
      : 'no dispatch-workflow to look at',
    evidence.looked.history ? 'no retraining in the history' : 'no history',
  ];
  return { known: false, reason: `the model's age is unknown: ${looked.join(', ')}` };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function describeSource(source: AgeSource): string {
  switch (source.kind) {
    case 'metrics':
      return source.file ? `'${source.key}' in ${source.file}` : `'${source.key}' in the metrics files`;
    case 'workflow-run':
      return `last successful ${source.workflow} run`;
    case 'history':
      return 'last retraining in the history';
  }
}

/** "model is 34 days old (last successful retrain.yml run, 2026-10-28; max 30d)". */
export function describeAge(age: ModelAge, maxDays?: number): string {
  const whole = Math.floor(age.days);
  const max = maxDays === undefined ? '' : `; max ${Number(maxDays.toFixed(3))}d`;
  return `model is ${whole} day${whole === 1 ? '' : 's'} old (${describeSource(age.source)}, ${isoDate(age.trainedAt)}${max})`;
}

/** `30d`, `12h`, `2w` or a number of days → days; or what was expected. */
export function parseMaxAge(value: unknown): number | string {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  if (typeof value === 'string') {
    const m = /^(\d+(?:\.\d+)?)\s*([hdw]?)$/.exec(value.trim());
    if (m && Number(m[1]) > 0) return Number(m[1]) * ({ h: 1 / 24, d: 1, w: 7, '': 1 }[m[2] as 'h'] ?? 1);
  }
  return `expected a duration like 30d, 36h or 2w, got ${JSON.stringify(value)}`;
}
