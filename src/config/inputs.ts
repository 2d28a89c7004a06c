/**
 * Action inputs (or CLI flags) → the config-file shape. Every input has a place in the config file; this table is
 * the single source of that mapping (the README's inputs table and action.yml follow it).
 */
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { parseBoolean, parseLines, parseNames, parseNumber } from './values.js';

/** Where action inputs come from: `core.getInput` in the action, flags in the CLI. '' or undefined = not given. */
export type InputSource = (name: string) => string | undefined;

type Kind = 'string' | 'lines' | 'names' | 'boolean' | 'number' | 'map' | 'list';

interface InputPlace {
  path: string[];
  kind: Kind;
  expected?: string;
  /** A number that may be written as a percentage (`30%` = 0.3), as in rules. */
  percent?: boolean;
}

export const INPUT_PLACES: Record<string, InputPlace> = {
  metrics: { path: ['metrics'], kind: 'lines' },
  baseline: { path: ['baseline'], kind: 'lines' },
  rules: { path: ['rules'], kind: 'string' },
  'fail-on-trigger': { path: ['fail-on-trigger'], kind: 'boolean' },
  'on-unknown': { path: ['on-unknown'], kind: 'string' },
  'report-path': { path: ['report-path'], kind: 'string' },
  'monitor-key': { path: ['monitor-key'], kind: 'string' },
  'dry-run': { path: ['dry-run'], kind: 'boolean' },
  'reference-data': { path: ['drift', 'reference'], kind: 'lines' },
  'current-data': { path: ['drift', 'current'], kind: 'lines' },
  'drift-method': { path: ['drift', 'method'], kind: 'string' },
  'drift-threshold': { path: ['drift', 'threshold'], kind: 'number', expected: 'a number ≥ 0' },
  'drift-share': {
    path: ['drift', 'share'],
    kind: 'number',
    expected: 'a share from 0 to 1 or a percentage such as 30%',
    percent: true,
  },
  features: { path: ['drift', 'features'], kind: 'names' },
  'exclude-features': { path: ['drift', 'exclude'], kind: 'names' },
  delimiter: { path: ['drift', 'delimiter'], kind: 'string' },
  decimal: { path: ['drift', 'decimal'], kind: 'string' },
  'na-values': { path: ['drift', 'na-values'], kind: 'names' },
  'alert-issue': { path: ['alert', 'enabled'], kind: 'boolean' },
  'issue-labels': { path: ['alert', 'labels'], kind: 'names' },
  'issue-title': { path: ['alert', 'title'], kind: 'string' },
  'issue-assignees': { path: ['alert', 'assignees'], kind: 'names' },
  'close-on-recovery': { path: ['alert', 'close-on-recovery'], kind: 'boolean' },
  'dispatch-workflow': { path: ['dispatch', 'workflow'], kind: 'string' },
  'dispatch-ref': { path: ['dispatch', 'ref'], kind: 'string' },
  'dispatch-inputs': { path: ['dispatch', 'inputs'], kind: 'map' },
  cooldown: { path: ['dispatch', 'cooldown'], kind: 'string' },
  'dispatch-event-type': { path: ['dispatch', 'event-type'], kind: 'string' },
  'dispatch-repository': { path: ['dispatch', 'repository'], kind: 'string' },
  command: { path: ['command'], kind: 'list' },
  'command-timeout': { path: ['command-timeout'], kind: 'string' },
  'state-file': { path: ['state-file'], kind: 'string' },
  'slack-webhook-url': { path: ['notify', 'slack-webhook-url'], kind: 'string' },
  'teams-webhook-url': { path: ['notify', 'teams-webhook-url'], kind: 'string' },
  'pagerduty-routing-key': { path: ['notify', 'pagerduty-routing-key'], kind: 'string' },
  'pagerduty-url': { path: ['notify', 'pagerduty-url'], kind: 'string' },
  'webhook-url': { path: ['notify', 'webhook-url'], kind: 'string' },
  'webhook-secret': { path: ['notify', 'webhook-secret'], kind: 'string' },
  'notify-repeat': { path: ['notify', 'repeat'], kind: 'string' },
  gates: { path: ['gates'], kind: 'string' },
  'fail-on-reject': { path: ['fail-on-reject'], kind: 'boolean' },
  'promote-workflow': { path: ['promote', 'workflow'], kind: 'string' },
  'promote-inputs': { path: ['promote', 'inputs'], kind: 'map' },
  'issue-number': { path: ['issue-number'], kind: 'number', expected: 'an issue number' },
  'max-retrain-attempts': { path: ['max-retrain-attempts'], kind: 'number', expected: 'a whole number ≥ 1' },
  history: { path: ['history', 'store'], kind: 'string' },
  'history-branch': { path: ['history', 'branch'], kind: 'string' },
  'history-max-runs': {
    path: ['history', 'max-runs'],
    kind: 'number',
    expected: 'a whole number of runs ≥ 1',
  },
  'max-model-age': { path: ['max-model-age'], kind: 'string' },
  'model-timestamp': { path: ['model-timestamp'], kind: 'string' },
};

