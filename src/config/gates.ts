/**
 * The gate step's settings (`gates:`, `fail-on-reject`, `promote:`, `issue-number`): the candidate model is
 * promoted only when every gate passes. Gates are rules-language conditions (strings, or `{name, expression}`)
 * or structured MLflow MetricThreshold entries (`{metric, threshold, min-absolute-change, min-relative-change,
 * greater-is-better}`), checked here once with MLflow's own constructor rules.
 */
import { InputError } from '../errors.js';
import type { GateSpec, ThresholdGateSpec } from '../gates/types.js';
import { parseRuleLines } from '../rules/index.js';
import { buildDispatchInputs, checkDispatchLimits } from './dispatch-checks.js';
import type { ConfigFile } from './file.js';
import { nodePositionOf, scalarTextStart } from './positions.js';
import type { DispatchConfig, GateConfig } from './types.js';
import { parseDuration } from './values.js';

/** Templates `promote-inputs` may use; expanded when the deployment is dispatched (gate-effects). */
export const PROMOTE_TEMPLATES = ['monitor', 'run_url', 'run_id', 'issue_number', 'passed_gates'] as const;

/** Without an alert issue to record the promotion on, no second deployment within this time (re-runs). */
export const DEFAULT_PROMOTE_COOLDOWN = '1d';
export const DEFAULT_MAX_RETRAIN_ATTEMPTS = 3;

interface ThresholdSettings {
  name?: string;
  description?: string;
  metric: string;
  threshold?: number;
  'min-absolute-change'?: number;
  'min-relative-change'?: number;
  'greater-is-better'?: boolean;
}
type GateEntry = string | { name?: string; expression: string; description?: string } | ThresholdSettings;

export interface GateSettings {
  gates?: string | GateEntry[];
  'fail-on-reject'?: boolean;
  promote?: {
    workflow?: string | number;
    ref?: string;
    inputs?: Record<string, string | number | boolean>;
    cooldown?: string;
  };
  'issue-number'?: number;
  'max-retrain-attempts'?: number;
}

/** Unnamed gates are `gate-1`, `gate-2`… in order (parseRuleLines numbers them `rule-N`). */
function gateLines(text: string, source: string, first: number) {
  return parseRuleLines(text, source, first).map((spec) =>
    spec.name === undefined ? { ...spec, id: spec.id.replace(/^rule-/, 'gate-') } : spec,
  );
}

function where(file: ConfigFile | null, path: (string | number)[]): string {
  const source = file?.shown ?? 'config';
  const pos = file ? nodePositionOf(file.doc, file.counter, path) : null;
  return pos
    ? `${source}: line ${pos.line}, column ${pos.column}: ${path.join('.')}`
    : `${source}: ${path.join('.')}`;
}

function thresholdGate(item: ThresholdSettings, id: string, at: string): ThresholdGateSpec {
  const metric = item.metric;
  if (item['greater-is-better'] === undefined) {
    throw new InputError(
      `${at}: gate '${id}' needs 'greater-is-better' (true when a higher ${metric} is better, false for errors or latency), as MLflow's MetricThreshold does`,
    );
  }
  if (
    item.threshold === undefined &&
    item['min-absolute-change'] === undefined &&
    item['min-relative-change'] === undefined
  ) {
    throw new InputError(
      `${at}: gate '${id}' on '${metric}' checks nothing: set 'threshold', 'min-absolute-change' or 'min-relative-change'`,
    );
  }
  return {
    kind: 'threshold',
    id,
    ...(item.name !== undefined ? { name: item.name } : {}),
    ...(item.description !== undefined ? { description: item.description } : {}),
    metric,
    ...(item.threshold !== undefined ? { threshold: item.threshold } : {}),
    ...(item['min-absolute-change'] !== undefined ? { minAbsoluteChange: item['min-absolute-change'] } : {}),
    ...(item['min-relative-change'] !== undefined ? { minRelativeChange: item['min-relative-change'] } : {}),
    greaterIsBetter: item['greater-is-better'],
    origin: at,
  };
}

