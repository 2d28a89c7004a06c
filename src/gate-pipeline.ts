/**
 * The gate step's pipeline, shared by the action and the CLI:
 * Config → (gates compiled) → Evidence (challenger = metrics, champion = baseline, drift) → GateVerdict →
 * Effects (comment on the alert, deployment dispatch) → Report. Nothing reaches GitHub when the evaluation
 * itself failed.
 */
import type { Config } from './config/types.js';
import { messageOf } from './errors.js';
import { factsOf } from './decide.js';
import { gatherEvidence } from './evidence.js';
import { readChampion, recordChampion } from './loop/champion.js';
import { compileGates, evaluateGates, renderGateMarkdown, type GateVerdict } from './gates/index.js';
import { applyGateEffects } from './github/gate-effects.js';
import type { ActionRecord, EffectsOutcome, RepoContext } from './github/types.js';
import { escapeMarkdown } from './text/escape.js';
import { writeReport } from './report/json.js';
import { redactDeep, redactor } from './text/redact.js';
import type { Evidence } from './verdict.js';

export const GATE_REPORT_KIND = 'gate';

export interface GateReport {
  schemaVersion: number;
  kind: typeof GATE_REPORT_KIND;
  generatedAt: string;
  monitor: string;
  promote: boolean;
  rejectedBy: string[];
  gates: GateVerdict['gates'];
  challenger: Record<string, number>;
  champion: Record<string, number> | null;
  drift: { share: number; count: number; detected: boolean } | null;
  actions: ActionRecord[];
  failures: string[];
}

export interface GateRunResult {
  verdict: GateVerdict;
  evidence: Evidence;
  effects: EffectsOutcome;
  report: GateReport;
  summary: string;
}

export interface GateRunOptions {
  /** Where to act; null = no repository (CLI offline): effects are only described. */
  repo: RepoContext | null;
  log?: (line: string) => void;
}

function buildGateReport(
  config: Config,
  verdict: GateVerdict,
  evidence: Evidence,
  effects: EffectsOutcome,
): GateReport {
  const drift = evidence.drift;
  return {
    schemaVersion: 1,
    kind: GATE_REPORT_KIND,
    generatedAt: new Date().toISOString(),
    monitor: config.monitorKey,
    promote: verdict.promote,
    rejectedBy: verdict.rejectedBy,
    gates: verdict.gates,
    challenger: Object.fromEntries(evidence.current.values),
    champion: evidence.baseline ? Object.fromEntries(evidence.baseline.values) : null,
    drift: drift ? { share: drift.share, count: drift.count, detected: drift.detected } : null,
    actions: effects.records,
    failures: effects.failures,
  };
}

function describeOffline(config: Config, verdict: GateVerdict): EffectsOutcome {
  const records: ActionRecord[] = [];
  const gate = config.gate;
  const offline = 'not connected to a GitHub repository';
  if (gate?.issueNumber != null) {
    records.push({
      kind: 'alert-issue',
      outcome: 'planned',
      detail: `would comment the outcome on #${gate.issueNumber} (${offline})`,
    });
  }
  if (gate?.promote) {
    records.push({
      kind: 'dispatch',
      outcome: 'planned',
      detail: verdict.promote
        ? `would dispatch ${gate.promote.workflow} once for this candidate (${offline})`
        : 'no deployment: the candidate was rejected',
    });
  }
  return { dispatched: false, records, failures: [] };
}

export function renderGateSummary(verdict: GateVerdict, effects: EffectsOutcome): string {
  const actions = effects.records.map(
    (r) => `- ${escapeMarkdown(r.kind)}: ${escapeMarkdown(r.outcome)} — ${escapeMarkdown(r.detail)}`,
  );
  const failures = effects.failures.map((f) => `- ⚠️ ${escapeMarkdown(f)}`);
  return [
    renderGateMarkdown(verdict).trimEnd(),
    actions.length ? `#### Actions\n\n${actions.join('\n')}` : '',
    failures.length ? `#### Problems\n\n${failures.join('\n')}` : '',
  ]
    .filter((p) => p !== '')
    .join('\n\n')
    .concat('\n');
}

/** One line per gate for the log: `✅ gate-1 passed: accuracy = 0.91 >= 0.905 = …`. */
export function renderGateTerminal(verdict: GateVerdict): string {
  const mark = { passed: '✅', failed: '❌', error: '⚠️' } as const;
  const head = verdict.promote
    ? 'Promote: every gate passed.'
    : `Rejected by: ${verdict.rejectedBy.join(', ') || 'no gates'}.`;
  return [head, ...verdict.gates.map((g) => `${mark[g.outcome]} ${g.id} ${g.outcome}: ${g.reason}`)].join(
    '\n',
  );
}

/**
 * Where the run history is configured, a promoted candidate becomes the champion of its monitor key — once its
 * deployment was dispatched (or none is configured): nothing failed on the way.
 */
async function keepChampion(
  config: Config,
  repo: RepoContext | null,
  evidence: Evidence,
  verdict: GateVerdict,
  effects: EffectsOutcome,
): Promise<EffectsOutcome> {
  const store = config.history.store;
  if (!verdict.promote || store === null || effects.failures.length > 0) return effects;
  if (repo === null && store.kind === 'branch') return effects;
  const offline: RepoContext = { owner: '', repo: '', serverUrl: '', apiUrl: '' };
  try {
    const record = await recordChampion(
      config,
      repo ?? offline,
      evidence.current.values,
      verdict,
      new Date(),
    );
    return { ...effects, records: [...effects.records, record] };
  } catch (error) {
    const message = `Recording the champion of '${config.monitorKey}' failed: ${messageOf(error)}`;
    return {
      ...effects,
      records: [...effects.records, { kind: 'history', outcome: 'failed', detail: message }],
      failures: [...effects.failures, message],
    };
  }
}

export async function runGatePipeline(config: Config, options: GateRunOptions): Promise<GateRunResult> {
  const gates = compileGates(config.gate?.gates ?? []);
  const evidence = await gatherEvidence(config);
  if (config.championBaseline) evidence.baseline = await readChampion(config, options.repo);
  const facts = factsOf(evidence);
  const verdict = evaluateGates(gates, {
    challenger: facts.metrics,
    champion: facts.baseline,
    drift: facts.drift,
    quality: facts.quality ?? null,
  });

  // Secrets are removed from everything this step writes (report, summary, log, the comment's server messages).
  const redact = redactor(config.secrets);
  const log = options.log ? (line: string) => options.log?.(redact(line)) : () => {};
  let effects: EffectsOutcome = { dispatched: false, records: [], failures: [] };
  // Written before acting, so an unwritable report path fails the run before anything reaches GitHub.
  await writeReport(
    config.reportPath,
    redactDeep(buildGateReport(config, verdict, evidence, effects), redact),
  );
  if (options.repo) {
    const acted = await applyGateEffects({ verdict, config, repo: options.repo }, log);
    effects = {
      ...acted,
      records: acted.records.map((r) => ({ ...r, outcome: redact(r.outcome), detail: redact(r.detail) })),
      failures: acted.failures.map(redact),
    };
  } else {
    effects = describeOffline(config, verdict);
  }
  effects = await keepChampion(config, options.repo, evidence, verdict, effects);
  const report = redactDeep(buildGateReport(config, verdict, evidence, effects), redact);
  await writeReport(config.reportPath, report);
  return { verdict, evidence, effects, report, summary: redact(renderGateSummary(verdict, effects)) };
}
