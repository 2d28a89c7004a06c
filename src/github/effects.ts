/**
 * The Effects stage: act on the verdict on GitHub — retraining dispatch, then the alert issue (whose body
 * mentions what the dispatch did). Never throws for GitHub problems: whatever could not be done becomes a
 * sentence in `failures` (main.ts fails the step after setting outputs); whatever succeeded is kept.
 */
import * as core from '@actions/core';
import { escapeLog, escapeMarkdown } from '../text/escape.js';
import { redactor, type Redact } from '../text/redact.js';
import { messageOf } from '../errors.js';
import type { Config } from '../config/types.js';
import type { Verdict } from '../verdict.js';
import { randomUUID } from 'node:crypto';
import { createClient, type ClientOptions, type GitHubClient } from './client.js';
import { nonceMarker, safeLink } from './body.js';
import { explainFailure } from './failures.js';
import { postComment } from './issues.js';
import { syncAlertIssue } from './alert.js';
import { dispatchComment } from './episode.js';
import { followRetraining } from './follow.js';
import { dispatchRetraining, type DispatchClaim, type DispatchResult } from './dispatch.js';
import type { RaceTiming } from './race.js';
import type { SharedGitHub } from './shared.js';
import type { ActionRecord, BatchDispatchNote, EffectsOutcome, RepoContext } from './types.js';

export interface EffectsInput {
  verdict: Verdict;
  /** Verdict rendered as Markdown (rules table, drift table), already escaped; may be long. */
  verdictMarkdown: string;
  config: Config;
  repo: RepoContext;
  /** Injectable clock for cooldown tests. */
  now?: Date;
  /** Retry / rate-limit / budget tuning (tests use milliseconds). */
  client?: ClientOptions;
  /** How long the dispatch race check waits for the runs list (tests use milliseconds). */
  race?: RaceTiming;
  /** Claim the dispatch before sending (the run history's compare-and-swap); none = always granted. */
  claim?: DispatchClaim;
  /** Several monitors in one run: one client and one listing of open alert issues (github/shared.ts). */
  shared?: SharedGitHub;
  /** The run's batch dispatch, when it covers this monitor: its alert issue tells what it did. */
  batchDispatch?: BatchDispatchNote;
}

export async function applyEffects(
  input: EffectsInput,
  log: (line: string) => void = (line) => core.info(line),
): Promise<EffectsOutcome> {
  const outcome: EffectsOutcome = { dispatched: false, records: [], failures: [] };
  const { config, repo } = input;
  const dispatch =
    config.dispatch && (config.dispatch.workflow || config.dispatch.eventType) ? config.dispatch : null;
  if (!config.alert.enabled && !dispatch) return outcome;

  const missing = !config.githubToken
    ? 'github-token is empty; the alert issue and the dispatch need a token (the default is the workflow token, `${{ github.token }}`).'
    : !repo.owner || !repo.repo
      ? 'The repository is unknown (GITHUB_REPOSITORY not set); the alert issue and the dispatch need it.'
      : undefined;
  if (missing) {
    outcome.failures.push(missing);
    if (config.alert.enabled)
      outcome.records.push({ kind: 'alert-issue', outcome: 'failed', detail: missing });
    if (dispatch) outcome.records.push({ kind: 'dispatch', outcome: 'failed', detail: missing });
    return outcome;
  }

  const now = input.now ?? new Date();
  // Server messages may echo the token: redacted before they are escaped, logged or put into the issue body.
  const redact = redactor(config.secrets);
  const safeLog = (line: string) => log(escapeLog(redact(line)));
  try {
    const client =
      input.shared?.client ?? createClient(config.githubToken, repo, { log: safeLog, ...input.client });
    // The retraining loop: what happened to the runs dispatched in this alert's episode (github/follow.ts).
    const follow =
      dispatch && config.alert.enabled
        ? await followRetraining({
            client,
            where: { owner: repo.owner, repo: repo.repo },
            config,
            dispatch,
            due: input.verdict.triggered,
            log: safeLog,
            ...(input.shared ? { shared: input.shared } : {}),
          })
        : null;
    if (follow) {
      outcome.records.push(...follow.records.map((r) => redactRecord(r, redact)));
      outcome.failures.push(...follow.failures.map(redact));
    }
    const plan = follow?.plan ?? null;
    // With `{issue_number}` in the inputs the alert is synced first, so the retraining run learns its number;
    // what the dispatch did then goes into a comment on it instead of the body.
    const alertFirst = config.alert.enabled && dispatch !== null && usesIssueNumber(dispatch.inputs);
    const syncAlert = async (dispatchLine: string | undefined) => {
      const alert = await syncAlertIssue({
        client,
        where: { owner: repo.owner, repo: repo.repo },
        config,
        verdict: input.verdict,
        verdictMarkdown: input.verdictMarkdown,
        runUrl: repo.runUrl,
        dispatchLine,
        // Listed by the follow-up just before, unless it wrote to the alert (a label): then list again.
        ...(follow?.open && !plan?.escalate ? { open: follow.open } : {}),
        now,
        log: safeLog,
        ...(input.shared ? { shared: input.shared } : {}),
      });
      outcome.records.push(...alert.records.map((r) => redactRecord(r, redact)));
      outcome.failures.push(...alert.failures.map(redact));
      if (alert.escalated) outcome.escalated = alert.escalated;
      if (alert.issueNumber !== undefined) {
        outcome.issueNumber = alert.issueNumber;
        outcome.issueUrl = alert.issueUrl;
      }
    };
    if (alertFirst) await syncAlert(plan?.status ? escapeMarkdown(redact(plan.status)) : undefined);
    let dispatchLine: string | undefined = input.batchDispatch?.line;
    let dispatched: DispatchResult | undefined;
    if (dispatch) {
      const hold = follow?.hold ?? plan?.hold ?? undefined;
      dispatched = redactResult(
        await dispatchRetraining({
          client,
          repo,
          config,
          dispatch,
          verdict: input.verdict,
          ...(outcome.issueNumber !== undefined ? { issueNumber: outcome.issueNumber } : {}),
          ...(hold ? { hold } : {}),
          ...(plan ? { retryAfter: plan.retryAfter } : {}),
          now,
          log: safeLog,
          ...(input.race ? { race: input.race } : {}),
          ...(input.claim ? { claim: input.claim } : {}),
          ...(input.shared ? { reads: input.shared.dispatchReads } : {}),
        }),
        redact,
      );
      merge(outcome, dispatched);
      dispatchLine = summarizeDispatch(dispatched);
    }
    if (config.alert.enabled && !alertFirst) await syncAlert(dispatchLine);
    // The dispatched run on the alert, with its markers: the next monitor runs follow it from there.
    if (config.alert.enabled && dispatched?.dispatched && outcome.issueNumber !== undefined) {
      const attempt = { number: plan?.nextAttempt ?? 1, max: config.maxRetrainAttempts };
      await commentDispatch(client, repo, config.monitorKey, outcome, dispatched, attempt, safeLog, redact);
    }
  } catch (error) {
    // Not a GitHub answer (those are all handled above): a bug or a broken environment. Report, don't crash.
    outcome.failures.push(redact(`Acting on GitHub stopped unexpectedly: ${messageOf(error)}`));
  }
  for (const record of outcome.records) safeLog(`${record.kind}: ${record.outcome} — ${record.detail}`);
  return outcome;
}

