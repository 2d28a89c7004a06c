/**
 * Starting the retraining: workflow_dispatch (with run details when the server supports them) or
 * repository_dispatch, guarded by a cooldown: check runs → (claim) → send → converge with racing runs.
 *
 * Lost answers: a dispatch is NOT retried after an ambiguous failure (5xx, connection reset). Listing runs
 * right afterwards cannot tell us reliably whether it started — new runs appear in the list with a delay —
 * so the failure says "may or may not have started" and links the runs page. The next scheduled monitor run
 * lists runs before dispatching (the cooldown check), which is what prevents a double start.
 *
 * Concurrent monitor runs: after a successful dispatch, race.ts waits for the runs list to catch up, keeps
 * the oldest run of the race and cancels the newer ones, so they converge on one retraining run.
 */
import type { Config, DispatchConfig } from '../config/types.js';
import type { RepoTarget } from '../config/dispatch-checks.js';
import type { Verdict } from '../verdict.js';
import { createOptions, formatDuration, type GitHubClient } from './client.js';
import { explainFailure, githubMessage, statusOf } from './failures.js';
import { explainRead, explainWrite } from './dispatch-errors.js';
import {
  ACTIVE_STATUSES,
  DEFAULT_RACE_TIMING,
  listRetrainingRuns,
  runCounts,
  settleRace,
  type ListedRun,
  type RaceTiming,
} from './race.js';
import { aRepository, dispatchDetails } from './shapes.js';
import type { ActionRecord, RepoContext } from './types.js';

export interface DispatchInput {
  client: GitHubClient;
  repo: RepoContext;
  config: Config;
  dispatch: DispatchConfig;
  verdict: Verdict;
  /** The alert issue, for `{issue_number}` (known when the alert was synced before dispatching). */
  issueNumber?: number;
  /** Why the retraining loop holds this dispatch back (a run in progress, escalated): recorded instead. */
  hold?: string;
  /** Completed failed runs of this alert episode: a failed attempt does not hold the next back (cooldown). */
  retryAfter?: readonly number[];
  now: Date;
  log: (line: string) => void;
  race?: RaceTiming;
  claim?: DispatchClaim;
  /** The models this dispatch retrains (`{models}`); default the monitor itself. */
  models?: readonly string[];
  /** Reads shared by the monitors of one run (github/shared.ts). */
  reads?: DispatchReads;
}

/**
 * Reads several monitors' dispatches may share: the repository's default branch, and — for monitors that tell
 * their runs apart by title (DispatchConfig.sharedWith) — the runs list of the cooldown check, which another
 * monitor's dispatch cannot change for them. The race check after dispatching always lists afresh.
 */
export interface DispatchReads {
  defaultBranch(target: RepoTarget): Promise<string>;
  runs(target: RepoTarget, dispatch: DispatchConfig): Promise<ListedRun[]>;
}

/** One dispatch of any workflow (retraining, deployment), with the cooldown and active-run guard. */
export interface RunDispatch {
  client: GitHubClient;
  repo: RepoContext;
  dispatch: DispatchConfig;
  /** Whose dispatch this is (claims and the race check find runs of the same monitor). */
  monitorKey: string;
  /** Inputs with templates expanded. */
  inputs: Record<string, string>;
  /** client_payload properties retrain-trigger adds to a repository_dispatch besides the inputs. */
  payload: Record<string, unknown>;
  /** null: dispatch; else the sentence recorded instead (nothing is due). */
  notDue: string | null;
  /** Completed runs the cooldown does not count (failed attempts of the retraining loop). */
  retryAfter?: ReadonlySet<number>;
  dryRun: boolean;
  now: Date;
  log: (line: string) => void;
  /** How long to wait for the runs list after dispatching (race check); tests shrink it. */
  race?: RaceTiming;
  /** Optional claim before sending (a history store's compare-and-swap); refused = another run dispatches. */
  claim?: DispatchClaim;
  reads?: DispatchReads;
}

/** The claim seam: called after the cooldown check, before anything is sent. */
export type DispatchClaim = (attempt: {
  monitorKey: string;
  target: RepoTarget;
  now: Date;
  /** Retraining runs whose attempt failed: their dispatch does not hold this one back. */
  retryAfter?: ReadonlySet<number>;
}) => Promise<{ granted: true } | { granted: false; reason: string }>;

export interface DispatchResult {
  dispatched: boolean;
  runId?: number;
  runUrl?: string;
  records: ActionRecord[];
  failures: string[];
}

