/** Turning the validated settings (kebab-case, like the file) into the typed sections of Config. */
import { InputError } from '../errors.js';
import { PANDAS_NA_VALUES } from '../data/missing.js';
import type { Delimiter, FeatureKind, TableFormat } from '../data/types.js';
import type { DriftConfig, DriftMethodName, MethodChoice } from '../drift/types.js';
import type { AlertConfig, DispatchConfig } from './types.js';
import { buildDispatchInputs, checkDispatchLimits, parseRepository } from './dispatch-checks.js';
import { parseDuration } from './values.js';

export const DEFAULTS = {
  driftShare: 0.5,
  minSamples: 30,
  seed: 42,
  issueLabel: 'model-alert',
  issueTitle: 'Model needs retraining: {monitor}',
  cooldown: '1d',
  reportFile: 'retrain-trigger-report.json',
} as const;

/** The settings object as validated by the schema (kebab-case keys, like the file). */
export interface Settings {
  metrics?: string | string[];
  baseline?: string | string[];
  rules?: string | (string | { name?: string; expression: string; description?: string })[];
  'fail-on-trigger'?: boolean;
  'report-path'?: string;
  'monitor-key'?: string;
  'dry-run'?: boolean;
  drift?: DriftSettings;
  alert?: {
    enabled?: boolean;
    labels?: string | string[];
    title?: string;
    assignees?: string | string[];
    'close-on-recovery'?: boolean;
  };
  dispatch?: {
    workflow?: string | number;
    'event-type'?: string;
    repository?: string;
    ref?: string;
    inputs?: Record<string, string | number | boolean>;
    cooldown?: string;
  };
}

interface DriftSettings {
  reference: string | string[];
  current: string | string[];
  method?: DriftMethodName | 'auto';
  threshold?: number;
  share?: number;
  features?: string | string[];
  exclude?: string | string[];
  delimiter?: Delimiter | 'tab' | 'auto';
  decimal?: '.' | ',';
  'na-values'?: string | string[] | { replace: string[] };
  bins?: number;
  binning?: DriftConfig['binning'];
  'min-samples'?: number;
  correction?: DriftConfig['correction'];
  'min-effect-size'?: number;
  seed?: number;
  numerical?: MethodChoice;
  categorical?: MethodChoice;
  types?: Record<string, FeatureKind>;
  'per-feature'?: Record<string, MethodChoice & { type?: FeatureKind }>;
}

export function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : value.split(/\r?\n/))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

export function buildDrift(d: DriftSettings): DriftConfig {
  const types = d.types ?? {};
  const perFeature: DriftConfig['perFeature'] = {};
  for (const [name, kind] of Object.entries(types)) perFeature[name] = { type: kind };
  for (const [name, choice] of Object.entries(d['per-feature'] ?? {})) {
    perFeature[name] = { ...perFeature[name], ...choice };
  }
  return {
    reference: toList(d.reference),
    current: toList(d.current),
    method: d.method ?? 'auto',
    ...(d.threshold !== undefined ? { threshold: d.threshold } : {}),
    share: d.share ?? DEFAULTS.driftShare,
    ...(d.features !== undefined ? { features: toNames(d.features) } : {}),
    exclude: d.exclude !== undefined ? toNames(d.exclude) : [],
    table: tableFormat(d),
    numerical: d.numerical ?? {},
    categorical: d.categorical ?? {},
    perFeature,
    ...(d.bins !== undefined ? { bins: d.bins } : {}),
    binning: d.binning ?? 'auto',
    minSamples: d['min-samples'] ?? DEFAULTS.minSamples,
    correction: d.correction ?? 'none',
    ...(d['min-effect-size'] !== undefined ? { minEffectSize: d['min-effect-size'] } : {}),
    seed: d.seed ?? DEFAULTS.seed,
  };
}

function tableFormat(d: DriftSettings): TableFormat {
  const decimal = d.decimal;
  const delimiter = d.delimiter === 'tab' ? '\t' : d.delimiter === 'auto' ? undefined : d.delimiter;
  if (delimiter === ',' && decimal === ',') {
    throw new InputError(
      "drift: delimiter ',' and decimal ',' cannot be used together (European exports separate cells with ';')",
    );
  }
  const na = d['na-values'];
  const naValues =
    na === undefined
      ? PANDAS_NA_VALUES
      : typeof na === 'object' && !Array.isArray(na)
        ? na.replace
        : [...new Set([...PANDAS_NA_VALUES, ...toNames(na)])];
  return {
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(decimal !== undefined ? { decimal } : {}),
    naValues,
  };
}

function toNames(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : value.split(/[,\r\n]/)).map((s) => s.trim()).filter((s) => s !== '');
}

export function buildAlert(a: Settings['alert']): AlertConfig {
  return {
    enabled: a?.enabled ?? false,
    labels: a?.labels !== undefined ? toNames(a.labels) : [DEFAULTS.issueLabel],
    title: a?.title ?? DEFAULTS.issueTitle,
    assignees: a?.assignees !== undefined ? toNames(a.assignees) : [],
    closeOnRecovery: a?.['close-on-recovery'] ?? true,
  };
}

export function buildDispatch(d: Settings['dispatch']): DispatchConfig | null {
  if (!d) return null;
  const workflow = d.workflow !== undefined ? String(d.workflow) : undefined;
  const eventType = d['event-type'];
  if (workflow && eventType) {
    throw new InputError(
      "dispatch: set either 'dispatch-workflow' (workflow_dispatch) or 'dispatch-event-type' (repository_dispatch), not both",
    );
  }
  if (!workflow && !eventType) {
    throw new InputError(
      "dispatch: settings are given but nothing to dispatch: set 'dispatch-workflow' (e.g. retrain.yml) or 'dispatch-event-type'",
    );
  }
  const inputs = buildDispatchInputs(d.inputs ?? {});
  checkDispatchLimits(workflow ? 'workflow' : 'event', inputs);
  return {
    ...(workflow ? { workflow } : {}),
    ...(eventType ? { eventType } : {}),
    ...(d.repository ? { repository: parseRepository(d.repository) } : {}),
    ...(d.ref ? { ref: d.ref } : {}),
    inputs,
    cooldownMs: parseDuration(d.cooldown ?? DEFAULTS.cooldown, 'cooldown'),
  };
}
