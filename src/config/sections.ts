/** Turning the validated settings (kebab-case, like the file) into the typed sections of Config. */
import { InputError } from '../errors.js';
import { PANDAS_NA_VALUES } from '../data/missing.js';
import type { Delimiter, FeatureKind, TableFormat } from '../data/types.js';
import type { DriftConfig, DriftMethodName, MethodChoice } from '../drift/types.js';
import type { CommandConfig } from '../command/types.js';
import { checkTargetUrl } from '../notify/send.js';
import { PAGERDUTY_EVENTS_URL, type NotifyConfig } from '../notify/types.js';
import type { AlertConfig, DispatchConfig } from './types.js';
import { buildDispatchInputs, checkDispatchLimits, parseRepository } from './dispatch-checks.js';
import type { GateSettings } from './gates.js';
import { parseDuration } from './values.js';
import type { OnUnknown } from '../verdict.js';

export const DEFAULTS = {
  driftShare: 0.5,
  minSamples: 30,
  seed: 42,
  issueLabel: 'model-alert',
  issueTitle: 'Model needs retraining: {monitor}',
  cooldown: '1d',
  commandTimeout: '30m',
  reportFile: 'retrain-trigger-report.json',
} as const;

/** The settings object as validated by the schema (kebab-case keys, like the file). */
export interface Settings extends GateSettings {
  metrics?: string | string[];
  baseline?: string | string[];
  rules?:
    | string
    | (
        | string
        | {
            name?: string;
            expression: string;
            description?: string;
            for?: number | string;
            'clear-after'?: number;
          }
      )[];
  'fail-on-trigger'?: boolean;
  'on-unknown'?: OnUnknown;
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
  command?: string[];
  'command-timeout'?: string;
  'state-file'?: string;
  notify?: {
    'slack-webhook-url'?: string;
    'teams-webhook-url'?: string;
    'pagerduty-routing-key'?: string;
    'pagerduty-url'?: string;
    'webhook-url'?: string;
    'webhook-secret'?: string;
    repeat?: string;
  };
  dispatch?: {
    workflow?: string | number;
    'event-type'?: string;
    repository?: string;
    ref?: string;
    inputs?: Record<string, string | number | boolean>;
    cooldown?: string;
  };
  /** `branch`, a `.jsonl` path, or the section (history/settings.ts validates it). */
  history?: string | Record<string, unknown>;
  'max-model-age'?: string | number;
  'model-timestamp'?: string;
}

interface DriftSettings {
  reference: string | string[];
  current: string | string[];
  method?: DriftMethodName | 'auto';
  threshold?: number;
  /** A share from 0 to 1, or a percentage string such as `30%`. */
  share?: number | string;
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
  /** Hysteresis of the drift decision (config/history.ts). */
  for?: number | string;
  'clear-after'?: number;
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
    share:
      typeof d.share === 'string'
        ? Number(d.share.trim().slice(0, -1)) / 100
        : (d.share ?? DEFAULTS.driftShare),
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

export function buildCommand(settings: Settings): CommandConfig | null {
  const argv = settings.command;
  if (!argv) {
    if (settings['command-timeout'] !== undefined) {
      throw new InputError("command-timeout is set but there is no 'command' to run");
    }
    return null;
  }
  if (argv[0]?.trim() === '') throw new InputError('command: the program (first item) is empty');
  const timeoutMs = parseDuration(settings['command-timeout'] ?? DEFAULTS.commandTimeout, 'command-timeout');
  if (timeoutMs <= 0) throw new InputError('command-timeout: expected a duration above 0, e.g. 30m');
  return { argv, timeoutMs };
}

/** Every URL checked on every run (https, or http to loopback); the secrets are never quoted. */
export function buildNotify(n: Settings['notify']): NotifyConfig {
  const config: NotifyConfig = {
    pagerdutyUrl: n?.['pagerduty-url'] ?? PAGERDUTY_EVENTS_URL,
    repeatMs: parseDuration(n?.repeat ?? '0', 'notify-repeat'),
    ...(n?.['slack-webhook-url'] ? { slackWebhookUrl: n['slack-webhook-url'] } : {}),
    ...(n?.['teams-webhook-url'] ? { teamsWebhookUrl: n['teams-webhook-url'] } : {}),
    ...(n?.['pagerduty-routing-key'] ? { pagerdutyRoutingKey: n['pagerduty-routing-key'] } : {}),
    ...(n?.['webhook-url'] ? { webhookUrl: n['webhook-url'] } : {}),
    ...(n?.['webhook-secret'] ? { webhookSecret: n['webhook-secret'] } : {}),
  };
  const urls: [string | undefined, string][] = [
    [config.slackWebhookUrl, 'slack-webhook-url'],
    [config.teamsWebhookUrl, 'teams-webhook-url'],
    [config.pagerdutyRoutingKey ? config.pagerdutyUrl : undefined, 'pagerduty-url'],
    [config.webhookUrl, 'webhook-url'],
  ];
  for (const [url, name] of urls) {
    const problem = url ? checkTargetUrl(url, name) : undefined;
    if (problem) throw new InputError(problem);
  }
  if (config.webhookSecret && !config.webhookUrl) {
    throw new InputError("webhook-secret is set but there is no 'webhook-url' to sign for");
  }
  return config;
}
