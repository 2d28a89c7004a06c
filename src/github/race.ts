/**
 * After dispatching: converge when monitor runs raced. The cooldown check is list-then-dispatch, and on
 * GitHub a new run shows up in the runs list only after a delay, so two monitor runs at the same moment can
 * both see "nothing running" and both dispatch. Like the alert issue, the runs converge: every dispatching
 * run waits until the list has caught up (its own run is listed, or the settle time passed), then keeps the
 * OLDEST retraining run of the race and cancels the newer ones — its own included. The decision depends only
 * on the list, so all racing runs agree. A `concurrency:` group on the monitor job avoids the race in the
 * first place (docs/alerting.md).
 *
 * Which runs count: runs of the dispatched workflow (repository_dispatch: runs with that event, per workflow)
 * that are still active or were created within the cooldown, excluding cancelled ones — the same runs that
 * would have stopped this dispatch had they been listed in time. When the retraining workflow carries the
 * monitor key in its run name (`run-name: Retrain ${{ inputs.monitor }}`) and our own run's title shows it,
 * only runs whose title names this monitor count, so monitors sharing one workflow never cancel each other.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { DispatchConfig } from '../config/types.js';
import type { RepoTarget } from '../config/dispatch-checks.js';
import { createOptions, type GitHubClient } from './client.js';
import { explainFailure, statusOf } from './failures.js';
import { runList } from './shapes.js';

export interface RaceTiming {
  /** How long to wait for the list to catch up (for our own run to appear; without a run id, the wait). */
  settleMs: number;
  /** Pause between two looks at the runs list while waiting. */
  pollMs: number;
}

/** GitHub lists a new run within a few seconds; 10 s covers a slow moment without holding the job long. */
export const DEFAULT_RACE_TIMING: RaceTiming = { settleMs: 10_000, pollMs: 2_000 };

export interface ListedRun {
  id: number;
  workflow_id?: number;
  status: string | null;
  conclusion?: string | null;
  created_at: string;
  html_url: string;
  display_title?: string;
}

export const ACTIVE_STATUSES = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);

/** The last 50 runs of what this dispatch starts (checked shape, see shapes.ts). */
export async function listRetrainingRuns(
  client: GitHubClient,
  target: RepoTarget,
  dispatch: DispatchConfig,
): Promise<ListedRun[]> {
  const { data } = dispatch.workflow
    ? await client.octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        ...target,
        workflow_id: dispatch.workflow,
        per_page: 50,
        request: { answer: runList },
      })
    : await client.octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
        ...target,
        event: 'repository_dispatch',
        per_page: 50,
        request: { answer: runList },
      });
  return data.workflow_runs as ListedRun[];
}

export interface RaceInput {
  client: GitHubClient;
  target: RepoTarget;
  dispatch: DispatchConfig;
  monitorKey: string;
  /** Our run, when the server told us (return_run_details). */
  ownRunId?: number;
  /** The time of the cooldown check before dispatching. */
  checkedAt: Date;
  timing: RaceTiming;
  log: (line: string) => void;
  /** Completed runs that do not count (failed attempts of the retraining loop, which the cooldown skips too). */
  ignore?: ReadonlySet<number>;
}

export interface RaceOutcome {
  /** True when our own run was the newer one and we cancelled it. */
  cancelledOwn: boolean;
  /** The run kept when there was a race. */
  kept?: ListedRun;
  /** Runs we cancelled (ours included). */
  cancelled: number[];
  /** One sentence about the race for the record, or undefined when there was none. */
  note?: string;
  /** Cancels that failed (the duplicate may still run). */
  failures: string[];
}

const order = (a: ListedRun, b: ListedRun) =>
  Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;

