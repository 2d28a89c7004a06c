/**
 * The `history` settings, read from inputs (`history`, `history-branch`, `history-max-runs`) and the config's
 * `history:` section (`store`, `branch`, `max-runs`, `detectors`), validated once. Pure: returns the settings or
 * every problem found, each naming the key and what was expected.
 *
 *   history: branch                      # or a path ending in .jsonl; unset = no store
 *   history:
 *     store: branch
 *     branch: retrain-trigger-history
 *     max-runs: 2000
 *     detectors:
 *       page-hinkley: { min-instances: 30, delta: 0.005, threshold: 50, alpha: 0.9999 }
 *       cusum: { min-instances: 30, slack: 0.5, threshold: 5 }
 *       ewma: { min-instances: 30, alpha: 0.1, threshold: 4 }
 */
import { DETECTOR_DEFAULTS, type DetectorParams } from './detectors.js';
import { DEFAULT_MAX_RUNS } from './jsonl.js';
import { DEFAULT_HISTORY_BRANCH } from './store-branch.js';

export type HistoryLocation = { kind: 'branch'; branch: string } | { kind: 'file'; path: string };

export interface HistorySettings {
  /** null = no store: earlier JSONL metrics lines are the only history, read-only. */
  store: HistoryLocation | null;
  maxRuns: number;
  detectors: DetectorParams;
}

export interface RawHistorySettings {
  /** `branch`, a `.jsonl` path, or the config section object. */
  history?: unknown;
  branch?: unknown;
  maxRuns?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const DETECTOR_KEYS = {
  'page-hinkley': {
    name: 'page_hinkley',
    keys: { 'min-instances': 'minInstances', delta: 'delta', threshold: 'threshold', alpha: 'alpha' },
  },
  cusum: { name: 'cusum', keys: { 'min-instances': 'minInstances', slack: 'slack', threshold: 'threshold' } },
  ewma: { name: 'ewma', keys: { 'min-instances': 'minInstances', alpha: 'alpha', threshold: 'threshold' } },
} as const;

// Git's ref-name rules, the parts a user can get wrong (control characters are among them).
// eslint-disable-next-line no-control-regex
const BRANCH = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/$|\.lock$|\.$))[^\s~^:?*[\\\x00-\x1f\x7f]+$/;

export function parseHistorySettings(raw: RawHistorySettings): HistorySettings | string[] {
  const problems: string[] = [];
  const section = isObject(raw.history) ? raw.history : {};
  for (const key of Object.keys(section)) {
    if (!['store', 'branch', 'max-runs', 'detectors'].includes(key)) {
      problems.push(`history.${key}: unknown key (known: store, branch, max-runs, detectors)`);
    }
  }
  const storeValue = isObject(raw.history) ? section['store'] : raw.history;
  const branch = raw.branch ?? section['branch'] ?? DEFAULT_HISTORY_BRANCH;
  let store: HistoryLocation | null = null;
  if (storeValue !== undefined && storeValue !== null && storeValue !== '') {
    if (storeValue === 'branch') {
      if (typeof branch !== 'string' || !BRANCH.test(branch)) {
        problems.push(`history-branch: ${JSON.stringify(branch)} is not a valid branch name`);
      } else store = { kind: 'branch', branch };
    } else if (typeof storeValue === 'string' && /\.jsonl$/i.test(storeValue.trim())) {
      store = { kind: 'file', path: storeValue.trim() };
    } else {
      problems.push(
        `history: expected 'branch' or a path ending in .jsonl, got ${JSON.stringify(storeValue)}`,
      );
    }
  }
  const maxRunsValue = raw.maxRuns ?? section['max-runs'] ?? DEFAULT_MAX_RUNS;
  const maxRuns =
    typeof maxRunsValue === 'string' && /^\d+$/.test(maxRunsValue) ? Number(maxRunsValue) : maxRunsValue;
  if (typeof maxRuns !== 'number' || !Number.isInteger(maxRuns) || maxRuns < 1) {
    problems.push(
      `history-max-runs: expected a whole number of runs ≥ 1, got ${JSON.stringify(maxRunsValue)}`,
    );
  }
  const detectors = parseDetectors(section['detectors'], problems);
  if (problems.length > 0) return problems;
  return { store, maxRuns: maxRuns as number, detectors };
}

function parseDetectors(raw: unknown, problems: string[]): DetectorParams {
  const out: DetectorParams = {
    page_hinkley: { ...DETECTOR_DEFAULTS.page_hinkley },
    cusum: { ...DETECTOR_DEFAULTS.cusum },
    ewma: { ...DETECTOR_DEFAULTS.ewma },
  };
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    problems.push('history.detectors: expected a map of page-hinkley, cusum, ewma');
    return out;
  }
  for (const [detector, params] of Object.entries(raw)) {
    const spec = DETECTOR_KEYS[detector as keyof typeof DETECTOR_KEYS];
    if (!spec) {
      problems.push(`history.detectors.${detector}: unknown detector (known: page-hinkley, cusum, ewma)`);
      continue;
    }
    if (!isObject(params)) {
      problems.push(`history.detectors.${detector}: expected a map of ${Object.keys(spec.keys).join(', ')}`);
      continue;
    }
    const target = out[spec.name] as unknown as Record<string, number>;
    for (const [key, value] of Object.entries(params)) {
      const field = (spec.keys as Record<string, string>)[key];
      const where = `history.detectors.${detector}.${key}`;
      if (!field) {
        problems.push(`${where}: unknown parameter (known: ${Object.keys(spec.keys).join(', ')})`);
        continue;
      }
      const problem = checkParam(spec.name, field, value);
      if (problem) problems.push(`${where}: ${problem}`);
      else target[field] = value as number;
    }
  }
  return out;
}

/** river's own parameter checks (CUSUM, EWMA), and the ranges that keep Page-Hinkley meaningful. */
function checkParam(detector: string, field: string, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `expected a number, got ${JSON.stringify(value)}`;
  if (field === 'minInstances')
    return Number.isInteger(value) && value >= 1 ? undefined : 'expected a whole number ≥ 1';
  if (field === 'threshold') return value > 0 ? undefined : 'expected a number > 0';
  if (field === 'slack') return value >= 0 ? undefined : 'expected a number ≥ 0';
  if (field === 'delta') return value >= 0 ? undefined : 'expected a number ≥ 0';
  if (field === 'alpha') {
    if (detector === 'ewma') return value > 0 && value <= 1 ? undefined : 'expected a number in (0, 1]';
    return value > 0 && value <= 1 ? undefined : 'expected a forgetting factor in (0, 1]';
  }
  return undefined;
}