/** Inputs that are not settings of the config file. */
export const OTHER_INPUTS = ['config', 'github-token'] as const;

/** Inputs whose values are secrets: masked in the log and redacted from every message (text/redact.ts). */
export const SECRET_INPUTS = ['github-token'] as const;

/** The values of the secret inputs, and GITHUB_TOKEN (the token's fallback), that are set. */
export function secretValues(get: (name: string) => string | undefined, env: NodeJS.ProcessEnv): string[] {
  const values = [...SECRET_INPUTS.map((name) => get(name)), env.GITHUB_TOKEN];
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** An input holding YAML (a list or a map): its parsed value, or an InputError naming the input and what it expects. */
function parseYamlInput(name: string, raw: string, expected: string): unknown {
  try {
    return parseYaml(raw);
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    throw new InputError(`input '${name}': expected ${expected}, but it does not parse: ${first}`);
  }
}

function convert(name: string, place: InputPlace, raw: string): unknown {
  switch (place.kind) {
    case 'string':
      return name === 'rules' || name === 'gates' ? raw : raw.trim();
    case 'lines':
      return parseLines(raw);
    case 'names':
      return parseNames(raw);
    case 'boolean':
      return parseBoolean(raw, name);
    case 'number':
      return parseNumber(raw, name, place.expected ?? 'a number', place.percent);
    case 'list': {
      // A YAML list (flow `[a, b]` or block `- a`), each item one argv word: never split by a shell.
      const value = parseYamlInput(name, raw, 'a YAML list of strings');
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        value.some((v) => typeof v !== 'string' && typeof v !== 'number')
      ) {
        throw new InputError(
          `input '${name}': expected a YAML list of strings (e.g. [airflow, dags, trigger, retrain]), got ${JSON.stringify(raw.trim())}`,
        );
      }
      return value.map(String);
    }
    case 'map': {
      const value = parseYamlInput(name, raw, 'a YAML or JSON map (key: value)');
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new InputError(
          `input '${name}': expected a YAML or JSON map (key: value), got ${JSON.stringify(raw.trim())}`,
        );
      }
      return value;
    }
  }
}

export interface InputSettings {
  /** Settings given as inputs, in the config-file shape. */
  data: Record<string, unknown>;
  /** JSON pointer of each setting (e.g. `/drift/share`) → the input it came from. */
  origins: Map<string, string>;
}

/** Read every input that was given and place it where the config file would hold it. */
export function readInputSettings(get: InputSource): InputSettings {
  const data: Record<string, unknown> = {};
  const origins = new Map<string, string>();
  for (const [name, place] of Object.entries(INPUT_PLACES)) {
    const raw = get(name);
    if (raw === undefined || raw.trim() === '') continue;
    let target = data;
    for (const key of place.path.slice(0, -1)) {
      target = (target[key] ??= {}) as Record<string, unknown>;
    }
    target[place.path[place.path.length - 1] as string] = convert(name, place, raw);
    origins.set(`/${place.path.join('/')}`, name);
  }
  return { data, origins };
}
