/**
 * The alert issue lifecycle: one open alert per monitor key.
 *
 *   triggered, no open alert  → create it (lost answers and races handled, see below)
 *   triggered, open alert     → update its body; comment only when the verdict's fingerprint changed
 *   recovered, open alert     → comment and close (close-on-recovery), else leave it and say why
 *   recovered, no open alert  → nothing
 *   unknown (on-unknown keep/fail), open alert → it stays open; its body notes this run and why it could not
 *                                  decide (nothing closed, no comment); no open alert → nothing
 *
 * Relapse after a close opens a NEW issue rather than reopening the old one: each incident gets a clean
 * timeline (its own reasons, comments, assignees and close reason), and finding the old one would mean
 * listing closed issues too. The new body is self-contained; see docs/alerting.md.
 *
 * Races: two runs may both see "no alert" and both create one. After creating, the open alerts are listed
 * again; if more than one carries the marker, the OLDEST (lowest number) is kept and the others are closed
 * as duplicates (state_reason not_planned). Both runs reach the same decision because it only depends on
 * the list, so they converge on one open alert.
 */
import { randomUUID } from 'node:crypto';
import { escapeLog, escapeMarkdown } from '../text/escape.js';
import type { Config } from '../config/types.js';
import type { Verdict } from '../verdict.js';
import { BudgetExhaustedError, type GitHubClient } from './client.js';
import { explainFailure, githubMessage, isAmbiguous, statusOf } from './failures.js';
import { anIssue } from './shapes.js';
import {
  alertBody,
  alertTitle,
  changedComment,
  duplicateComment,
  monitorMarker,
  readFingerprint,
  recoveryComment,
  undecidedNote,
  verdictFingerprint,
  withUndecidedNote,
} from './body.js';
import {
  closeIssue,
  createAlertIssue,
  ensureLabel,
  labelNames,
  listOpenAlerts,
  matchAlerts,
  postComment,
  type IssueRef,
  type RepoRef,
} from './issues.js';
import type { SharedGitHub } from './shared.js';
import { ESCALATION_LABEL, type ActionRecord } from './types.js';

export interface AlertInput {
  client: GitHubClient;
  where: RepoRef;
  config: Config;
  verdict: Verdict;
  verdictMarkdown: string;
  runUrl?: string;
  dispatchLine?: string;
  /** The open alerts, when the caller has just listed them (the retraining loop does): saves a lookup. */
  open?: IssueRef[];
  now: Date;
  log: (line: string) => void;
  /** Several monitors in one run: their first lookup reads one shared listing of open issues. */
  shared?: SharedGitHub;
}

export interface AlertResult {
  issueNumber?: number;
  /** Why a person is needed: the open alert carries ESCALATION_LABEL. */
  escalated?: string;
  issueUrl?: string;
  records: ActionRecord[];
  failures: string[];
}

