import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  alertBody,
  alertTitle,
  anIssue,
  changedComment,
  closeIssue,
  createAlertIssue,
  dispatchRetraining,
  duplicateComment,
  ensureLabel,
  labelNames,
  listOpenAlerts,
  matchAlerts,
  monitorMarker,
  nonceMarker,
  postComment,
  readFingerprint,
  recoveryComment,
  safeLink,
  undecidedNote,
  verdictFingerprint,
  withUndecidedNote
} from "./chunk-N4JZPOIQ.js";
import {
  createClient
} from "./chunk-QVAKQNGZ.js";
import {
  escapeLog,
  escapeMarkdown,
  explainFailure,
  githubMessage,
  isAmbiguous,
  redactor,
  statusOf
} from "./chunk-RHESUIOC.js";
import {
  BudgetExhaustedError
} from "./chunk-INB4Q36A.js";
import {
  info
} from "./chunk-PW4EGH3P.js";
import {
  messageOf
} from "./chunk-FI7I53I2.js";
import "./chunk-MQQLUTP6.js";

// src/github/effects.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/github/alert.ts
import { randomUUID } from "node:crypto";

// src/github/types.ts
var ESCALATION_LABEL = "retraining-failed";

// src/github/alert.ts
async function syncAlertIssue(input) {
  const result = { records: [], failures: [] };
  const { client, where, config, verdict, log } = input;
  const { alert, monitorKey, dryRun } = config;
  const record = (outcome, detail, url) => result.records.push({ kind: "alert-issue", outcome, detail, ...url ? { url } : {} });
  const fail = (message) => {
    result.failures.push(message);
    record("failed", message);
    log(escapeLog(message));
  };
  const title = alertTitle(alert.title, config.monitorTitle);
  const lookup = () => listOpenAlerts(client, where, alert.labels[0], monitorKey, title);
  let open;
  try {
    open = input.shared ? matchAlerts(await input.shared.openIssues(alert.labels[0]), monitorKey, title) : await lookup();
  } catch (error) {
    fail(
      explainFailure(
        error,
        `Listing open issues to find the alert of monitor '${monitorKey}'`,
        "issues: write"
      )
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
      `alert #${current.number} has lost its hidden marker (found by its title and label); the marker is restored`
    );
  }
  const body = () => alertBody({
    verdict,
    verdictMarkdown: input.verdictMarkdown,
    monitorKey,
    runUrl: input.runUrl,
    dispatchLine: input.dispatchLine,
    now: input.now
  });
  if (verdict.status === "unknown") {
    await keepAlert(input, current, record, fail);
    return result;
  }
  if (!verdict.triggered) {
    if (!current) {
      record("unchanged", `No retraining due and no open alert for monitor '${monitorKey}': nothing to do.`);
    } else if (!alert.closeOnRecovery) {
      if (current.markerMissing && !dryRun) await restoreMarker(input, current, fail);
      record(
        "unchanged",
        `No retraining due; alert #${current.number} left open because close-on-recovery is false.`,
        current.html_url
      );
    } else if (dryRun) {
      record(
        "would-close",
        `would comment on and close #${current.number} (no retraining due any more)`,
        current.html_url
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
      "would-create",
      `would create issue "${title}" with labels ${JSON.stringify(labels)}` + (assignees.length ? ` and assignees ${JSON.stringify(assignees)}` : "")
    );
    return result;
  }
  for (const label of labels) {
    await (input.shared ? input.shared.ensureLabel(label, log) : ensureLabel(client, where, label, log));
  }
  let created;
  try {
    const outcome = await createAlertIssue(
      client,
      where,
      { title, body: body(), labels, assignees },
      lookup,
      log
    );
    created = outcome.issue;
    record(
      "created",
      outcome.recovered ? `Created alert #${created.number} (GitHub's answer was lost; found it by its marker, no duplicate).` : `Created alert #${created.number}: ${verdict.reasons.length} reason(s) for retraining.`,
      created.html_url
    );
  } catch (error) {
    fail(explainFailure(error, `Creating the alert issue for monitor '${monitorKey}'`, "issues: write"));
    return result;
  }
  Object.assign(result, { issueNumber: created.number, issueUrl: created.html_url });
  checkDropped(created, labels, assignees, fail);
  try {
    const again = await lookup();
    const all = again.some((i) => i.number === created.number) ? again : [...again, created];
    if (all.length > 1) {
      const kept = await closeDuplicates(
        input,
        all.sort((a, b) => a.number - b.number),
        result
      );
      Object.assign(result, { issueNumber: kept.number, issueUrl: kept.html_url });
    }
  } catch (error) {
    log(
      escapeLog(
        `could not re-check for duplicate alerts: ${explainFailure(error, "listing", "issues: write")}`
      )
    );
  }
  return result;
}
async function closeRecovered(input, current, record, fail) {
  const { client, where, log } = input;
  let note = "";
  try {
    const nonce = randomUUID();
    await postComment(client, where, current.number, recoveryComment(input.runUrl, nonce), nonce, log);
  } catch (error) {
    if (isAmbiguous(error) || error instanceof BudgetExhaustedError) {
      fail(explainFailure(error, `Commenting on the recovered alert #${current.number}`, "issues: write"));
      return;
    }
    const locked = current.locked === true || statusOf(error) === 403;
    note = ` without the recovery comment: GitHub refused it (${statusOf(error) ?? "?"} ${githubMessage(error)})${locked ? "; the issue is probably locked" : ""}`;
  }
  try {
    await closeIssue(client, where, current.number, "completed");
    record("closed", `No retraining due any more; closed alert #${current.number}${note}.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Closing the recovered alert #${current.number}`, "issues: write"));
  }
}
async function restoreMarker(input, current, fail) {
  try {
    await input.client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...input.where,
      issue_number: current.number,
      body: `${current.body ?? ""}

${monitorMarker(input.config.monitorKey)}`,
      request: { answer: anIssue }
    });
  } catch (error) {
    fail(explainFailure(error, `Restoring the hidden marker of alert #${current.number}`, "issues: write"));
  }
}
async function keepAlert(input, current, record, fail) {
  const { config, verdict } = input;
  if (!current) {
    record(
      "unchanged",
      `Could not decide, and no alert is open for monitor '${config.monitorKey}': nothing to do.`
    );
    return;
  }
  const kept = `Could not decide; alert #${current.number} stays open (on-unknown: ${verdict.onUnknown}).`;
  if (config.dryRun) {
    record("would-update", `${kept} Would note this run in its body.`, current.html_url);
    return;
  }
  const note = undecidedNote(verdict.undecided, input.runUrl, input.now);
  try {
    await input.client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...input.where,
      issue_number: current.number,
      // An alert found by its title gets its hidden marker back, as on every other path.
      body: withUndecidedNote(current.body ?? "", note) + (current.markerMissing ? `

${monitorMarker(config.monitorKey)}` : ""),
      request: { answer: anIssue }
    });
    record("kept", `${kept} Noted this run in its body.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Noting the undecided run on alert #${current.number}`, "issues: write"));
  }
}
async function updateAlert(input, current, body, record, fail) {
  const { client, where, verdict, log } = input;
  const changed = !current.markerMissing && readFingerprint(current.body) !== verdictFingerprint(verdict);
  if (input.config.dryRun) {
    record(
      "would-update",
      `would update the body of #${current.number}` + (changed ? " and comment that the verdict changed" : ""),
      current.html_url
    );
    return;
  }
  try {
    await client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...where,
      issue_number: current.number,
      body,
      request: { answer: anIssue }
    });
    record(
      "updated",
      `Updated alert #${current.number} with this run's verdict${current.markerMissing ? " (and restored its hidden marker, which had been deleted)" : ""}.`,
      current.html_url
    );
  } catch (error) {
    fail(explainFailure(error, `Updating alert #${current.number}`, "issues: write"));
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
      log
    );
    record("commented", `The verdict changed; commented on #${current.number}.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Commenting on alert #${current.number}`, "issues: write"));
  }
}
async function closeDuplicates(input, open, result) {
  const [kept, ...duplicates] = open;
  for (const dup of duplicates) {
    if (input.config.dryRun) {
      result.records.push({
        kind: "alert-issue",
        outcome: "would-close",
        detail: `would close #${dup.number} as a duplicate of #${kept.number}`,
        url: dup.html_url
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
        input.log
      );
      await closeIssue(input.client, input.where, dup.number, "not_planned");
      result.records.push({
        kind: "alert-issue",
        outcome: "closed",
        detail: `Closed #${dup.number} as a duplicate of #${kept.number} (two runs raced; the oldest alert is kept).`,
        url: dup.html_url
      });
    } catch (error) {
      const message = explainFailure(error, `Closing duplicate alert #${dup.number}`, "issues: write");
      result.failures.push(message);
      result.records.push({ kind: "alert-issue", outcome: "failed", detail: message, url: dup.html_url });
    }
  }
  return kept;
}
function checkDropped(issue, labels, assignees, fail) {
  const got = new Set(labelNames(issue).map((l) => l.toLowerCase()));
  const missingLabels = labels.filter((l) => !got.has(l.toLowerCase()));
  const gotAssignees = new Set((issue.assignees ?? []).map((a) => a.login.toLowerCase()));
  const missingAssignees = assignees.filter((a) => !gotAssignees.has(a.toLowerCase()));
  if (missingLabels.length > 0) {
    fail(
      `Alert #${issue.number} was created without the label(s) ${missingLabels.map(escapeMarkdown).join(", ")}: GitHub drops labels the token may not set (it needs push access or \`issues: write\`). Without its label the alert is not found next run and a duplicate would be opened.`
    );
  }
  if (missingAssignees.length > 0) {
    fail(
      `Alert #${issue.number} was created without the assignee(s) ${missingAssignees.map(escapeMarkdown).join(", ")}: GitHub drops assignees that are not collaborators or that the token may not set.`
    );
  }
}

// src/github/effects.ts
async function applyEffects(input, log = (line) => info(line)) {
  const outcome = { dispatched: false, records: [], failures: [] };
  const { config, repo } = input;
  const dispatch = config.dispatch && (config.dispatch.workflow || config.dispatch.eventType) ? config.dispatch : null;
  if (!config.alert.enabled && !dispatch) return outcome;
  const missing = !config.githubToken ? "github-token is empty; the alert issue and the dispatch need a token (the default is the workflow token, `${{ github.token }}`)." : !repo.owner || !repo.repo ? "The repository is unknown (GITHUB_REPOSITORY not set); the alert issue and the dispatch need it." : void 0;
  if (missing) {
    outcome.failures.push(missing);
    if (config.alert.enabled)
      outcome.records.push({ kind: "alert-issue", outcome: "failed", detail: missing });
    if (dispatch) outcome.records.push({ kind: "dispatch", outcome: "failed", detail: missing });
    return outcome;
  }
  const now = input.now ?? /* @__PURE__ */ new Date();
  const redact = redactor(config.secrets);
  const safeLog = (line) => log(escapeLog(redact(line)));
  try {
    const client = input.shared?.client ?? createClient(config.githubToken, repo, { log: safeLog, ...input.client });
    const alertFirst = config.alert.enabled && dispatch !== null && usesIssueNumber(dispatch.inputs);
    const syncAlert = async (dispatchLine2) => {
      const alert = await syncAlertIssue({
        client,
        where: { owner: repo.owner, repo: repo.repo },
        config,
        verdict: input.verdict,
        verdictMarkdown: input.verdictMarkdown,
        runUrl: repo.runUrl,
        dispatchLine: dispatchLine2,
        now,
        log: safeLog,
        ...input.shared ? { shared: input.shared } : {}
      });
      outcome.records.push(...alert.records.map((r) => redactRecord(r, redact)));
      outcome.failures.push(...alert.failures.map(redact));
      if (alert.escalated) outcome.escalated = alert.escalated;
      if (alert.issueNumber !== void 0) {
        outcome.issueNumber = alert.issueNumber;
        outcome.issueUrl = alert.issueUrl;
      }
    };
    if (alertFirst) await syncAlert(void 0);
    let dispatchLine = input.batchDispatch?.line;
    if (dispatch) {
      const dispatched = await dispatchRetraining({
        client,
        repo,
        config,
        dispatch,
        verdict: input.verdict,
        ...outcome.issueNumber !== void 0 ? { issueNumber: outcome.issueNumber } : {},
        now,
        log: safeLog,
        ...input.race ? { race: input.race } : {},
        ...input.claim ? { claim: input.claim } : {},
        ...input.shared ? { reads: input.shared.dispatchReads } : {}
      });
      const result = redactResult(dispatched, redact);
      merge(outcome, result);
      dispatchLine = summarizeDispatch(result);
      if (alertFirst && result.dispatched && outcome.issueNumber !== void 0) {
        await commentDispatch(client, repo, outcome, result, safeLog, redact);
      }
    }
    if (config.alert.enabled && !alertFirst) await syncAlert(dispatchLine);
  } catch (error) {
    outcome.failures.push(redact(`Acting on GitHub stopped unexpectedly: ${messageOf(error)}`));
  }
  for (const record of outcome.records) safeLog(`${record.kind}: ${record.outcome} \u2014 ${record.detail}`);
  return outcome;
}
function redactRecord(record, redact) {
  return { ...record, outcome: redact(record.outcome), detail: redact(record.detail) };
}
function redactResult(result, redact) {
  return {
    ...result,
    records: result.records.map((r) => redactRecord(r, redact)),
    failures: result.failures.map(redact)
  };
}
function usesIssueNumber(inputs) {
  return Object.values(inputs).some((value) => value.includes("{issue_number}"));
}
async function commentDispatch(client, repo, outcome, result, log, redact) {
  const issue = outcome.issueNumber;
  const nonce = randomUUID2();
  const run = safeLink(result.runId !== void 0 ? `run ${result.runId}` : "the runs page", result.runUrl);
  const body = `\u{1F501} Retraining dispatched${run ? `: ${run}` : ""}.

${nonceMarker(nonce)}`;
  try {
    await postComment(client, { owner: repo.owner, repo: repo.repo }, issue, body, nonce, log);
    outcome.records.push({
      kind: "alert-issue",
      outcome: "commented",
      detail: `Noted the dispatch on #${issue}.`
    });
  } catch (error) {
    const message = redact(
      explainFailure(error, `Commenting the dispatch on alert #${issue}`, "issues: write")
    );
    outcome.failures.push(message);
    outcome.records.push({ kind: "alert-issue", outcome: "failed", detail: message });
  }
}
function merge(outcome, result) {
  outcome.dispatched = result.dispatched;
  if (result.runId !== void 0) outcome.runId = result.runId;
  if (result.runUrl !== void 0) outcome.runUrl = result.runUrl;
  outcome.records.push(...result.records);
  outcome.failures.push(...result.failures);
}
function summarizeDispatch(result) {
  const last = result.records[result.records.length - 1];
  if (!last) return void 0;
  return `${escapeMarkdown(last.outcome)} \u2014 ${escapeMarkdown(last.detail)}`;
}
export {
  applyEffects
};
