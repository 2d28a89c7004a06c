/**
 * The memory stage of the pipeline (issue 9): before the verdict, read the run history (a history that does not
 * parse fails the run before anything is done) and the model's age, and hand both to decideVerdict as
 * VerdictMemory; after the effects, append this run's record — or, in dry-run, say what would be appended.
 *
 * Without a store (`history` unset) the earlier lines of a JSONL metrics file are the history, read-only.
 */
import type { Config } from './config/types.js';
import type { GitHubClient } from './github/client.js';
import type { DispatchClaim } from './github/dispatch.js';
import type { ActionRecord, EffectsOutcome, RepoContext } from './github/types.js';
import { messageOf } from './errors.js';
import { storeClaim } from './history/claim.js';
import { historyFacts } from './history/facts.js';
import { EMPTY_HISTORY, type HistoryContent } from './history/jsonl.js';
import { openStore, recordOf, remember } from './history/memory.js';
import { modelAge, type ModelAgeResult } from './history/model-age.js';
import { latestSuccessfulRun } from './history/model-age-github.js';
import { HISTORY_RECORD_VERSION, type HistoryRecord } from './history/record.js';
import { historyCharts } from './history/rule-charts.js';
import type { VerdictMemory } from './history/standings.js';
import type { HistoryStore } from './history/store.js';
import { lastRetraining, timeline, type Timeline } from './history/timeline.js';
import { references } from './rules/check.js';
import type { ParsedRule } from './rules/index.js';
import type { Evidence, Verdict } from './verdict.js';

export interface Memory {
  /** The time of this run (the record's time, the newest point of every series). */
  now: Date;
  rules: readonly ParsedRule[];
  /** null when `history` is unset. */
  store: HistoryStore | null;
  /** What the store held when it was read (what dry-run describes the append against). */
  content: HistoryContent;
  timeline: Timeline;
  /** What decideVerdict reads. */
  verdict: VerdictMemory;
}

/**
 * The GitHub client (octokit, undici) is imported only when there is a repository to talk to, so a run
 * outside one (the CLI offline, a metrics-only check) does not load it.
 */
async function clientFactory(config: Config, repo: RepoContext | null): Promise<() => GitHubClient> {
  const { createClient } = repo ? await import('./github/client.js') : { createClient: null };
  let client: GitHubClient | undefined;
  return () => {
    if (!createClient) throw new Error('no repository (GITHUB_REPOSITORY) to read from: no GitHub client');
    return (client ??= createClient(config.githubToken, repo as RepoContext));
  };
}

/** Reads the history and the model's age; throws (InputError) when the stored history cannot be read. */
export async function recall(
  config: Config,
  rules: readonly ParsedRule[],
  evidence: Evidence,
  repo: RepoContext | null,
  now: Date,
): Promise<Memory> {
  const client = await clientFactory(config, repo);
  const store = openStore(config.history, {
    monitorKey: config.monitorKey,
    cwd: config.workingDirectory,
    repo,
    client,
  });
  const content = store ? await store.read() : EMPTY_HISTORY;
  const past = evidence.current.history ?? [];
  const records = store ? content.records : past.map(metricsLineRecord);
  const t = timeline(records, {
    time: now.getTime(),
    ...(repo?.runId ? { runId: repo.runId } : {}),
    metrics: evidence.current.values,
  });
  const files = evidence.current.files.join(', ');
  const facts = historyFacts(t, {
    detectors: config.history.detectors,
    ...(store === null && past.length > 0
      ? {
          timeless: `the earlier lines of ${files} carry no run times, so durations and slopes cannot be measured on them; use a window of runs (e.g. 7), or set 'history' to keep a store`,
        }
      : {}),
    ...(store === null ? { hint: "no history store is configured: set 'history' to keep one" } : {}),
  });
  const readsModel = rules.some((r) => references(r.ast, r.facts).some((ref) => ref.namespace === 'model'));
  const age =
    config.maxModelAgeDays !== undefined || readsModel
      ? await lookUpAge(config, evidence, t, store !== null, repo, client, now)
      : undefined;
  return {
    now,
    rules,
    store,
    content,
    timeline: t,
    verdict: {
      timeline: t,
      facts,
      ...(age ? { age } : {}),
      ...(config.maxModelAgeDays !== undefined ? { maxModelAgeDays: config.maxModelAgeDays } : {}),
      ...(config.driftHysteresis ? { driftHysteresis: config.driftHysteresis } : {}),
    },
  };
}

/**
 * The collapsed trend charts (below the tables of the summary and the alert issue), or '' without a store or a
 * trend yet. (Lines of a metrics file carry no run times to label a chart with.)
 */
export function trendsOf(memory: Memory, verdict: Verdict): string {
  return memory.store ? historyCharts(memory.timeline, memory.rules, verdict) : '';
}

/** A line of a JSONL metrics file as a history record: its numbers, no time, no outcomes. */
function metricsLineRecord(values: Map<string, number>): HistoryRecord {
  return {
    schemaVersion: HISTORY_RECORD_VERSION,
    time: new Date(0).toISOString(),
    status: 'unknown',
    metrics: Object.fromEntries(values),
    rules: [],
  };
}

/**
 * The model's age from the first source that knows it: the `model-timestamp` key of the metrics files, the
 * latest successful run of `dispatch-workflow` on the default branch (asked only when the metrics do not say;
 * 1–2 API calls), the last retraining in the history.
 */
