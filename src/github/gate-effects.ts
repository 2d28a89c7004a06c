/**
 * The gate step's effects: report the outcome on the monitor's alert issue (`issue-number`) and, when the
 * candidate is promoted, dispatch the deployment workflow (`promote-workflow`) — exactly once per candidate.
 *
 * The candidate is the workflow run the gate step runs in (GITHUB_RUN_ID): a re-run of that run is the same
 * candidate. Its comment on the alert is the record, found again by the marker on its first line:
 *
 *   <!-- retrain-trigger:gate=<monitor>:<run id> -->      (first line; text written elsewhere never counts)
 *   <!-- retrain-trigger:deploy=<state> -->               claimed | dispatched | failed | skipped | none
 *
 * Promotion claims before it dispatches: the comment is written with `claimed`, then the deployment is
 * dispatched (the shared dispatch code, with its active-run guard), then the comment says `dispatched` (or
 * `failed` / `skipped`, which a re-run may try again). A re-run that finds `claimed` or `dispatched` never
 * dispatches again: `claimed` means the answer was lost and the run may have started, which the comment says.
 * Without an issue to write to, only the dispatch code's guard applies (no run active or created within the
 * `promote.cooldown`, default 1d).
 */
import { randomUUID } from 'node:crypto';
import type { Config, DispatchConfig } from '../config/types.js';
import type { GateVerdict } from '../gates/index.js';
import { escapeLog, escapeMarkdown } from '../text/escape.js';
import { messageOf } from '../errors.js';
import { redactor } from '../text/redact.js';
import { deployLine, gateComment, gateMarker, readDeployState, type DeployState } from './gate-comment.js';
import { createClient, type ClientOptions, type GitHubClient } from './client.js';
import { dispatchRun, expandTemplates } from './dispatch.js';
import { explainFailure } from './failures.js';
import { listComments, postComment, type RepoRef } from './issues.js';
import { aComment } from './shapes.js';
import type { EffectsOutcome, RepoContext } from './types.js';

export interface GateEffectsInput {
  verdict: GateVerdict;
  config: Config;
  repo: RepoContext;
  now?: Date;
  client?: ClientOptions;
}

interface GateComment {
  id: number;
  body: string;
  html_url?: string;
}

/** The candidate's identity: the workflow run the gate step runs in. */
function candidateOf(repo: RepoContext): string {
  return repo.runId ?? repo.sha ?? 'local';
}

async function findGateComment(
  client: GitHubClient,
  where: RepoRef,
  issue: number,
  marker: string,
): Promise<GateComment | undefined> {
  for (const c of await listComments(client, where, issue)) {
    if (typeof c.body === 'string' && c.body.startsWith(`${marker}\n`)) {
      return { id: c.id, body: c.body, ...(typeof c.html_url === 'string' ? { html_url: c.html_url } : {}) };
    }
  }
  return undefined;
}