export async function syncAlertIssue(input: AlertInput): Promise<AlertResult> {
  const result: AlertResult = { records: [], failures: [] };
  const { client, where, config, verdict, log } = input;
  const { alert, monitorKey, dryRun } = config;
  const record = (outcome: string, detail: string, url?: string) =>
    result.records.push({ kind: 'alert-issue', outcome, detail, ...(url ? { url } : {}) });
  const fail = (message: string) => {
    result.failures.push(message);
    record('failed', message);
    log(escapeLog(message));
  };
  const title = alertTitle(alert.title, config.monitorTitle);
  const lookup = () => listOpenAlerts(client, where, alert.labels[0], monitorKey, title);

  let open: IssueRef[];
  try {
    open =
      input.open ??
      (input.shared
        ? matchAlerts(await input.shared.openIssues(alert.labels[0]), monitorKey, title)
        : await lookup());
  } catch (error) {
    fail(
      explainFailure(
        error,
        `Listing open issues to find the alert of monitor '${monitorKey}'`,
        'issues: write',
      ),
    );
    return result;
  }
  let current = open[0];
  if (open.length > 1) current = await closeDuplicates(input, open, result);
  if (current) Object.assign(result, { issueNumber: current.number, issueUrl: current.html_url });
  if (current && labelNames(current).some((l) => l.toLowerCase() === ESCALATION_LABEL)) {
    result.escalated = `alert #${current.number} is labelled '${ESCALATION_LABEL}': retraining failed and a person is needed`;
  }
  if (current?.markerMissing) {
    log(
      `alert #${current.number} has lost its hidden marker (found by its title and label); the marker is restored`,
    );
  }

  const body = () =>
    alertBody({
      verdict,
      verdictMarkdown: input.verdictMarkdown,
      monitorKey,
      runUrl: input.runUrl,
      dispatchLine: input.dispatchLine,
      now: input.now,
    });

  if (verdict.status === 'unknown') {
    await keepAlert(input, current, record, fail);
    return result;
  }

  if (!verdict.triggered) {
    if (!current) {
      record('unchanged', `No retraining due and no open alert for monitor '${monitorKey}': nothing to do.`);
    } else if (!alert.closeOnRecovery) {
      if (current.markerMissing && !dryRun) await restoreMarker(input, current, fail);
      record(
        'unchanged',
        `No retraining due; alert #${current.number} left open because close-on-recovery is false.`,
        current.html_url,
      );
    } else if (dryRun) {
      record(
        'would-close',
        `would comment on and close #${current.number} (no retraining due any more)`,
        current.html_url,
      );
    } else {
      await closeRecovered(input, current, record, fail);
    }
    return result;
  }

  if (current) {
    await updateAlert(input, current, body(), record, fail);
    return result;
  }

  const labels = alert.labels;
  const assignees = alert.assignees;
  if (dryRun) {
    record(
      'would-create',
      `would create issue "${title}" with labels ${JSON.stringify(labels)}` +
        (assignees.length ? ` and assignees ${JSON.stringify(assignees)}` : ''),
    );
    return result;
  }

  for (const label of labels) {
    await (input.shared ? input.shared.ensureLabel(label, log) : ensureLabel(client, where, label, log));
  }
  let created: IssueRef;
  try {
    const outcome = await createAlertIssue(
      client,
      where,
      { title, body: body(), labels, assignees },
      lookup,
      log,
    );
    created = outcome.issue;
    record(
      'created',
      outcome.recovered
        ? `Created alert #${created.number} (GitHub's answer was lost; found it by its marker, no duplicate).`
        : `Created alert #${created.number}: ${verdict.reasons.length} reason(s) for retraining.`,
      created.html_url,
    );
  } catch (error) {
    fail(explainFailure(error, `Creating the alert issue for monitor '${monitorKey}'`, 'issues: write'));
    return result;
  }
  Object.assign(result, { issueNumber: created.number, issueUrl: created.html_url });
  checkDropped(created, labels, assignees, fail);

  // Race check: another run may have created its own alert meanwhile. Our issue counts even when the list
  // misses it (labels dropped, list lagging).
  try {
    const again = await lookup();
    const all = again.some((i) => i.number === created.number) ? again : [...again, created];
    if (all.length > 1) {
      const kept = await closeDuplicates(
        input,
        all.sort((a, b) => a.number - b.number),
        result,
      );
      Object.assign(result, { issueNumber: kept.number, issueUrl: kept.html_url });
    }
  } catch (error) {
    log(
      escapeLog(
        `could not re-check for duplicate alerts: ${explainFailure(error, 'listing', 'issues: write')}`,
      ),
    );
  }
  return result;
}

/**
 * Comment, then close. A refused comment (a locked issue answers 403; any 4xx means nothing was posted)
 * does not keep the alert open: it is closed anyway and the record says why there is no comment.
 */
async function closeRecovered(
  input: AlertInput,
  current: IssueRef,
  record: (outcome: string, detail: string, url?: string) => void,
  fail: (message: string) => void,
): Promise<void> {
  const { client, where, log } = input;
  let note = '';
  try {
    const nonce = randomUUID();
    await postComment(client, where, current.number, recoveryComment(input.runUrl, nonce), nonce, log);
  } catch (error) {
    if (isAmbiguous(error) || error instanceof BudgetExhaustedError) {
      fail(explainFailure(error, `Commenting on the recovered alert #${current.number}`, 'issues: write'));
      return;
    }
    const locked = current.locked === true || statusOf(error) === 403;
    note = ` without the recovery comment: GitHub refused it (${statusOf(error) ?? '?'} ${githubMessage(error)})${locked ? '; the issue is probably locked' : ''}`;
  }
  try {
    await closeIssue(client, where, current.number, 'completed');
    record('closed', `No retraining due any more; closed alert #${current.number}${note}.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Closing the recovered alert #${current.number}`, 'issues: write'));
  }
}

/** Put the hidden marker back on an alert found by its title (someone deleted it from the body). */
async function restoreMarker(input: AlertInput, current: IssueRef, fail: (m: string) => void) {
  try {
    await input.client.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...input.where,
      issue_number: current.number,
      body: `${current.body ?? ''}\n\n${monitorMarker(input.config.monitorKey)}`,
      request: { answer: anIssue },
    });
  } catch (error) {
    fail(explainFailure(error, `Restoring the hidden marker of alert #${current.number}`, 'issues: write'));
  }
}

