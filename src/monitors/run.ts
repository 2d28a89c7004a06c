/**
 * Many monitors in one run, each through the same per-monitor pipeline (pipeline.ts):
 *
 *   evaluate every monitor (concurrently, bounded) → carry upstream states down the depends-on graph →
 *   the batch dispatch, once → each monitor's effects (concurrently, bounded) → the run's index and summary.
 *
 * Every evaluation finishes before anything is done, so a monitor whose files are missing or broken stops the
 * run before any monitor acts. The monitors share one GitHub client and one listing of open alert issues
 * (github/shared.ts); each keeps its own alert issue, report, notifications and command.
 */
import { writeFile } from 'node:fs/promises';
import type { Config, DispatchConfig } from '../config/types.js';
import { InputError, messageOf } from '../errors.js';
import { externalSecrets } from '../external.js';
import type { ClientOptions } from '../github/client.js';
import { dispatchRetraining, type DispatchResult } from '../github/dispatch.js';
import type { RaceTiming } from '../github/race.js';
import { shareGitHub, type SharedGitHub } from '../github/shared.js';
import type { BatchDispatchNote, RepoContext } from '../github/types.js';
import { actOnVerdict, evaluateMonitor, type RunResult } from '../pipeline.js';
import { escapeMarkdown } from '../text/escape.js';
import { redactor } from '../text/redact.js';
import type { Verdict, VerdictStatus } from '../verdict.js';
import type { Monitor, MonitorsRun } from './expand.js';
import { propagate, type Upstream } from './graph.js';
import { mapLimit } from './limit.js';
import { renderMonitorsSummary } from './summary.js';
import { withUpstream } from './upstream.js';

/** Evaluations at a time: reading and testing data is CPU work on a 2-core runner. */
const EVALUATE_AT_ONCE = 4;
/** Monitors acting at a time: GitHub and webhook calls wait on the network (writes are paced by the client). */
const ACT_AT_ONCE = 8;
/** `{monitor}` of the batch dispatch, and its key for the race check. */
export const BATCH_KEY = 'batch';

export interface MonitorOutcome {
  monitor: Monitor;
  verdict: Verdict;
  result: RunResult;
}

/** One monitor as the `monitors` output and the run's index give it. */
export interface MonitorEntry {
  status: VerdictStatus;
  reasons: string[];
  issue: { number: number; url: string } | null;
  dispatched: boolean;
  run: { id: number | null; url: string | null } | null;
  report: string;
}

export interface MonitorsResult {
  /** `due` when any monitor is due; else `unknown` when any could not be decided; else `healthy`. */
  status: VerdictStatus;
  outcomes: MonitorOutcome[];
  batch: DispatchResult | null;
  /** Everything that could not be done, each naming its monitor; non-empty fails the step after outputs. */
  failures: string[];
  entries: Record<string, MonitorEntry>;
  summary: string;
}

export interface MonitorsOptions {
  repo: RepoContext | null;
  env?: Readonly<Record<string, string | undefined>>;
  log?: (line: string) => void;
  /** Each verdict once known (upstream states included), in file order, before anything is done. */
  onVerdict?: (monitor: Monitor, verdict: Verdict) => void;
  /** Tests shrink the client's waits and the race check. */
  client?: ClientOptions;
  race?: RaceTiming;
}

export function runStatus(statuses: readonly VerdictStatus[]): VerdictStatus {
  if (statuses.includes('due')) return 'due';
  return statuses.includes('unknown') ? 'unknown' : 'healthy';
}