export async function applyGateEffects(
  input: GateEffectsInput,
  log: (line: string) => void,
): Promise<EffectsOutcome> {
  const outcome: EffectsOutcome = { dispatched: false, records: [], failures: [] };
  const { config, repo, verdict } = input;
  const gate = config.gate;
  if (!gate || (gate.issueNumber === null && !gate.promote)) return outcome;
  // Server messages may echo a secret: removed before they are logged or written into the comment.
  const redact = redactor(config.secrets);
  const safeLog = (line: string) => log(escapeLog(redact(line)));
  const fail = (kind: 'alert-issue' | 'dispatch', message: string) => {
    outcome.failures.push(message);
    outcome.records.push({ kind, outcome: 'failed', detail: message });
  };
  if (!config.githubToken || !repo.owner || !repo.repo) {
    fail(
      gate.promote ? 'dispatch' : 'alert-issue',
      !config.githubToken
        ? 'github-token is empty; reporting to the alert issue and the deployment dispatch need a token.'
        : 'The repository is unknown (GITHUB_REPOSITORY not set).',
    );
    return outcome;
  }
  const where = { owner: repo.owner, repo: repo.repo };
  const now = input.now ?? new Date();
  try {
    const client = createClient(config.githubToken, repo, { log: safeLog, ...input.client });
    const issue = gate.issueNumber;
    const marker = gateMarker(config.monitorKey, candidateOf(repo));
    let existing: GateComment | undefined;
    if (issue !== null) {
      try {
        existing = await findGateComment(client, where, issue, marker);
      } catch (error) {
        fail(
          'alert-issue',
          explainFailure(error, `Reading the comments of alert #${issue}`, 'issues: write'),
        );
        return outcome;
      }
      if (existing) outcome.issueNumber = issue;
    }
    const before = existing ? readDeployState(existing.body) : undefined;
    const write = (deploy: { state: DeployState; line: string }) =>
      issue === null
        ? Promise.resolve()
        : writeComment(
            client,
            where,
            issue,
            existing,
            redact(gateComment(verdict, marker, repo.runUrl, deploy)),
            outcome,
            config.dryRun,
            safeLog,
          ).then((written) => {
            existing = written ?? existing;
          });

    if (!verdict.promote || !gate.promote) {
      const line = verdict.promote
        ? ''
        : `Rejected by: ${verdict.rejectedBy.map(escapeMarkdown).join(', ')}.`;
      if (gate.promote) {
        outcome.records.push({
          kind: 'dispatch',
          outcome: 'skipped',
          detail: 'Candidate rejected: no deployment.',
        });
      }
      // A deployment an earlier attempt of this run claimed or dispatched stays recorded: never downgraded.
      const kept = before === 'claimed' || before === 'dispatched' ? before : 'none';
      const note =
        kept === 'none'
          ? ''
          : ` An earlier attempt of this run already ${kept} the deployment; it stays recorded.`;
      await write({ state: kept, line: `${line}${note}`.trim() });
    } else if (before === 'claimed' || before === 'dispatched') {
      outcome.records.push({
        kind: 'dispatch',
        outcome: 'unchanged',
        detail:
          before === 'dispatched'
            ? `This candidate's deployment was already dispatched (recorded on #${issue}); not dispatched again.`
            : `This candidate's deployment was claimed earlier but its answer was lost: it may have started — check the runs of ${gate.promote.workflow}. Not dispatched again.`,
        ...(existing?.html_url ? { url: existing.html_url } : {}),
      });
    } else {
      if (issue !== null && !config.dryRun) {
        await write({
          state: 'claimed',
          line: `🚀 Deployment: dispatching ${escapeMarkdown(gate.promote.workflow ?? '')}…`,
        });
        if (outcome.failures.length > 0) return outcome; // no claim recorded: do not dispatch
      }
      const result = await dispatchRun({
        client,
        repo,
        dispatch: gate.promote,
        monitorKey: config.monitorKey,
        inputs: promoteInputs(gate.promote, config, repo, verdict),
        payload: {},
        notDue: null,
        dryRun: config.dryRun,
        now,
        log: safeLog,
      });
      Object.assign(outcome, {
        dispatched: result.dispatched,
        ...(result.runId !== undefined ? { runId: result.runId } : {}),
        ...(result.runUrl !== undefined ? { runUrl: result.runUrl } : {}),
      });
      outcome.records.push(...result.records);
      outcome.failures.push(...result.failures);
      if (issue !== null && !config.dryRun) await write(deployLine(result, gate.promote));
    }
  } catch (error) {
    outcome.failures.push(`Acting on GitHub stopped unexpectedly: ${messageOf(error)}`);
  }
  for (const record of outcome.records) safeLog(`${record.kind}: ${record.outcome} — ${record.detail}`);
  return outcome;
}

function promoteInputs(
  promote: DispatchConfig,
  config: Config,
  repo: RepoContext,
  verdict: GateVerdict,
): Record<string, string> {
  return expandTemplates(
    promote.inputs,
    new Map([
      ['monitor', config.monitorKey],
      ['run_url', repo.runUrl ?? ''],
      ['run_id', repo.runId ?? ''],
      ['issue_number', config.gate?.issueNumber != null ? String(config.gate.issueNumber) : ''],
      [
        'passed_gates',
        verdict.gates
          .filter((g) => g.outcome === 'passed')
          .map((g) => g.id)
          .join(','),
      ],
    ]),
  );
}

/** Create the gate comment, or update it in place (PATCH is idempotent). Returns the comment written. */
async function writeComment(
  client: GitHubClient,
  where: RepoRef,
  issue: number,
  existing: GateComment | undefined,
  body: string,
  outcome: EffectsOutcome,
  dryRun: boolean,
  log: (line: string) => void,
): Promise<GateComment | undefined> {
  if (dryRun) {
    outcome.records.push({
      kind: 'alert-issue',
      outcome: existing ? 'would-update' : 'would-comment',
      detail: `would ${existing ? 'update the gate comment on' : 'comment the gate outcome on'} #${issue}`,
    });
    return undefined;
  }
  try {
    if (existing) {
      const { data } = await client.octokit.request(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        {
          ...where,
          comment_id: existing.id,
          body,
          request: { answer: aComment },
        },
      );
      outcome.issueNumber = issue;
      outcome.records.push({
        kind: 'alert-issue',
        outcome: 'updated',
        detail: `Updated the gate comment on #${issue}.`,
      });
      return {
        id: existing.id,
        body,
        ...(typeof data.html_url === 'string' ? { html_url: data.html_url } : {}),
      };
    }
    const nonce = /<!-- retrain-trigger:nonce=([^ ]+) -->/.exec(body)?.[1] ?? randomUUID();
    await postComment(client, where, issue, body, nonce, log);
    const found = await findGateComment(client, where, issue, body.split('\n')[0] ?? '');
    outcome.issueNumber = issue;
    outcome.records.push({
      kind: 'alert-issue',
      outcome: 'commented',
      detail: `Commented the gate outcome on #${issue}.`,
    });
    return found;
  } catch (error) {
    const message = explainFailure(error, `Commenting the gate outcome on alert #${issue}`, 'issues: write');
    outcome.failures.push(message);
    outcome.records.push({ kind: 'alert-issue', outcome: 'failed', detail: message });
    return undefined;
  }
}