// Template expansion lives in dispatch-inputs.ts (pure: the plan uses it without loading the GitHub client).
export { expandInputs, expandTemplates, MAX_INPUT_CHARS } from './dispatch-inputs.js';
import { expandInputs } from './dispatch-inputs.js';

export async function dispatchRetraining(input: DispatchInput): Promise<DispatchResult> {
  const { dispatch, verdict, config } = input;
  return dispatchRun({
    client: input.client,
    repo: input.repo,
    dispatch,
    inputs: expandInputs(
      dispatch.inputs,
      verdict,
      config.monitorKey,
      input.repo.runUrl,
      input.issueNumber,
      input.models,
    ),
    payload: { reasons: verdict.reasons, monitor: config.monitorKey },
    notDue: verdict.triggered
      ? (input.hold ?? null)
      : verdict.status === 'unknown'
        ? 'Could not decide: nothing dispatched.'
        : 'No retraining due: nothing dispatched.',
    dryRun: config.dryRun,
    now: input.now,
    log: input.log,
    monitorKey: config.monitorKey,
    ...(input.retryAfter?.length ? { retryAfter: new Set(input.retryAfter) } : {}),
    ...(input.race ? { race: input.race } : {}),
    ...(input.claim ? { claim: input.claim } : {}),
    ...(input.reads ? { reads: input.reads } : {}),
  });
}

export async function dispatchRun(input: RunDispatch): Promise<DispatchResult> {
  const { dispatch, inputs } = input;
  const result: DispatchResult = { dispatched: false, records: [], failures: [] };
  const record = (outcome: string, detail: string, url?: string) =>
    result.records.push({ kind: 'dispatch', outcome, detail, ...(url ? { url } : {}) });
  const fail = (message: string, url?: string) => {
    result.failures.push(message);
    record('failed', message, url);
    input.log(message);
  };
  if (input.notDue !== null) {
    record('skipped', input.notDue);
    return result;
  }
  const target = dispatch.repository ?? { owner: input.repo.owner, repo: input.repo.repo };
  const base = `${input.repo.serverUrl.replace(/\/+$/, '')}/${target.owner}/${target.repo}/actions`;
  const what = dispatch.workflow ?? `repository_dispatch '${dispatch.eventType ?? ''}'`;
  const runsPage = dispatch.workflow ? `${base}/workflows/${encodeURIComponent(dispatch.workflow)}` : base;

  let ref = dispatch.ref;
  // The config stage checked names and GitHub's limits; the payload is built in a map without a prototype.
  const payload: Record<string, unknown> = dispatch.workflow
    ? {}
    : Object.assign(Object.create(null) as Record<string, unknown>, inputs, input.payload);

  try {
    if (dispatch.workflow && !ref) {
      if (input.reads) ref = await input.reads.defaultBranch(target);
      else {
        const { data } = await input.client.octokit.request('GET /repos/{owner}/{repo}', {
          ...target,
          request: { answer: aRepository },
        });
        ref = data.default_branch;
      }
    }
    // Always checked, even with cooldown 0: a run that is still queued or in progress is never doubled.
    const blocker = await cooldownBlocker(input, target, dispatch, input.now);
    if (blocker) {
      record('skipped', blocker, runsPage);
      return result;
    }
  } catch (error) {
    fail(explainRead(error, what, target, dispatch, ref), runsPage);
    return result;
  }

  if (input.dryRun) {
    record(
      'would-dispatch',
      dispatch.workflow
        ? `would dispatch ${dispatch.workflow} on ${ref} with inputs ${JSON.stringify(inputs)}`
        : `would send repository_dispatch '${dispatch.eventType}' to ${target.owner}/${target.repo} with client_payload ${JSON.stringify(payload)}`,
      runsPage,
    );
    return result;
  }

  // Seam for the run history: claim this dispatch in the store (compare-and-swap) so at most one run sends.
  if (input.claim) {
    const claim = await input.claim({
      monitorKey: input.monitorKey,
      target,
      now: input.now,
      ...(input.retryAfter ? { retryAfter: input.retryAfter } : {}),
    });
    if (!claim.granted) {
      record('skipped', `Not dispatched: ${claim.reason}`, runsPage);
      return result;
    }
  }

  const checkedAt = input.now;
  try {
    if (dispatch.workflow) {
      const run = await dispatchWorkflow(
        input.client,
        target,
        dispatch.workflow,
        ref ?? '',
        inputs,
        input.log,
      );
      Object.assign(result, { dispatched: true, runId: run.runId, runUrl: run.runUrl });
      record(
        'dispatched',
        run.runId
          ? `Dispatched ${dispatch.workflow} on ${ref}: run ${run.runId}.`
          : `Dispatched ${dispatch.workflow} on ${ref} (this GitHub does not return the run id).`,
        run.runUrl ?? runsPage,
      );
    } else {
      await input.client.octokit.request('POST /repos/{owner}/{repo}/dispatches', {
        ...target,
        event_type: dispatch.eventType ?? '',
        client_payload: payload,
        ...createOptions,
      });
      result.dispatched = true;
      record(
        'dispatched',
        `Sent repository_dispatch '${dispatch.eventType}' to ${target.owner}/${target.repo}.`,
        runsPage,
      );
    }
  } catch (error) {
    fail(explainWrite(error, what, target, dispatch, ref, runsPage), runsPage);
    return result;
  }
  await convergeAfterDispatch(input, target, checkedAt, result, record);
  return result;
}

