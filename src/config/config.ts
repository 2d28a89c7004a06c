/**
 * getConfig(): the one place configuration is read. Config file (YAML) and inputs are merged — inputs win,
 * setting by setting — validated once against retrain-trigger.schema.json, then turned into the typed Config.
 */
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { parseRuleLines } from '../rules/index.js';
import type { RuleSpec } from '../rules/index.js';
import type { Config } from './types.js';
import { readConfigFile, type ConfigFile } from './file.js';
import { readInputSettings, secretValues, type InputSettings, type InputSource } from './inputs.js';
import { keyPositionOf, nodePositionOf, scalarTextStart } from './positions.js';
import { buildGateConfig, DEFAULT_MAX_RETRAIN_ATTEMPTS } from './gates.js';
import { explainSchemaErrors, pointerSegments, type LocatedError } from './schema-errors.js';
import {
  buildAlert,
  buildCommand,
  buildDispatch,
  buildDrift,
  buildNotify,
  DEFAULTS,
  toList,
  type Settings,
} from './sections.js';
import { enabledTargets } from '../notify/types.js';
import validate, { type SchemaError } from './generated/validate-config.js';
import { buildHistory, buildHysteresis, buildMaxModelAge, checkHysteresisNeedsStore } from './history.js';

export interface Environment {
  /** Directory relative paths are resolved against (the workspace in Actions). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export async function getConfig(get: InputSource, environment: Environment): Promise<Config> {
  const loaded = await readSettings(get, environment);
  if (loaded.merged.monitors !== undefined) {
    throw new InputError(
      `${loaded.file?.shown ?? 'config'}: 'monitors:' describes several monitors, which are loaded together (monitors/expand.ts loadRun)`,
    );
  }
  checkSettings(loaded.merged, loaded.file, loaded.inputs.origins);
  return configFromSettings(loaded.merged as Settings, get, environment, {
    file: loaded.file,
    origins: loaded.inputs.origins,
    configInput: loaded.configInput,
    rulesAt: [],
  });
}

/** The config file and the inputs, read and merged (inputs win), not yet validated. */
export interface LoadedSettings {
  file: ConfigFile | null;
  inputs: InputSettings;
  merged: Record<string, unknown>;
  configInput: string | undefined;
}

export async function readSettings(get: InputSource, environment: Environment): Promise<LoadedSettings> {
  const configInput = get('config')?.trim() || undefined;
  const file = configInput
    ? await readConfigFile(path.resolve(environment.cwd, configInput), configInput)
    : null;
  const inputs = readInputSettings(get);
  return { file, inputs, merged: mergeSettings(file?.data ?? {}, inputs.data), configInput };
}

/** Where a setting's problems are shown: its place in the file (a monitor's own settings sit under `monitors`). */
export interface Placement {
  /** The path in the file when the value at `segments` is the monitor's own, else null (top level or input). */
  ownSegments(segments: (string | number)[], key?: string): (string | number)[] | null;
}

/**
 * Validate settings against the schema, every problem in one message. `ignore` drops some schema errors (the
 * top level of a `monitors:` file may leave a section incomplete for the monitors to finish).
 */
export function checkSettings(
  settings: Record<string, unknown>,
  file: ConfigFile | null,
  origins: Map<string, string>,
  placement?: Placement,
  ignore: (error: SchemaError) => boolean = () => false,
): void {
  if (validate(settings)) return;
  const errors = (validate.errors ?? []).filter((e) => !ignore(e));
  if (errors.length === 0) return;
  const problems = explainSchemaErrors(errors, settings);
  throw new InputError(formatProblems(problems, file, origins, placement));
}

export interface SettingsSource {
  file: ConfigFile | null;
  origins: Map<string, string>;
  configInput: string | undefined;
  /** Where the rules are written in the file: [] at the top level, ['monitors', 2] for a monitor's own. */
  rulesAt: (string | number)[];
}

/** Validated settings → the typed Config (every check that needs more than the schema happens here). */
export function configFromSettings(
  settings: Settings,
  get: InputSource,
  environment: Environment,
  source: SettingsSource,
): Config {
  const { cwd, env } = environment;
  const { file, configInput } = source;
  const rules = buildRules(
    settings,
    file,
    source.rulesAt.length > 0 ? new Map() : source.origins,
    source.rulesAt,
  );
  const drift = settings.drift ? buildDrift(settings.drift) : null;
  const metrics = toList(settings.metrics);
  const gate = buildGateConfig(settings, file, source.origins);

  if (gate) {
    if (metrics.length === 0) {
      throw new InputError(
        "'gates' are given but no 'metrics' files: give the candidate's metrics as 'metrics' (and the production model's as 'baseline')",
      );
    }
  } else if (rules.length > 0 && metrics.length === 0 && rules.some((r) => !/\bdrift\./.test(r.expression))) {
    throw new InputError(
      "'rules' are given but no 'metrics' files to evaluate them on: set the 'metrics' input",
    );
  }
  if (metrics.length === 0 && !drift) {
    throw new InputError(
      "nothing to check: give 'metrics' (metrics files) with 'rules', or 'reference-data' and 'current-data' for drift",
    );
  }
  if (!gate && metrics.length > 0 && rules.length === 0 && !drift) {
    throw new InputError(
      "'metrics' are given but there are no 'rules': add at least one, e.g. `accuracy < 0.85`",
    );
  }
  if (toList(settings.baseline).length > 0 && metrics.length === 0) {
    throw new InputError(
      "'baseline' is given without 'metrics': the baseline is compared with current metrics",
    );
  }

  const command = buildCommand(settings);
  const notify = buildNotify(settings.notify);
  const stateFile = settings['state-file'];
  if ((command || enabledTargets(notify).length > 0) && !stateFile) {
    throw new InputError(
      "'command' and notification targets need 'state-file': a .jsonl file (kept between runs with actions/cache) where what was sent and started is recorded, so a re-run never repeats it",
    );
  }

  const history = buildHistory(settings.history);
  // `baseline: champion` reads the champion record, kept in the run history, instead of files.
  const baselineFiles = toList(settings.baseline);
  const championBaseline = baselineFiles.length === 1 && baselineFiles[0] === 'champion';
  if (championBaseline && history.store === null) {
    throw new InputError(
      "baseline: champion reads the champion record, which is kept in the run history: set 'history' (e.g. `history: branch`) here and in the gate step that promotes",
    );
  }
  const driftHysteresis = settings.drift ? buildHysteresis(settings.drift, 'drift') : undefined;
  checkHysteresisNeedsStore(rules, driftHysteresis, history);

  const token = get('github-token')?.trim() || env.GITHUB_TOKEN || '';
  return {
    metrics,
    baseline: championBaseline ? [] : baselineFiles,
    ...(championBaseline ? { championBaseline } : {}),
    rules,
    drift,
    failOnTrigger: settings['fail-on-trigger'] ?? false,
    onUnknown: settings['on-unknown'] ?? 'keep',
    reportPath: path.resolve(
      cwd,
      settings['report-path'] ?? path.join(env.RUNNER_TEMP || cwd, DEFAULTS.reportFile),
    ),
    monitorKey: settings['monitor-key'] ?? defaultMonitorKey(env, configInput),
    monitorTitle: settings['monitor-key'] ?? defaultMonitorTitle(env, configInput),
    alert: buildAlert(settings.alert),
    dispatch: buildDispatch(settings.dispatch),
    command,
    notify,
    ...(stateFile ? { stateFile: path.resolve(cwd, stateFile) } : {}),
    gate,
    maxRetrainAttempts: settings['max-retrain-attempts'] ?? DEFAULT_MAX_RETRAIN_ATTEMPTS,
    dryRun: settings['dry-run'] ?? false,
    githubToken: token,
    secrets: secretValues(get, env),
    workingDirectory: cwd,
    history,
    ...buildMaxModelAge(settings['max-model-age'], settings['model-timestamp']),
    ...(driftHysteresis ? { driftHysteresis } : {}),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Inputs win over the file, key by key inside sections (lists are replaced, not concatenated). */
export function mergeSettings(
  file: Record<string, unknown>,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...file };
  for (const [key, value] of Object.entries(inputs)) {
    const base = out[key];
    out[key] =
      isPlainObject(base) && isPlainObject(value) && key !== 'inputs' ? mergeSettings(base, value) : value;
  }
  return out;
}

function formatProblems(
  problems: LocatedError[],
  file: ConfigFile | null,
  origins: Map<string, string>,
  placement?: Placement,
): string {
  const lines = problems
    .slice(0, 10)
    .map((problem) => `${locate(problem, file, origins, placement)}: ${problem.message}`);
  if (problems.length > 10) lines.push(`… and ${problems.length - 10} more problems`);
  return lines.length === 1
    ? (lines[0] as string)
    : `invalid configuration:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}

function locate(
  problem: LocatedError,
  file: ConfigFile | null,
  origins: Map<string, string>,
  placement?: Placement,
): string {
  const pointer = problem.key !== undefined ? `${problem.pointer}/${problem.key}` : problem.pointer;
  // A monitor's own setting is in the file under `monitors`; inputs only ever set the top level.
  const placed = placement?.ownSegments(pointerSegments(problem.pointer), problem.key) ?? null;
  for (const [origin, input] of origins) {
    if (!placed && (pointer === origin || pointer.startsWith(`${origin}/`))) return `input '${input}'`;
  }
  const dotted = pointerSegments(problem.pointer).join('.') || '(top level)';
  if (!file) return dotted;
  const segments = placed ?? pointerSegments(problem.pointer);
  const pos =
    problem.key !== undefined
      ? keyPositionOf(file.doc, file.counter, segments, problem.key)
      : nodePositionOf(file.doc, file.counter, segments);
  return pos
    ? `${file.shown}: line ${pos.line}, column ${pos.column}: ${dotted}`
    : `${file.shown}: ${dotted}`;
}

function buildRules(
  settings: Settings,
  file: ConfigFile | null,
  origins: Map<string, string>,
  at: (string | number)[] = [],
): RuleSpec[] {
  const rules = settings.rules;
  if (rules === undefined) return [];
  if (origins.has('/rules')) return parseRuleLines(rules as string, "input 'rules'");
  const source = file?.shown ?? 'config';
  if (typeof rules === 'string') {
    const start = file ? scalarTextStart(file.doc, file.counter, [...at, 'rules']) : null;
    return shiftOrigins(parseRuleLines(rules, source), start, rules);
  }
  const specs: RuleSpec[] = [];
  rules.forEach((item, index) => {
    if (typeof item === 'string') {
      const start = file ? scalarTextStart(file.doc, file.counter, [...at, 'rules', index]) : null;
      // One by one: spreading a long list into push() overflows the call stack.
      for (const spec of shiftOrigins(parseRuleLines(item, source, specs.length + 1), start, item))
        specs.push(spec);
    } else {
      const start = file
        ? scalarTextStart(file.doc, file.counter, [...at, 'rules', index, 'expression'])
        : null;
      // Names used twice are found below, with a Set (a search here would make long lists quadratic).
      const id = item.name ?? `rule-${specs.length + 1}`;
      const hysteresis = buildHysteresis(item, `${source}: rules: '${id}'`);
      specs.push({
        id,
        ...(item.name ? { name: item.name } : {}),
        expression: item.expression,
        ...(item.description ? { description: item.description } : {}),
        ...(hysteresis ? { hysteresis } : {}),
        origin: { source, line: start?.line ?? 1, column: start?.column ?? 1 },
      });
    }
  });
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.id))
      throw new InputError(
        `${source}: rules: the name '${spec.id}' is used twice; rule names must be unique`,
      );
    seen.add(spec.id);
  }
  return specs;
}

/** Rule origins from parseRuleLines are relative to the string; move them to the string's place in the file. */
function shiftOrigins(
  specs: RuleSpec[],
  start: { line: number; column: number } | null,
  text: string,
): RuleSpec[] {
  if (!start || text.includes('\n')) {
    return start
      ? specs.map((s) => ({ ...s, origin: { ...s.origin, line: start.line + s.origin.line } }))
      : specs;
  }
  return specs.map((s) => ({
    ...s,
    origin: { ...s.origin, line: start.line, column: start.column + s.origin.column - 1 },
  }));
}

/**
 * Stable across runs of the same monitor: the workflow file and job (from GITHUB_WORKFLOW_REF / GITHUB_JOB),
 * plus the config file when one is used. Override with `monitor-key` when one job runs several monitors.
 */
function defaultMonitorKey(env: Environment['env'], configPath: string | undefined): string {
  const parts = defaultMonitorParts(env, configPath);
  return parts.length > 0 ? parts.join(':') : 'retrain-trigger';
}

/**
 * The default key made short for titles: file names without directories and extensions, each name once —
 * `.github/workflows/model-monitor.yml:monitor:monitor.yml` reads `model-monitor / monitor`.
 */
function defaultMonitorTitle(env: Environment['env'], configPath: string | undefined): string {
  const names: string[] = [];
  for (const part of defaultMonitorParts(env, configPath)) {
    const name = path.basename(part).replace(/\.ya?ml$/i, '');
    if (name !== '' && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length > 0 ? names.join(' / ') : 'retrain-trigger';
}

function defaultMonitorParts(env: Environment['env'], configPath: string | undefined): string[] {
  const workflowRef = env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '').split('/').slice(2).join('/');
  return [workflowRef || env.GITHUB_WORKFLOW, env.GITHUB_JOB, configPath].filter((p): p is string => !!p);
}