/** Wait for the list to catch up, then keep the oldest racing run and cancel the others. */
export async function settleRace(input: RaceInput): Promise<RaceOutcome> {
  const outcome: RaceOutcome = { cancelledOwn: false, cancelled: [], failures: [] };
  const runs = await caughtUpList(input);
  const own = runs.find((r) => r.id === input.ownRunId);
  const byMonitor = own?.display_title ? titleNames(own.display_title, input.monitorKey) : false;
  const shared = input.dispatch.sharedWith;
  const since = input.checkedAt.getTime() - input.dispatch.cooldownMs;
  const racing = runs.filter(
    (r) =>
      // Our own run counts even when another monitor run already cancelled it (we then report that).
      (r.id === input.ownRunId ||
        (r.conclusion !== 'cancelled' &&
          ((r.status !== null && ACTIVE_STATUSES.has(r.status)) || Date.parse(r.created_at) >= since))) &&
      (shared
        ? runCounts(r, input.monitorKey, shared)
        : !byMonitor || titleNames(r.display_title ?? '', input.monitorKey)) &&
      !(r.status === 'completed' && input.ignore?.has(r.id)),
  );
  if (input.ownRunId !== undefined && !own) {
    // Not listed within the settle time: count it anyway, it is certainly part of the race.
    racing.push({
      id: input.ownRunId,
      status: 'queued',
      created_at: new Date().toISOString(),
      html_url: '',
    });
  }
  const groups = new Map<number, ListedRun[]>();
  for (const run of racing) {
    const key = run.workflow_id ?? 0;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [kept, ...newer] = group.sort(order) as [ListedRun, ...ListedRun[]];
    outcome.kept ??= kept;
    for (const run of newer) await cancel(input, run, outcome);
  }
  if (outcome.kept) {
    const others = outcome.cancelled.filter((id) => id !== input.ownRunId);
    outcome.note = outcome.cancelledOwn
      ? `another monitor run dispatched retraining at the same moment: run ${outcome.kept.id} (the older one) is kept and ours, run ${input.ownRunId}, was cancelled`
      : `monitor runs raced: run ${outcome.kept.id} (the oldest) is kept${others.length ? `; cancelled the newer run(s) ${others.join(', ')}` : ''}`;
  }
  return outcome;
}

/** The runs list once it shows our own run (or after the settle time when we do not know our run). */
async function caughtUpList(input: RaceInput): Promise<ListedRun[]> {
  const { timing } = input;
  if (input.ownRunId === undefined) {
    await sleep(timing.settleMs);
    return listRetrainingRuns(input.client, input.target, input.dispatch);
  }
  const until = Date.now() + timing.settleMs;
  for (;;) {
    const runs = await listRetrainingRuns(input.client, input.target, input.dispatch);
    if (runs.some((r) => r.id === input.ownRunId) || Date.now() >= until) return runs;
    await sleep(Math.min(timing.pollMs, Math.max(0, until - Date.now())));
  }
}

async function cancel(input: RaceInput, run: ListedRun, outcome: RaceOutcome): Promise<void> {
  try {
    await input.client.octokit.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', {
      ...input.target,
      run_id: run.id,
      ...createOptions,
    });
  } catch (error) {
    // 409: it already finished (or is being cancelled by another monitor run) — nothing left to stop.
    if (statusOf(error) !== 409) {
      outcome.failures.push(
        explainFailure(error, `Cancelling the duplicate retraining run ${run.id}`, 'actions: write'),
      );
      return;
    }
  }
  outcome.cancelled.push(run.id);
  if (run.id === input.ownRunId) outcome.cancelledOwn = true;
  input.log(`cancelled retraining run ${run.id}: a concurrent monitor run's older run is kept`);
}

/**
 * For monitors sharing one workflow (DispatchConfig.sharedWith): does this run count for `monitorKey`? Yes when
 * its title names it; no when its title names another of the sharing monitors; yes when it names none of them
 * (a run that cannot be told apart holds every one of them back, as if each had its own workflow).
 */
export function runCounts(run: ListedRun, monitorKey: string, sharedWith: readonly string[]): boolean {
  const title = run.display_title ?? '';
  if (titleNames(title, monitorKey)) return true;
  return !sharedWith.some((key) => key !== monitorKey && titleNames(title, key));
}

/** The run title names the monitor key as a whole word (e.g. `Retrain churn-model`). */
function titleNames(title: string, monitorKey: string): boolean {
  let at = title.indexOf(monitorKey);
  while (at >= 0) {
    const before = title[at - 1];
    const after = title[at + monitorKey.length];
    if (
      (before === undefined || /\s|[([:"']/.test(before)) &&
      (after === undefined || /\s|[)\]:"',.]/.test(after))
    ) {
      return true;
    }
    at = title.indexOf(monitorKey, at + 1);
  }
  return false;
}