export async function runMonitors(run: MonitorsRun, options: MonitorsOptions): Promise<MonitorsResult> {
  const log = options.log ?? (() => {});
  const own = await mapLimit(run.monitors, EVALUATE_AT_ONCE, (m) =>
    // Progress of long reads goes to the log, marked with the monitor (monitors are read side by side).
    named(m, () => evaluateMonitor(m.config, { log: (line) => log(`[${m.key}] ${line}`) }, options.repo)),
  );
  const verdicts = new Map(run.monitors.map((m, i) => [m.key, own[i] as Verdict]));
  propagate(
    run.monitors,
    run.order,
    new Map([...verdicts].map(([key, v]) => [key, v.status])),
    (key: string, upstream: Upstream) => {
      const settled = withUpstream(verdicts.get(key) as Verdict, upstream);
      verdicts.set(key, settled);
      return settled.status;
    },
  );
  for (const m of run.monitors) options.onVerdict?.(m, verdicts.get(m.key) as Verdict);
  // An unwritable report directory fails the run before anything is done.
  await writeIndex(run, 'unknown', {});

  const wantsGitHub = run.monitors.some((m) => m.config.alert.enabled || m.config.dispatch) || run.batch;
  const github =
    options.repo && run.githubToken && wantsGitHub
      ? shareGitHub(run.githubToken, options.repo, { log, ...options.client })
      : undefined;
  const covered = run.batch ? run.monitors.filter((m) => m.config.dispatch === null) : [];
  const batch = run.batch ? await batchDispatch(run, run.batch, covered, verdicts, options, github) : null;
  const note = batch ? noteOf(batch) : undefined;

  // A history branch takes one commit per monitor, each on top of the last: monitors writing it at once would
  // mostly collide and retry (store-branch.ts gives up after a few attempts), so they act one at a time then.
  const onBranch = run.monitors.some((m) => m.config.history.store?.kind === 'branch');
  const outcomes = await mapLimit(run.monitors, onBranch ? 1 : ACT_AT_ONCE, async (monitor) => {
    const verdict = verdicts.get(monitor.key) as Verdict;
    const inBatch = note !== undefined && verdict.triggered && covered.includes(monitor);
    const result = await named(monitor, () =>
      actOnVerdict(monitor.config, verdict, {
        repo: options.repo,
        ...(options.env ? { env: options.env } : {}),
        log: (line) => log(`[${monitor.key}] ${line}`),
        ...(github ? { github } : {}),
        ...(inBatch ? { batchDispatch: note } : {}),
      }),
    );
    if (inBatch && note.dispatched) {
      result.effects = {
        ...result.effects,
        dispatched: true,
        ...(note.runId !== undefined ? { runId: note.runId } : {}),
        ...(note.runUrl !== undefined ? { runUrl: note.runUrl } : {}),
      };
    }
    return { monitor, verdict, result };
  });

  const entries: Record<string, MonitorEntry> = Object.create(null) as Record<string, MonitorEntry>;
  for (const { monitor, verdict, result } of outcomes)
    entries[monitor.key] = entryOf(monitor, verdict, result);
  const status = runStatus(outcomes.map((o) => o.verdict.status));
  await writeIndex(run, status, entries);
  const failures = [
    ...(batch?.failures.map((f) => `batch-dispatch: ${f}`) ?? []),
    ...outcomes.flatMap((o) => o.result.effects.failures.map((f) => `${o.monitor.key}: ${f}`)),
  ];
  const summary = redactor(allSecrets(run))(renderMonitorsSummary(outcomes, batch, failures));
  return { status, outcomes, batch, failures, entries, summary };
}

/** Every secret of the run: inputs, notification targets, tokens of every monitor. */
export function allSecrets(run: MonitorsRun): string[] {
  return [
    ...run.secrets,
    ...run.monitors.flatMap((m) => [...m.config.secrets, ...externalSecrets(m.config)]),
  ];
}

/** Errors of one monitor name it: `monitors[2] (churn): …`. */
async function named<T>(monitor: Monitor, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const label = `monitors[${monitor.index}] (${monitor.key})`;
    if (error instanceof InputError) throw new InputError(`${label}: ${error.message}`);
    throw new Error(`${label}: ${messageOf(error)}`, { cause: error });
  }
}

function entryOf(monitor: Monitor, verdict: Verdict, result: RunResult): MonitorEntry {
  const { effects } = result;
  return {
    status: verdict.status,
    reasons: result.report.reasons,
    issue:
      effects.issueNumber !== undefined ? { number: effects.issueNumber, url: effects.issueUrl ?? '' } : null,
    dispatched: effects.dispatched,
    run:
      effects.runId !== undefined || effects.runUrl !== undefined
        ? { id: effects.runId ?? null, url: effects.runUrl ?? null }
        : null,
    report: monitor.config.reportPath,
  };
}

