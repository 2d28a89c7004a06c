/**
 * One run in the history: a documented subset of the JSON report (docs/history.md), one JSON object per line.
 *
 * Readers are lenient towards the formats that came before and after: a record names its `schemaVersion`; a
 * version-1 report (`generatedAt`, `triggered`, `rules[].triggered`) is read as a record too, and fields this
 * version does not know are kept untouched in the stored line (the store never rewrites lines it did not add).
 */

export type RunStatus = 'due' | 'healthy' | 'unknown';
export type RuleOutcome = 'triggered' | 'ok' | 'error';

export interface HistoryRecord {
  schemaVersion: number;
  /** ISO 8601 time of the run. */
  time: string;
  monitor?: string;
  /** The workflow run: a re-run (same id, new attempt) replaces the record of its earlier attempt. */
  run?: { id: string; attempt: number; url?: string };
  sha?: string;
  status: RunStatus;
  /** Numeric metric values by name. */
  metrics: Record<string, number>;
  rules: { id: string; outcome: RuleOutcome }[];
  drift?: {
    share: number;
    detected: boolean;
    features: { name: string; statistic: number; drifted: boolean }[];
  };
  /** Data-quality facts as the report gives them (kept, not interpreted here). */
  quality?: unknown;
  /** What the run did. `dispatched` marks a retraining. */
  actions?: {
    issue?: number;
    dispatched?: boolean;
    runId?: number;
    /** On a run's early record only: when it claimed the retraining dispatch (history/claim.ts). */
    claimedAt?: string;
  };
}

/** The record version written by this release. */
export const HISTORY_RECORD_VERSION = 2;

type Parsed = { ok: true; record: HistoryRecord } | { ok: false; problem: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one parsed JSON line into a record, or says what is wrong with it. */
export function readRecord(value: unknown): Parsed {
  if (!isObject(value)) return { ok: false, problem: 'expected a JSON object (one run per line)' };
  const time = typeof value['time'] === 'string' ? value['time'] : value['generatedAt'];
  if (typeof time !== 'string' || Number.isNaN(Date.parse(time))) {
    return { ok: false, problem: "expected 'time' as an ISO 8601 date-time string" };
  }
  const version = value['schemaVersion'] ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: "expected 'schemaVersion' as a whole number ≥ 1" };
  }
  const metrics: Record<string, number> = {};
  const rawMetrics = value['metrics'] ?? {};
  if (!isObject(rawMetrics))
    return { ok: false, problem: "expected 'metrics' as an object of name → number" };
  for (const [name, v] of Object.entries(rawMetrics)) {
    // Strings and null are metadata (as in metrics files), not values of the series.
    if (typeof v === 'number' && Number.isFinite(v)) define(metrics, name, v);
  }
  const rules = readRules(value['rules']);
  if (typeof rules === 'string') return { ok: false, problem: rules };
  const status = readStatus(value);
  if (status === undefined) return { ok: false, problem: "expected 'status' as due, healthy or unknown" };
  const record: HistoryRecord = { schemaVersion: version, time, status, metrics, rules };
  if (typeof value['monitor'] === 'string') record.monitor = value['monitor'];
  const run = value['run'];
  if (isObject(run) && (typeof run['id'] === 'string' || typeof run['id'] === 'number')) {
    record.run = {
      id: String(run['id']),
      attempt: typeof run['attempt'] === 'number' ? run['attempt'] : 1,
      ...(typeof run['url'] === 'string' ? { url: run['url'] } : {}),
    };
  }
  if (typeof value['sha'] === 'string') record.sha = value['sha'];
  const drift = readDrift(value['drift']);
  if (drift) record.drift = drift;
  if (value['quality'] !== undefined) record.quality = value['quality'];
  const actions = value['actions'];
  if (isObject(actions)) {
    record.actions = {
      ...(typeof actions['issue'] === 'number' ? { issue: actions['issue'] } : {}),
      ...(typeof actions['dispatched'] === 'boolean' ? { dispatched: actions['dispatched'] } : {}),
      ...(typeof actions['runId'] === 'number' ? { runId: actions['runId'] } : {}),
      ...(typeof actions['claimedAt'] === 'string' ? { claimedAt: actions['claimedAt'] } : {}),
    };
  } else if (Array.isArray(actions)) {
    // Version 1 reports list action records; a dispatch that happened marks a retraining.
    const dispatched = actions.some(
      (a) => isObject(a) && a['kind'] === 'dispatch' && a['outcome'] === 'dispatched',
    );
    record.actions = { dispatched };
  }
  return { ok: true, record };
}

function define(target: Record<string, number>, name: string, value: number): void {
  // A metric named `__proto__` must stay a plain entry.
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

function readStatus(value: Record<string, unknown>): RunStatus | undefined {
  const status = value['status'];
  if (status === 'due' || status === 'healthy' || status === 'unknown') return status;
  if (status !== undefined) return undefined;
  if (typeof value['triggered'] === 'boolean') return value['triggered'] ? 'due' : 'healthy';
  return 'unknown';
}

function readRules(raw: unknown): HistoryRecord['rules'] | string {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return "expected 'rules' as a list";
  const out: HistoryRecord['rules'] = [];
  for (const rule of raw) {
    if (!isObject(rule) || typeof rule['id'] !== 'string')
      return "expected every entry of 'rules' to have an 'id'";
    const outcome = rule['outcome'];
    if (outcome === 'triggered' || outcome === 'ok' || outcome === 'error')
      out.push({ id: rule['id'], outcome });
    else if (typeof rule['triggered'] === 'boolean') {
      out.push({ id: rule['id'], outcome: rule['triggered'] ? 'triggered' : 'ok' });
    } else return `expected rule '${rule['id']}' to have an outcome (triggered, ok or error)`;
  }
  return out;
}

function readDrift(raw: unknown): HistoryRecord['drift'] | undefined {
  if (!isObject(raw) || typeof raw['share'] !== 'number') return undefined;
  const features = Array.isArray(raw['features']) ? raw['features'] : [];
  return {
    share: raw['share'],
    detected: raw['detected'] === true,
    features: features
      .filter(isObject)
      .filter((f) => typeof f['name'] === 'string' && typeof f['statistic'] === 'number')
      .map((f) => ({
        name: f['name'] as string,
        statistic: f['statistic'] as number,
        drifted: f['drifted'] === true,
      })),
  };
}
