/**
 * The monitor follows the retraining runs it dispatched (issue 10): before deciding whether to dispatch,
 * it reads the open alert's episode (github/episode.ts), asks GitHub for the state of every run not yet
 * settled, records what changed on the alert — each dispatch comment updated in place, each failed attempt
 * told once, the escalation labelled and told once — and returns the plan (loop/episode.ts) the dispatch
 * obeys: hold while a run is active or the alert carries `retraining-failed`; no cooldown for failed runs.
 *
 * Fails closed: when the alert's comments or a run's state cannot be read, nothing is dispatched this run
 * (a run might be in progress) and the failure is reported.
 */
import { randomUUID } from 'node:crypto';
import type { Config, DispatchConfig } from '../config/types.js';
import {
  planFollow,
  RETRAINING_FAILED_LABEL,
  runState,
  type Episode,
  type FollowPlan,
  type RunState,
} from '../loop/episode.js';
import { alertTitle } from './body.js';
import { createOptions, type GitHubClient } from './client.js';
import { dispatchComment, escalationComment, failureComment, readEpisode, trusted } from './episode.js';
import { explainFailure, statusOf } from './failures.js';
import {
  ensureLabel,
  labelNames,
  listComments,
  listOpenAlerts,
  matchAlerts,
  postComment,
  type IssueRef,
  type RepoRef,
} from './issues.js';
import { readMarkers } from './body.js';
import { aComment, aRun, labelList } from './shapes.js';
import type { SharedGitHub } from './shared.js';
import type { ActionRecord } from './types.js';

export interface FollowInput {
  client: GitHubClient;
  where: RepoRef;
  config: Config;
  dispatch: DispatchConfig;
  /** The verdict is due: escalation only then (a recovered model closes the alert instead). */
  due: boolean;
  log: (line: string) => void;
  /** Several monitors in one run: the open issues are listed once for all (github/shared.ts). */
  shared?: SharedGitHub;
}

export interface FollowResult {
  /** The open alert whose episode was read; undefined when none is open (a new episode starts). */
  issueNumber?: number;
  /** The open alerts as listed (the alert sync reuses the list). */
  open?: IssueRef[];
  plan: FollowPlan | null;
  /** Set when the episode could not be read: the dispatch must wait (fails closed). */
  hold?: string;
  records: ActionRecord[];
  failures: string[];
}

export async function followRetraining(input: FollowInput): Promise<FollowResult> {
  const { client, where, config, log } = input;
  const result: FollowResult = { plan: null, records: [], failures: [] };
  const record = (outcome: string, detail: string, url?: string) =>
    result.records.push({ kind: 'dispatch', outcome, detail, ...(url ? { url } : {}) });
  const fail = (message: string) => {
    result.failures.push(message);
    result.records.push({ kind: 'alert-issue', outcome: 'failed', detail: message });
    result.hold ??= `Not dispatched: the retraining episode could not be read (${message})`;
  };
  const title = alertTitle(config.alert.title, config.monitorTitle);
  let alert: IssueRef | undefined;
  let episode: Episode;
  try {
    const label = config.alert.labels[0];
    result.open = input.shared
      ? matchAlerts(await input.shared.openIssues(label), config.monitorKey, title)
      : await listOpenAlerts(client, where, label, config.monitorKey, title);
    alert = result.open[0];
    if (!alert) return result;
    result.issueNumber = alert.number;
    const comments = await listComments(client, where, alert.number);
    episode = readEpisode(comments, config.monitorKey, alert.user?.login, labelNames(alert));
  } catch (error) {
    fail(
      explainFailure(
        error,
        `Reading the retraining episode of monitor '${config.monitorKey}'`,
        'issues: write',
      ),
    );
    return result;
  }

  const target = input.dispatch.repository ?? where;
  const states = new Map<number, RunState>();
  for (const attempt of episode.attempts) {
    if (attempt.recorded.startsWith('completed:')) continue;
    try {
      states.set(attempt.runId, await readRunState(client, target, attempt.runId));
    } catch (error) {
      fail(explainFailure(error, `Reading the state of retraining run ${attempt.runId}`, 'actions: read'));
    }
  }
  const plan = planFollow(episode, states, config.maxRetrainAttempts, input.due);
  result.plan = plan;
  // A hold is recorded by the dispatch (skipped, with this sentence); other news of the episode here.
  if (plan.status && !plan.hold) record('followed', plan.status);
  await recordOnAlert(input, alert, episode, plan, result, log);
  return result;
}

/** A run's state now; a run that no longer exists (404) is `completed:missing`. */
async function readRunState(client: GitHubClient, target: RepoRef, runId: number): Promise<RunState> {
  try {
    const { data } = await client.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      ...target,
      run_id: runId,
      request: { answer: aRun },
    });
    const run = data as { status: string | null; conclusion: string | null };
    return runState(run.status, run.conclusion);
  } catch (error) {
    if (statusOf(error) === 404) return 'completed:missing';
    throw error;
  }
}

