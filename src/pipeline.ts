/**
 * The pipeline shared by the action and the CLI:
 * Config → (rules parsed) → Evidence → Verdict → Effects → Report.
 * Everything that can fail on bad input fails before the Effects stage, so nothing is written to GitHub when
 * the evaluation itself failed. A rule that cannot be evaluated on this run's data is not such a failure: it is
 * part of the verdict (status `unknown`), and the outputs, report and summary are written as for any verdict.
 */
import type { Config } from './config/types.js';
import { decideVerdict } from './decide.js';
import { gatherEvidence, type EvidenceLog } from './evidence.js';
import { readChampion } from './loop/champion.js';
import { claimOf, recall, rememberRun, trendsOf, type Memory } from './history-stage.js';
import type { BatchDispatchNote, EffectsOutcome, RepoContext } from './github/types.js';
import type { SharedGitHub } from './github/shared.js';
import type { ClientOptions } from './github/client.js';
import {
  applyExternal,
  describeExternal,
  planExternal,
  readExternalState,
  wantsExternal,
} from './external.js';
import { planEffects, wantsEffects } from './plan.js';
import { buildReport, writeReport, type Report } from './report/json.js';
import { renderSummary, renderVerdictMarkdown } from './report/markdown.js';
import { parseRule } from './rules/index.js';
import { redactDeep, redactor } from './text/redact.js';
import type { Verdict } from './verdict.js';

/** The verdict part of an alert issue body: leaves room under GitHub's 65,536-character limit. */
const ISSUE_VERDICT_BUDGET = 50_000;

export interface RunResult {
  verdict: Verdict;
  effects: EffectsOutcome;
  report: Report;
  summary: string;
}

export interface PipelineOptions {
  /** Where to act; null = no repository (CLI offline): effects are only planned. */
  repo: RepoContext | null;
  /** The environment the retraining command inherits (and GITHUB_RUN_ID for once-per-run). */
  env?: Readonly<Record<string, string | undefined>>;
  log?: (line: string) => void;
  /** Runs a long part of the run inside a titled, collapsible log group (`::group::`); unset: no groups. */
  section?: <T>(title: string, work: () => Promise<T>) => Promise<T>;
  /** Called once the verdict is known, before anything is done about it (so logs read verdict first). */
  onVerdict?: (verdict: Verdict) => void;
  /** Several monitors in one run: one GitHub client and one listing of open alert issues for all of them. */
  github?: SharedGitHub;
  /** What the run's batch dispatch did, for a monitor it covers (its own `dispatch` is then unset). */
  batchDispatch?: BatchDispatchNote;
  /** The GitHub client's waits and pacing (tests and benchmarks shrink them). */
  client?: ClientOptions;
}

/** The run history read while evaluating a config, for acting on its verdict (the same Config object). */
const memories = new WeakMap<Config, Memory>();

export async function runPipeline(config: Config, options: PipelineOptions): Promise<RunResult> {
  const output = {
    ...(options.log ? { log: options.log } : {}),
    ...(options.section ? { section: options.section } : {}),
  };
  return actOnVerdict(config, await evaluateMonitor(config, output, options.repo), options);
}

/**
 * Config → Evidence (+ the run history) → Verdict: everything that can fail on bad input, before anything is
 * done. `output`: where reading the data logs its progress (and the group it runs in); `repo`: where a branch
 * history store lives (null offline).
 */
export async function evaluateMonitor(
  config: Config,
  output: EvidenceLog = {},
  repo: RepoContext | null = null,
): Promise<Verdict> {
  const rules = config.rules.map((spec) => parseRule(spec));
  const evidence = await gatherEvidence(config, output);
  if (config.championBaseline) evidence.baseline = await readChampion(config, repo);
  // Read before the verdict: a history that cannot be read fails the run before anything is done.
  const memory = await recall(config, rules, evidence, repo, new Date());
  memories.set(config, memory);
  return decideVerdict(rules, evidence, config.onUnknown, memory.verdict);
}

/** Verdict → Effects → Report (monitors/run.ts calls it after carrying upstream states down). */
export async function actOnVerdict(
  config: Config,
  verdict: Verdict,
  options: PipelineOptions,
): Promise<RunResult> {
  const memory = memories.get(config);
  const now = memory?.now ?? new Date();
  const charts = memory ? trendsOf(memory, verdict) : '';
  const reportContext = {
    monitor: config.monitorKey,
    run: {
      ...(options.repo?.runUrl ? { url: options.repo.runUrl } : {}),
      ...(options.repo?.sha ? { sha: options.repo.sha } : {}),
      ...(options.repo?.workflow ? { workflow: options.repo.workflow } : {}),
    },
  };

  // Read before acting: a state file that cannot be read fails the run before anything is done.
  const state = wantsExternal(config) ? await readExternalState(config) : null;
  // Every edge (report, summary, issue body, log) gets text with the secrets removed; server messages are
  // already redacted in Effects, before they were escaped.
  const redact = redactor(config.secrets);
  const log = options.log;
  let effects: EffectsOutcome = { dispatched: false, records: [], failures: [] };
  // Written once before acting, so an unwritable report path fails the run before anything reaches GitHub.
  await writeReport(config.reportPath, redactDeep(buildReport(verdict, effects, reportContext), redact));
  options.onVerdict?.(verdict);
  if (wantsEffects(config)) {
    if (options.repo) {
      const tables = renderVerdictMarkdown(verdict, ISSUE_VERDICT_BUDGET - charts.length);
      const verdictMarkdown = redact(charts ? `${tables}\n${charts}\n` : tables);
      // The GitHub client (octokit, undici) is imported only by runs that talk to GitHub.
      const { applyEffects } = await import('./github/effects.js');
      effects = await applyEffects(
        {
          verdict,
          verdictMarkdown,
          config,
          repo: options.repo,
          ...(memory ? claimOf(memory, config, verdict, options.repo) : {}),
          ...(options.github ? { shared: options.github } : {}),
          ...(options.batchDispatch ? { batchDispatch: options.batchDispatch } : {}),
          ...(options.client ? { client: options.client } : {}),
        },
        log ? (line) => log(redact(line)) : undefined,
      );
    } else {
      effects = planEffects(verdict, config);
    }
  }

  if (state) {
    // The command and the notifications: one plan, applied — or only described in dry-run and offline.
    const context = {
      config,
      verdict,
      github: effects,
      repo: options.repo,
      env: options.env ?? {},
      now,
      state,
    };
    const plan = planExternal(context);
    const outside =
      config.dryRun || !options.repo
        ? {
            records: describeExternal(plan, config.dryRun ? 'dry-run' : 'not connected to a repository'),
            failures: [],
          }
        : await applyExternal(plan, {
            ...context,
            report: buildReport(verdict, effects, reportContext),
            log: options.log ?? (() => {}),
          });
    effects = {
      ...effects,
      records: [...effects.records, ...outside.records],
      failures: [...effects.failures, ...outside.failures],
    };
  }

  // Last, so the record says what was done (dry-run: what would be appended).
  if (memory) effects = await rememberRun(memory, config, verdict, effects, options.repo);

  const report = redactDeep(buildReport(verdict, effects, reportContext), redact);
  await writeReport(config.reportPath, report);
  const summary = redact(
    [renderSummary(verdict, effects.records, effects.failures), charts].filter((part) => part).join('\n'),
  );
  return { verdict, effects, report, summary };
}