function redactRecord(record: ActionRecord, redact: Redact): ActionRecord {
  return { ...record, outcome: redact(record.outcome), detail: redact(record.detail) };
}

function redactResult(result: DispatchResult, redact: Redact): DispatchResult {
  return {
    ...result,
    records: result.records.map((r) => redactRecord(r, redact)),
    failures: result.failures.map(redact),
  };
}

/** True when an input uses `{issue_number}`. */
function usesIssueNumber(inputs: Record<string, string>): boolean {
  return Object.values(inputs).some((value) => value.includes('{issue_number}'));
}

/** "Retraining dispatched: run …" on the alert, posted at most once (nonce). A failure is reported, not thrown. */
async function commentDispatch(
  client: GitHubClient,
  repo: RepoContext,
  monitorKey: string,
  outcome: EffectsOutcome,
  result: DispatchResult,
  attempt: { number: number; max: number },
  log: (line: string) => void,
  redact: Redact,
): Promise<void> {
  const issue = outcome.issueNumber as number;
  const nonce = randomUUID();
  const run = { ...attempt, state: 'queued', ...(result.runUrl ? { runUrl: result.runUrl } : {}) };
  // Without a run id (GitHub did not say which run started) the run cannot be followed: the link only.
  const body =
    result.runId !== undefined
      ? dispatchComment(monitorKey, { ...run, runId: result.runId }, nonce)
      : `🔁 Retraining dispatched: ${safeLink('the runs page', result.runUrl) ?? 'see the runs page'} (attempt ${attempt.number} of ${attempt.max}).\n\n${nonceMarker(nonce)}`;
  try {
    await postComment(client, { owner: repo.owner, repo: repo.repo }, issue, body, nonce, log);
    outcome.records.push({
      kind: 'alert-issue',
      outcome: 'commented',
      detail: `Noted the dispatch on #${issue}.`,
    });
  } catch (error) {
    const message = redact(
      explainFailure(error, `Commenting the dispatch on alert #${issue}`, 'issues: write'),
    );
    outcome.failures.push(message);
    outcome.records.push({ kind: 'alert-issue', outcome: 'failed', detail: message });
  }
}

function merge(outcome: EffectsOutcome, result: DispatchResult): void {
  outcome.dispatched = result.dispatched;
  if (result.runId !== undefined) outcome.runId = result.runId;
  if (result.runUrl !== undefined) outcome.runUrl = result.runUrl;
  outcome.records.push(...result.records);
  outcome.failures.push(...result.failures);
}

/** One escaped line for the issue body about what the dispatch did. */
function summarizeDispatch(result: DispatchResult): string | undefined {
  const last = result.records[result.records.length - 1];
  if (!last) return undefined;
  return `${escapeMarkdown(last.outcome)} — ${escapeMarkdown(last.detail)}`;
}