/** The run's index of monitors at `report-path` (the `report` output): the `monitors` output, with the status. */
async function writeIndex(run: MonitorsRun, status: VerdictStatus, entries: Record<string, MonitorEntry>) {
  const reports = Object.fromEntries(run.monitors.map((m) => [m.key, m.config.reportPath]));
  const monitors = Object.fromEntries(
    run.monitors.map((m) => [m.key, entries[m.key] ?? { status: 'unknown', report: reports[m.key] }]),
  );
  const index = {
    kind: 'retrain-trigger-monitors',
    version: 1,
    status,
    triggered: status === 'due',
    monitors,
  };
  try {
    await writeFile(run.reportPath, `${JSON.stringify(redactDeepText(index, allSecrets(run)), null, 2)}\n`);
  } catch (error) {
    throw new InputError(
      `report-path: cannot write the run's index of monitors '${run.reportPath}': ${messageOf(error)}`,
    );
  }
}

function redactDeepText<T>(value: T, secrets: string[]): T {
  const redact = redactor(secrets);
  return JSON.parse(redact(JSON.stringify(value))) as T;
}

/** One dispatch for every model due that has no dispatch of its own, with `{models}` listing them. */
async function batchDispatch(
  run: MonitorsRun,
  dispatch: DispatchConfig,
  covered: readonly Monitor[],
  verdicts: ReadonlyMap<string, Verdict>,
  options: MonitorsOptions,
  github: SharedGitHub | undefined,
): Promise<DispatchResult> {
  const due = covered.filter((m) => verdicts.get(m.key)?.triggered);
  const models = due.map((m) => m.key);
  const first = run.monitors[0]!.config;
  const config: Config = { ...first, monitorKey: BATCH_KEY, monitorTitle: BATCH_KEY, dispatch };
  const verdict = batchVerdict(due, verdicts, first);
  const redact = redactor(allSecrets(run));
  if (!options.repo || !github) {
    const why = !options.repo ? 'not connected to a GitHub repository' : 'github-token is empty';
    const record = {
      kind: 'dispatch' as const,
      outcome: due.length > 0 ? 'planned' : 'skipped',
      detail:
        due.length > 0
          ? `would dispatch ${dispatch.workflow ?? `repository_dispatch '${dispatch.eventType}'`} once for ${models.join(', ')} (${why})`
          : 'No model covered by batch-dispatch is due: nothing dispatched.',
    };
    const failures = options.repo && due.length > 0 ? [`batch-dispatch: ${why}`] : [];
    return { dispatched: false, records: [record], failures };
  }
  const result = await dispatchRetraining({
    client: github.client,
    repo: options.repo,
    config,
    dispatch,
    verdict,
    now: new Date(),
    log: (line) => options.log?.(`[batch] ${redact(line)}`),
    models,
    reads: github.dispatchReads,
    ...(options.race ? { race: options.race } : {}),
  });
  return {
    ...result,
    records: result.records.map((r) => ({ ...r, detail: redact(r.detail), outcome: redact(r.outcome) })),
    failures: result.failures.map(redact),
  };
}

/** The verdict a batch dispatch acts on: due when any covered model is, with every reason naming its model. */
function batchVerdict(
  due: readonly Monitor[],
  verdicts: ReadonlyMap<string, Verdict>,
  first: Config,
): Verdict {
  const of = (m: Monitor) => verdicts.get(m.key) as Verdict;
  const triggered = due.length > 0;
  return {
    status: triggered ? 'due' : 'healthy',
    assessed: triggered ? 'due' : 'healthy',
    triggered,
    reasons: due.flatMap((m) => of(m).reasons.map((r) => `${m.key}: ${r}`)),
    undecided: [],
    onUnknown: first.onUnknown,
    failedRules: due.flatMap((m) => of(m).failedRules.map((r) => `${m.key}:${r}`)),
    rules: [],
    drift: null,
    evidence: {
      current: { values: new Map(), metadata: new Map(), sources: new Map(), files: [] },
      baseline: null,
      drift: null,
    },
  };
}

function noteOf(batch: DispatchResult): BatchDispatchNote {
  const last = batch.records[batch.records.length - 1];
  return {
    line: last ? `batch-dispatch: ${escapeMarkdown(last.outcome)} — ${escapeMarkdown(last.detail)}` : '',
    dispatched: batch.dispatched,
    ...(batch.runId !== undefined ? { runId: batch.runId } : {}),
    ...(batch.runUrl !== undefined ? { runUrl: batch.runUrl } : {}),
  };
}