/** An undecided run keeps an open alert as it is, with a note in its body saying which run could not decide. */
async function keepAlert(
  input: AlertInput,
  current: IssueRef | undefined,
  record: (outcome: string, detail: string, url?: string) => void,
  fail: (message: string) => void,
): Promise<void> {
  const { config, verdict } = input;
  if (!current) {
    record(
      'unchanged',
      `Could not decide, and no alert is open for monitor '${config.monitorKey}': nothing to do.`,
    );
    return;
  }
  const kept = `Could not decide; alert #${current.number} stays open (on-unknown: ${verdict.onUnknown}).`;
  if (config.dryRun) {
    record('would-update', `${kept} Would note this run in its body.`, current.html_url);
    return;
  }
  const note = undecidedNote(verdict.undecided, input.runUrl, input.now);
  try {
    await input.client.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...input.where,
      issue_number: current.number,
      // An alert found by its title gets its hidden marker back, as on every other path.
      body:
        withUndecidedNote(current.body ?? '', note) +
        (current.markerMissing ? `\n\n${monitorMarker(config.monitorKey)}` : ''),
      request: { answer: anIssue },
    });
    record('kept', `${kept} Noted this run in its body.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Noting the undecided run on alert #${current.number}`, 'issues: write'));
  }
}

async function updateAlert(
  input: AlertInput,
  current: IssueRef,
  body: string,
  record: (outcome: string, detail: string, url?: string) => void,
  fail: (message: string) => void,
): Promise<void> {
  const { client, where, verdict, log } = input;
  // An alert found by its title lost its markers: its body is refreshed, but "changed" cannot be told.
  const changed = !current.markerMissing && readFingerprint(current.body) !== verdictFingerprint(verdict);
  if (input.config.dryRun) {
    record(
      'would-update',
      `would update the body of #${current.number}` +
        (changed ? ' and comment that the verdict changed' : ''),
      current.html_url,
    );
    return;
  }
  try {
    await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...where,
      issue_number: current.number,
      body,
      request: { answer: anIssue },
    });
    record(
      'updated',
      `Updated alert #${current.number} with this run's verdict${current.markerMissing ? ' (and restored its hidden marker, which had been deleted)' : ''}.`,
      current.html_url,
    );
  } catch (error) {
    fail(explainFailure(error, `Updating alert #${current.number}`, 'issues: write'));
    return;
  }
  if (!changed) return;
  try {
    const nonce = randomUUID();
    await postComment(
      client,
      where,
      current.number,
      changedComment(verdict, input.runUrl, nonce),
      nonce,
      log,
    );
    record('commented', `The verdict changed; commented on #${current.number}.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Commenting on alert #${current.number}`, 'issues: write'));
  }
}

/** Keep the oldest open alert, close the others as duplicates of it; returns the kept one. */
async function closeDuplicates(input: AlertInput, open: IssueRef[], result: AlertResult): Promise<IssueRef> {
  const [kept, ...duplicates] = open as [IssueRef, ...IssueRef[]];
  for (const dup of duplicates) {
    if (input.config.dryRun) {
      result.records.push({
        kind: 'alert-issue',
        outcome: 'would-close',
        detail: `would close #${dup.number} as a duplicate of #${kept.number}`,
        url: dup.html_url,
      });
      continue;
    }
    try {
      const nonce = randomUUID();
      await postComment(
        input.client,
        input.where,
        dup.number,
        duplicateComment(kept.number, nonce),
        nonce,
        input.log,
      );
      await closeIssue(input.client, input.where, dup.number, 'not_planned');
      result.records.push({
        kind: 'alert-issue',
        outcome: 'closed',
        detail: `Closed #${dup.number} as a duplicate of #${kept.number} (two runs raced; the oldest alert is kept).`,
        url: dup.html_url,
      });
    } catch (error) {
      const message = explainFailure(error, `Closing duplicate alert #${dup.number}`, 'issues: write');
      result.failures.push(message);
      result.records.push({ kind: 'alert-issue', outcome: 'failed', detail: message, url: dup.html_url });
    }
  }
  return kept;
}

/** GitHub silently drops labels and assignees the token may not set; say so instead of pretending. */
function checkDropped(
  issue: IssueRef,
  labels: string[],
  assignees: string[],
  fail: (m: string) => void,
): void {
  const got = new Set(labelNames(issue).map((l) => l.toLowerCase()));
  const missingLabels = labels.filter((l) => !got.has(l.toLowerCase()));
  const gotAssignees = new Set((issue.assignees ?? []).map((a) => a.login.toLowerCase()));
  const missingAssignees = assignees.filter((a) => !gotAssignees.has(a.toLowerCase()));
  if (missingLabels.length > 0) {
    fail(
      `Alert #${issue.number} was created without the label(s) ${missingLabels.map(escapeMarkdown).join(', ')}: GitHub drops labels the token may not set (it needs push access or \`issues: write\`). Without its label the alert is not found next run and a duplicate would be opened.`,
    );
  }
  if (missingAssignees.length > 0) {
    fail(
      `Alert #${issue.number} was created without the assignee(s) ${missingAssignees.map(escapeMarkdown).join(', ')}: GitHub drops assignees that are not collaborators or that the token may not set.`,
    );
  }
}