/** Concurrent monitor runs may both have dispatched: keep the oldest run, cancel the newer (race.ts). */
async function convergeAfterDispatch(
  input: RunDispatch,
  target: Target,
  checkedAt: Date,
  result: DispatchResult,
  record: (outcome: string, detail: string, url?: string) => void,
): Promise<void> {
  try {
    const race = await settleRace({
      client: input.client,
      target,
      dispatch: input.dispatch,
      monitorKey: input.monitorKey,
      ...(input.retryAfter ? { ignore: input.retryAfter } : {}),
      ...(result.runId !== undefined ? { ownRunId: result.runId } : {}),
      checkedAt,
      timing: input.race ?? DEFAULT_RACE_TIMING,
      log: input.log,
    });
    for (const message of race.failures) {
      result.failures.push(message);
      record('failed', message);
    }
    if (!race.note) return;
    if (race.cancelledOwn) {
      Object.assign(result, { dispatched: false, runId: race.kept?.id, runUrl: race.kept?.html_url });
      record('cancelled', `Cancelled our duplicate: ${race.note}.`, race.kept?.html_url);
    } else {
      record('deduplicated', `Concurrent dispatch: ${race.note}.`, race.kept?.html_url);
    }
  } catch (error) {
    input.log(
      `could not check for a concurrent dispatch after dispatching: ${explainFailure(error, 'listing runs', 'actions: read')}`,
    );
  }
}

type Target = RepoTarget;

/** A sentence saying why not to dispatch now, or undefined when the coast is clear. */
async function cooldownBlocker(input: RunDispatch, target: Target, dispatch: DispatchConfig, now: Date) {
  const runs =
    input.reads && dispatch.sharedWith
      ? await input.reads.runs(target, dispatch)
      : await listRetrainingRuns(input.client, target, dispatch);
  const cooldown = formatDuration(dispatch.cooldownMs);
  const shared = dispatch.sharedWith;
  for (const run of runs) {
    if (shared && !runCounts(run, input.monitorKey, shared)) continue;
    if (run.status && ACTIVE_STATUSES.has(run.status)) {
      return `Not dispatched: run ${run.id} is still ${run.status} (${run.html_url}).`;
    }
    if (input.retryAfter?.has(run.id)) continue; // a failed attempt: retried without waiting
    const age = now.getTime() - Date.parse(run.created_at);
    if (age < dispatch.cooldownMs) {
      return `Not dispatched: run ${run.id} was created at ${run.created_at}, within the cooldown of ${cooldown}.`;
    }
  }
  return undefined;
}

async function dispatchWorkflow(
  client: GitHubClient,
  target: Target,
  workflow: string,
  ref: string,
  inputs: Record<string, string>,
  log: (line: string) => void,
): Promise<{ runId?: number; runUrl?: string }> {
  const params = { ...target, workflow_id: workflow, ref, inputs, ...createOptions };
  try {
    const response = await client.octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        ...params,
        return_run_details: true,
        request: { ...params.request, answer: dispatchDetails },
      },
    );
    // 200 carries { workflow_run_id, run_url (API), html_url }; some servers answer 204 with no body.
    const data = (response.status === 200 ? response.data : {}) as {
      workflow_run_id?: number;
      html_url?: string;
    };
    return { runId: data.workflow_run_id, runUrl: data.html_url };
  } catch (error) {
    const status = statusOf(error);
    // Older GitHub Enterprise Server rejects the unknown parameter; nothing was dispatched, so try plainly.
    if ((status === 400 || status === 422) && /return_run_details/.test(githubMessage(error))) {
      log('this GitHub does not know return_run_details; dispatching without it');
      await client.octokit.request(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        params,
      );
      return {};
    }
    throw error;
  }
}