function buildGateSpecs(
  settings: GateSettings,
  file: ConfigFile | null,
  origins: Map<string, string>,
): GateSpec[] {
  const gates = settings.gates;
  if (gates === undefined) return [];
  if (origins.has('/gates')) {
    return gateLines(gates as string, "input 'gates'", 1).map((rule) => ({ kind: 'expression', rule }));
  }
  const source = file?.shown ?? 'config';
  if (typeof gates === 'string') {
    const start = file ? scalarTextStart(file.doc, file.counter, ['gates']) : null;
    return gateLines(gates, source, 1).map((rule) => ({
      kind: 'expression',
      rule: start ? { ...rule, origin: { ...rule.origin, line: start.line + rule.origin.line } } : rule,
    }));
  }
  const specs: GateSpec[] = [];
  gates.forEach((item, index) => {
    const n = specs.length + 1;
    if (typeof item === 'string') {
      const start = file ? scalarTextStart(file.doc, file.counter, ['gates', index]) : null;
      for (const rule of gateLines(item, source, n)) {
        const origin = start
          ? { ...rule.origin, line: start.line, column: start.column + rule.origin.column - 1 }
          : rule.origin;
        specs.push({ kind: 'expression', rule: { ...rule, origin } });
      }
    } else if ('expression' in item) {
      const start = file ? scalarTextStart(file.doc, file.counter, ['gates', index, 'expression']) : null;
      const id = item.name ?? `gate-${n}`;
      specs.push({
        kind: 'expression',
        rule: {
          id,
          ...(item.name ? { name: item.name } : {}),
          expression: item.expression,
          ...(item.description ? { description: item.description } : {}),
          origin: { source, line: start?.line ?? 1, column: start?.column ?? 1 },
        },
      });
    } else {
      specs.push(thresholdGate(item, item.name ?? `gate-${n}`, where(file, ['gates', index])));
    }
  });
  const seen = new Set<string>();
  for (const spec of specs) {
    const id = spec.kind === 'threshold' ? spec.id : spec.rule.id;
    if (seen.has(id))
      throw new InputError(`${source}: gates: the name '${id}' is used twice; gate names must be unique`);
    seen.add(id);
  }
  return specs;
}

function buildPromote(p: GateSettings['promote']): DispatchConfig | null {
  if (!p) return null;
  if (p.workflow === undefined) {
    throw new InputError(
      "promote: settings are given but no workflow to dispatch: set 'promote-workflow' (e.g. deploy.yml)",
    );
  }
  const inputs = buildDispatchInputs(p.inputs ?? {}, 'promote-inputs', PROMOTE_TEMPLATES);
  checkDispatchLimits('workflow', inputs);
  return {
    workflow: String(p.workflow),
    ...(p.ref ? { ref: p.ref } : {}),
    inputs,
    cooldownMs: parseDuration(p.cooldown ?? DEFAULT_PROMOTE_COOLDOWN, 'promote.cooldown'),
  };
}

/**
 * The gate step's configuration, or null for a monitor step (no `gates`). Settings that only a gate step
 * reads, given without gates, are an error rather than silently ignored.
 */
export function buildGateConfig(
  settings: GateSettings & { rules?: unknown; dispatch?: unknown; alert?: { enabled?: boolean } },
  file: ConfigFile | null,
  origins: Map<string, string>,
): GateConfig | null {
  const gates = buildGateSpecs(settings, file, origins);
  if (gates.length === 0) {
    const stray = (['fail-on-reject', 'promote', 'issue-number'] as const).filter(
      (k) => settings[k] !== undefined,
    );
    if (stray.length > 0 || settings.gates !== undefined) {
      throw new InputError(
        `${stray.map((k) => `'${k === 'promote' ? 'promote-workflow' : k}'`).join(', ') || "'gates'"} ${stray.length > 1 ? 'belong' : 'belongs'} to a gate step, which needs at least one gate: set 'gates', e.g. \`accuracy >= baseline.accuracy + 0.005\``,
      );
    }
    return null;
  }
  if (settings.rules !== undefined) {
    throw new InputError(
      "'gates' and 'rules' in one step: a monitor step checks 'rules', a gate step (in the retraining workflow) checks 'gates'; use two steps",
    );
  }
  if (settings.dispatch !== undefined || settings.alert?.enabled) {
    throw new InputError(
      "a gate step does not dispatch retraining or open alerts: it deploys with 'promote-workflow' and reports to the monitor's alert given by 'issue-number'",
    );
  }
  return {
    gates,
    failOnReject: settings['fail-on-reject'] ?? false,
    promote: buildPromote(settings.promote),
    issueNumber: settings['issue-number'] ?? null,
  };
}