async function recordOnAlert(
  input: FollowInput,
  alert: IssueRef,
  episode: Episode,
  plan: FollowPlan,
  result: FollowResult,
  log: (line: string) => void,
): Promise<void> {
  const { client, where, config } = input;
  const issue = alert.number;
  const note = (outcome: string, detail: string) =>
    result.records.push({ kind: 'alert-issue', outcome, detail, url: alert.html_url });
  const failed = (what: string, error: unknown) => {
    const message = explainFailure(error, `${what} on alert #${issue}`, 'issues: write');
    result.failures.push(message);
    result.records.push({ kind: 'alert-issue', outcome: 'failed', detail: message });
  };
  for (const { attempt, state } of plan.updates) {
    if (config.dryRun) {
      note('would-update', `would record on #${issue} that run ${attempt.runId} is ${state}`);
      continue;
    }
    const body = dispatchComment(config.monitorKey, { ...attempt, max: plan.max, state }, randomUUID());
    try {
      await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...where,
        comment_id: attempt.commentId,
        body,
        request: { answer: aComment },
      });
      note('updated', `Recorded on #${issue}: retraining run ${attempt.runId} is ${state}.`);
    } catch (error) {
      failed(`Recording the state of run ${attempt.runId}`, error);
    }
  }
  for (const failure of plan.failures) {
    const last = plan.escalate && failure === plan.failures[plan.failures.length - 1];
    const nonce = randomUUID();
    const body = failureComment(config.monitorKey, failure, plan.max, last, nonce);
    if (config.dryRun) {
      note('would-comment', `would tell on #${issue} that run ${failure.attempt.runId} failed`);
      continue;
    }
    try {
      await postComment(client, where, issue, body, nonce, log);
      note(
        'commented',
        `Told on #${issue}: retraining run ${failure.attempt.runId} failed (${failure.state}).`,
      );
      const told = `${encodeURIComponent(config.monitorKey)}:${failure.attempt.runId}`;
      await keepOldest(input, alert, (m) => m.get('runfailed') === told, result);
    } catch (error) {
      failed(`Telling the failure of run ${failure.attempt.runId}`, error);
    }
  }
  if (!plan.escalate) return;
  if (config.dryRun) {
    note('would-label', `would label #${issue} '${RETRAINING_FAILED_LABEL}' and say a person is needed`);
    return;
  }
  // The label first: it is what holds the dispatch back; the comment only tells why (see loop/episode.ts).
  try {
    await ensureLabel(client, where, RETRAINING_FAILED_LABEL, log);
    await client.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...where,
      issue_number: issue,
      labels: [RETRAINING_FAILED_LABEL],
      request: { ...createOptions.request, answer: labelList },
    });
  } catch (error) {
    failed(`Adding the label '${RETRAINING_FAILED_LABEL}'`, error);
    return;
  }
  const nonce = randomUUID();
  const counted = episode.attempts.filter((a) => a.position > (episode.escalations.at(-1) ?? -1));
  try {
    await postComment(
      client,
      where,
      issue,
      escalationComment(config.monitorKey, plan.failed, counted, nonce),
      nonce,
      log,
    );
    const latest = episode.attempts.at(-1)?.commentId ?? 0;
    const key = encodeURIComponent(config.monitorKey);
    await keepOldest(input, alert, (m, id) => m.get('escalated') === key && id > latest, result);
    note(
      'labelled',
      `Retraining failed ${plan.failed} time(s): labelled #${issue} '${RETRAINING_FAILED_LABEL}'; a person is needed.`,
    );
  } catch (error) {
    failed('Saying that a person is needed', error);
  }
}

/**
 * Two monitor runs at the same moment may both tell the same thing. After posting, the comments are listed again
 * and of the action's comments matching `same`, all but the oldest are deleted: every racing run decides from the
 * same list, so they converge on one comment. Best effort: a failure here is logged, the duplicate stays.
 */
async function keepOldest(
  input: FollowInput,
  alert: IssueRef,
  same: (markers: Map<string, string>, id: number) => boolean,
  result: FollowResult,
): Promise<void> {
  const { client, where } = input;
  try {
    const comments = await listComments(client, where, alert.number);
    const matching = comments
      .filter((c) => trusted(c, alert.user?.login) && same(readMarkers(c.body), c.id))
      .sort((a, b) => a.id - b.id);
    for (const duplicate of matching.slice(1)) {
      await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...where,
        comment_id: duplicate.id,
      });
      result.records.push({
        kind: 'alert-issue',
        outcome: 'deleted',
        detail: `Deleted comment ${duplicate.id} on #${alert.number}: another monitor run told the same at the same moment.`,
      });
    }
  } catch (error) {
    input.log(
      `could not check #${alert.number} for a duplicate comment: ${explainFailure(error, 'listing', 'issues: write')}`,
    );
  }
}