async function lookUpAge(
  config: Config,
  evidence: Evidence,
  t: Timeline,
  hasStore: boolean,
  repo: RepoContext | null,
  client: () => GitHubClient,
  now: Date,
): Promise<ModelAgeResult> {
  const key = config.modelTimestamp;
  const current = evidence.current;
  const value = key === undefined ? undefined : (current.values.get(key) ?? current.metadata.get(key));
  const file = key === undefined ? undefined : current.sources.get(key);
  const workflow = config.dispatch?.repository ? undefined : config.dispatch?.workflow;
  const run =
    value === undefined && workflow && repo && config.githubToken
      ? await latestSuccessfulRun(client(), repo, workflow)
      : undefined;
  const retrained = lastRetraining(t.records);
  return modelAge({
    now: now.getTime(),
    ...(key !== undefined && value !== undefined
      ? { timestamp: { key, value, ...(file ? { file } : {}) } }
      : {}),
    ...(run ? { lastSuccessfulRun: run } : {}),
    ...(retrained ? { lastRetrainingInHistory: retrained } : {}),
    looked: { ...(key ? { modelTimestamp: key } : {}), ...(workflow ? { workflow } : {}), history: hasStore },
  });
}

/** This run's record: the documented subset of the report the history keeps (docs/history.md). */
export function runRecord(
  config: Config,
  verdict: Verdict,
  effects: EffectsOutcome,
  repo: RepoContext | null,
  now: Date,
): HistoryRecord {
  const { drift, quality } = verdict.evidence;
  return recordOf({
    time: now,
    monitor: config.monitorKey,
    ...(repo?.runId
      ? {
          run: {
            id: repo.runId,
            attempt: repo.runAttempt ?? 1,
            ...(repo.runUrl ? { url: repo.runUrl } : {}),
          },
        }
      : {}),
    ...(repo?.sha ? { sha: repo.sha } : {}),
    status: verdict.status,
    metrics: verdict.evidence.current.values,
    rules: verdict.rules.map((r) => ({ id: r.id, outcome: r.outcome })),
    ...(drift
      ? {
          drift: {
            share: drift.share,
            detected: drift.detected,
            features: drift.features.map((f) => ({
              name: f.name,
              statistic: f.statistic,
              drifted: f.drifted,
            })),
          },
        }
      : {}),
    ...(quality
      ? {
          quality: quality.features.map((f) => ({
            name: f.name,
            missingShare: f.missingShare.current,
            newShare: f.newShare,
            outOfRangeShare: f.outOfRangeShare,
          })),
        }
      : {}),
    actions: {
      ...(effects.issueNumber !== undefined ? { issue: effects.issueNumber } : {}),
      dispatched: effects.dispatched,
      ...(effects.runId !== undefined ? { runId: effects.runId } : {}),
    },
  });
}

/**
 * With the branch store and a workflow run id: the dispatch claim (history/claim.ts) — this run's early record
 * written by compare-and-swap before retraining is dispatched, so concurrent runs dispatch exactly once.
 */
export function claimOf(
  memory: Memory,
  config: Config,
  verdict: Verdict,
  repo: RepoContext | null,
): { claim?: DispatchClaim } {
  const runId = repo?.runId;
  if (!memory.store || config.history.store?.kind !== 'branch' || !config.dispatch || !runId) return {};
  const store = memory.store;
  const nothingYet: EffectsOutcome = { dispatched: false, records: [], failures: [] };
  return {
    claim: storeClaim(store, () => runRecord(config, verdict, nothingYet, repo, memory.now), {
      runId,
      maxRuns: config.history.maxRuns,
      cooldownMs: config.dispatch.cooldownMs,
    }),
  };
}

/**
 * Appends this run's record (dry-run: describes it) and adds a `history` line to the actions. Runs after the
 * effects, so the record says what was done; a write that fails becomes a failure of the step (after the
 * outputs are set), never a lost record of what was done on GitHub.
 */
export async function rememberRun(
  memory: Memory,
  config: Config,
  verdict: Verdict,
  effects: EffectsOutcome,
  repo: RepoContext | null,
): Promise<EffectsOutcome> {
  if (memory.store === null) return effects;
  const record = runRecord(config, verdict, effects, repo, memory.now);
  let line: ActionRecord;
  const failures: string[] = [];
  try {
    const done = await remember(memory.store, memory.content, record, config.history.maxRuns, config.dryRun);
    if (!done.written) {
      line = { kind: 'history', outcome: 'would-append', detail: `${done.plan} (dry-run)` };
    } else {
      const r = done.result;
      const dropped = r.dropped > 0 ? `, dropped the ${r.dropped} oldest` : '';
      const tries = r.attempts > 1 ? `, after ${r.attempts} attempts (other runs wrote first)` : '';
      line = {
        kind: 'history',
        outcome: r.replaced ? 'replaced' : 'appended',
        detail: `${r.replaced ? 'replaced the record of this run (an earlier attempt) in' : 'appended this run to'} ${r.where} (${r.runs} runs stored${dropped}${tries})`,
      };
    }
  } catch (error) {
    const message = messageOf(error);
    line = { kind: 'history', outcome: 'failed', detail: message };
    failures.push(message);
  }
  return {
    ...effects,
    records: [...effects.records, line],
    failures: [...effects.failures, ...failures],
  };
}
