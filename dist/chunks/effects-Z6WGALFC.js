import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  aComment,
  aRun,
  alertBody,
  alertTitle,
  anIssue,
  changedComment,
  closeIssue,
  createAlertIssue,
  dispatchRetraining,
  duplicateComment,
  ensureLabel,
  labelList,
  labelNames,
  listComments,
  listOpenAlerts,
  matchAlerts,
  monitorMarker,
  nonceMarker,
  postComment,
  readFingerprint,
  readMarkers,
  recoveryComment,
  safeLink,
  undecidedNote,
  verdictFingerprint,
  withUndecidedNote
} from "./chunk-DSCLAK3J.js";
import {
  escapeLog,
  escapeMarkdown,
  explainFailure,
  githubMessage,
  isAmbiguous,
  redactor,
  statusOf
} from "./chunk-MNYJVA2X.js";
import {
  BudgetExhaustedError,
  createClient,
  createOptions
} from "./chunk-DSE6RNUO.js";
import {
  info
} from "./chunk-PW4EGH3P.js";
import {
  messageOf
} from "./chunk-FI7I53I2.js";
import "./chunk-MQQLUTP6.js";

// src/github/effects.ts
import { randomUUID as randomUUID3 } from "node:crypto";

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
    open = input.open ?? (input.shared ? matchAlerts(await input.shared.openIssues(alert.labels[0]), monitorKey, title) : await lookup());
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

// src/loop/episode.ts
var RETRAINING_FAILED_LABEL = "retraining-failed";
function runState(status, conclusion) {
  const word = (text) => text !== null && /^[a-z_]{1,40}$/.test(text) ? text : "unknown";
  return status === "completed" ? `completed:${word(conclusion)}` : word(status);
}
var isPending = (state) => !state.startsWith("completed:");
function attemptFailed(state, candidate) {
  if (isPending(state)) return false;
  return state !== "completed:success" || candidate === "rejected";
}
function planFollow(episode, states, max, due) {
  const lastEscalation = episode.escalations[episode.escalations.length - 1] ?? -1;
  const updates = [];
  const failures = [];
  const retryAfter = [];
  const pending = [];
  let failed = 0;
  let failedBefore = 0;
  for (const attempt of episode.attempts) {
    const state = states.get(attempt.runId) ?? attempt.recorded;
    if (state !== attempt.recorded) updates.push({ attempt, state });
    if (isPending(state)) pending.push({ attempt, state });
    if (!attemptFailed(state, attempt.candidate)) continue;
    retryAfter.push(attempt.runId);
    const counted = attempt.position > lastEscalation;
    if (counted) failed++;
    else failedBefore++;
    if (!attempt.failureTold) {
      failures.push({ attempt, state, failedNumber: counted ? failed : failedBefore });
    }
  }
  const escalate = failed >= max && due;
  const needsPerson = `a person is needed: look at the failed runs, then remove the label '${RETRAINING_FAILED_LABEL}' to try again (or close the issue)`;
  let hold = null;
  let status = "";
  if (escalate || episode.labelled || failed >= max) {
    hold = !episode.labelled ? `Retraining failed ${failed} time(s) in this alert episode (max-retrain-attempts ${max}): not dispatched again; ${needsPerson}.` : `The alert carries the label '${RETRAINING_FAILED_LABEL}': not dispatched; ${needsPerson}.`;
    status = hold;
  } else if (pending.length > 0) {
    const { attempt, state } = pending[pending.length - 1];
    hold = `Retraining run ${attempt.runId} (attempt ${attempt.number} of ${max}) is ${state.replace("_", " ")}: no new dispatch until it completes.`;
    status = hold;
  } else if (failed > 0) {
    status = `${failed} of ${max} retraining attempts failed in this episode; the next one is not held back by the cooldown.`;
  }
  return {
    updates,
    failures,
    escalate,
    hold,
    retryAfter,
    failed,
    nextAttempt: failed + 1,
    max,
    status
  };
}

// src/github/episode.ts
var key = (monitorKey) => encodeURIComponent(monitorKey);
function trusted(comment, author) {
  const user = comment.user;
  if (!user) return false;
  return user.type === "Bot" || author !== void 0 && user.login === author;
}
function readEpisode(comments, monitorKey, author, labels) {
  const attempts = [];
  const escalations = [];
  const told = /* @__PURE__ */ new Set();
  const candidates = /* @__PURE__ */ new Map();
  const ours = `${key(monitorKey)}:`;
  comments.forEach((comment, position) => {
    if (!trusted(comment, author)) return;
    const body = comment.body ?? "";
    const markers = readMarkers(body);
    const retrain = markers.get("retrain");
    const runId = retrain?.startsWith(ours) ? Number(retrain.slice(ours.length)) : NaN;
    if (Number.isSafeInteger(runId) && runId > 0) {
      const url = /\]\((https?:\/\/[^\s)]+\/actions\/runs\/\d+)\)/.exec(body)?.[1];
      attempts.push({
        runId,
        ...url ? { runUrl: url } : {},
        position,
        number: Number(markers.get("attempt")) || 1,
        recorded: markers.get("runstate") ?? "queued",
        commentId: comment.id,
        failureTold: false
      });
    }
    const failed = markers.get("runfailed");
    if (failed?.startsWith(ours)) told.add(failed.slice(ours.length));
    if (markers.get("escalated") === key(monitorKey)) escalations.push(position);
    const candidate = markers.get("candidate");
    const first = body.split("\n", 1)[0] ?? "";
    const gate = /^<!-- retrain-trigger:gate=([^:\s]+):(\d+) -->$/.exec(first);
    if (gate && gate[1] === key(monitorKey) && (candidate === "promoted" || candidate === "rejected")) {
      candidates.set(gate[2], candidate);
    }
  });
  for (const attempt of attempts) {
    attempt.failureTold = told.has(String(attempt.runId));
    const candidate = candidates.get(String(attempt.runId));
    if (candidate) attempt.candidate = candidate;
  }
  return {
    attempts,
    escalations,
    labelled: labels.some((l) => l.toLowerCase() === RETRAINING_FAILED_LABEL)
  };
}
function describeState(state) {
  if (state === "completed:success") return "\u2705 completed successfully";
  if (state === "completed:missing") return "\u274C no longer exists (deleted?)";
  if (state.startsWith("completed:")) return `\u274C completed: ${escapeMarkdown(state.slice(10))}`;
  return `\u23F3 ${escapeMarkdown(state.replace("_", " "))}`;
}
function dispatchComment(monitorKey, run, nonce) {
  const link = safeLink(`run ${run.runId}`, run.runUrl) ?? `run ${run.runId}`;
  return [
    `\u{1F501} Retraining dispatched: ${link} (attempt ${run.number} of ${run.max}).`,
    "",
    `Run state: ${describeState(run.state)}.`,
    "",
    `<!-- retrain-trigger:retrain=${key(monitorKey)}:${run.runId} -->`,
    `<!-- retrain-trigger:attempt=${run.number} -->`,
    `<!-- retrain-trigger:runstate=${run.state} -->`,
    nonceMarker(nonce)
  ].join("\n");
}
function failureComment(monitorKey, note, max, escalating, nonce) {
  const { attempt, state } = note;
  const link = safeLink(`Retraining run ${attempt.runId}`, attempt.runUrl) ?? `Retraining run ${attempt.runId}`;
  const how = state === "completed:success" && attempt.candidate === "rejected" ? "completed, but its candidate was rejected by the gates (see above)" : state === "completed:missing" ? "no longer exists" : `failed (${escapeMarkdown(state.slice(10))})`;
  const next = escalating ? "No more attempts in this episode." : `The next scheduled run dispatches again without waiting for the cooldown (${max - note.failedNumber} attempt(s) left).`;
  return [
    `\u274C ${link} ${how}: failed attempt ${note.failedNumber} of ${max}. ${next}`,
    "",
    `<!-- retrain-trigger:runfailed=${key(monitorKey)}:${attempt.runId} -->`,
    nonceMarker(nonce)
  ].join("\n");
}
function escalationComment(monitorKey, failed, runs, nonce) {
  const links = runs.map((a) => safeLink(`run ${a.runId}`, a.runUrl) ?? `run ${a.runId}`).join(", ");
  return [
    `\u{1F6D1} Retraining failed ${failed} time(s) in this alert episode (${links}). **A person is needed**: the monitor stops dispatching retraining while this issue carries the label \`${RETRAINING_FAILED_LABEL}\`. Look at the failed runs, fix the cause, then remove the label to try again \u2014 or close the issue.`,
    "",
    `<!-- retrain-trigger:escalated=${key(monitorKey)} -->`,
    nonceMarker(nonce)
  ].join("\n");
}

// src/github/follow.ts
import { randomUUID as randomUUID2 } from "node:crypto";
async function followRetraining(input) {
  const { client, where, config, log } = input;
  const result = { plan: null, records: [], failures: [] };
  const record = (outcome, detail, url) => result.records.push({ kind: "dispatch", outcome, detail, ...url ? { url } : {} });
  const fail = (message) => {
    result.failures.push(message);
    result.records.push({ kind: "alert-issue", outcome: "failed", detail: message });
    result.hold ??= `Not dispatched: the retraining episode could not be read (${message})`;
  };
  const title = alertTitle(config.alert.title, config.monitorTitle);
  let alert;
  let episode;
  try {
    const label = config.alert.labels[0];
    result.open = input.shared ? matchAlerts(await input.shared.openIssues(label), config.monitorKey, title) : await listOpenAlerts(client, where, label, config.monitorKey, title);
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
        "issues: write"
      )
    );
    return result;
  }
  const target = input.dispatch.repository ?? where;
  const states = /* @__PURE__ */ new Map();
  for (const attempt of episode.attempts) {
    if (attempt.recorded.startsWith("completed:")) continue;
    try {
      states.set(attempt.runId, await readRunState(client, target, attempt.runId));
    } catch (error) {
      fail(explainFailure(error, `Reading the state of retraining run ${attempt.runId}`, "actions: read"));
    }
  }
  const plan = planFollow(episode, states, config.maxRetrainAttempts, input.due);
  result.plan = plan;
  if (plan.status && !plan.hold) record("followed", plan.status);
  await recordOnAlert(input, alert, episode, plan, result, log);
  return result;
}
async function readRunState(client, target, runId) {
  try {
    const { data } = await client.octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
      ...target,
      run_id: runId,
      request: { answer: aRun }
    });
    const run = data;
    return runState(run.status, run.conclusion);
  } catch (error) {
    if (statusOf(error) === 404) return "completed:missing";
    throw error;
  }
}
async function recordOnAlert(input, alert, episode, plan, result, log) {
  const { client, where, config } = input;
  const issue = alert.number;
  const note = (outcome, detail) => result.records.push({ kind: "alert-issue", outcome, detail, url: alert.html_url });
  const failed = (what, error) => {
    const message = explainFailure(error, `${what} on alert #${issue}`, "issues: write");
    result.failures.push(message);
    result.records.push({ kind: "alert-issue", outcome: "failed", detail: message });
  };
  for (const { attempt, state } of plan.updates) {
    if (config.dryRun) {
      note("would-update", `would record on #${issue} that run ${attempt.runId} is ${state}`);
      continue;
    }
    const body = dispatchComment(config.monitorKey, { ...attempt, max: plan.max, state }, randomUUID2());
    try {
      await client.octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...where,
        comment_id: attempt.commentId,
        body,
        request: { answer: aComment }
      });
      note("updated", `Recorded on #${issue}: retraining run ${attempt.runId} is ${state}.`);
    } catch (error) {
      failed(`Recording the state of run ${attempt.runId}`, error);
    }
  }
  for (const failure of plan.failures) {
    const last = plan.escalate && failure === plan.failures[plan.failures.length - 1];
    const nonce2 = randomUUID2();
    const body = failureComment(config.monitorKey, failure, plan.max, last, nonce2);
    if (config.dryRun) {
      note("would-comment", `would tell on #${issue} that run ${failure.attempt.runId} failed`);
      continue;
    }
    try {
      await postComment(client, where, issue, body, nonce2, log);
      note(
        "commented",
        `Told on #${issue}: retraining run ${failure.attempt.runId} failed (${failure.state}).`
      );
      const told = `${encodeURIComponent(config.monitorKey)}:${failure.attempt.runId}`;
      await keepOldest(input, alert, (m) => m.get("runfailed") === told, result);
    } catch (error) {
      failed(`Telling the failure of run ${failure.attempt.runId}`, error);
    }
  }
  if (!plan.escalate) return;
  if (config.dryRun) {
    note("would-label", `would label #${issue} '${RETRAINING_FAILED_LABEL}' and say a person is needed`);
    return;
  }
  try {
    await ensureLabel(client, where, RETRAINING_FAILED_LABEL, log);
    await client.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...where,
      issue_number: issue,
      labels: [RETRAINING_FAILED_LABEL],
      request: { ...createOptions.request, answer: labelList }
    });
  } catch (error) {
    failed(`Adding the label '${RETRAINING_FAILED_LABEL}'`, error);
    return;
  }
  const nonce = randomUUID2();
  const counted = episode.attempts.filter((a) => a.position > (episode.escalations.at(-1) ?? -1));
  try {
    await postComment(
      client,
      where,
      issue,
      escalationComment(config.monitorKey, plan.failed, counted, nonce),
      nonce,
      log
    );
    const latest = episode.attempts.at(-1)?.commentId ?? 0;
    const key2 = encodeURIComponent(config.monitorKey);
    await keepOldest(input, alert, (m, id) => m.get("escalated") === key2 && id > latest, result);
    note(
      "labelled",
      `Retraining failed ${plan.failed} time(s): labelled #${issue} '${RETRAINING_FAILED_LABEL}'; a person is needed.`
    );
  } catch (error) {
    failed("Saying that a person is needed", error);
  }
}
async function keepOldest(input, alert, same, result) {
  const { client, where } = input;
  try {
    const comments = await listComments(client, where, alert.number);
    const matching = comments.filter((c) => trusted(c, alert.user?.login) && same(readMarkers(c.body), c.id)).sort((a, b) => a.id - b.id);
    for (const duplicate of matching.slice(1)) {
      await client.octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...where,
        comment_id: duplicate.id
      });
      result.records.push({
        kind: "alert-issue",
        outcome: "deleted",
        detail: `Deleted comment ${duplicate.id} on #${alert.number}: another monitor run told the same at the same moment.`
      });
    }
  } catch (error) {
    input.log(
      `could not check #${alert.number} for a duplicate comment: ${explainFailure(error, "listing", "issues: write")}`
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
    const follow = dispatch && config.alert.enabled ? await followRetraining({
      client,
      where: { owner: repo.owner, repo: repo.repo },
      config,
      dispatch,
      due: input.verdict.triggered,
      log: safeLog,
      ...input.shared ? { shared: input.shared } : {}
    }) : null;
    if (follow) {
      outcome.records.push(...follow.records.map((r) => redactRecord(r, redact)));
      outcome.failures.push(...follow.failures.map(redact));
    }
    const plan = follow?.plan ?? null;
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
        // Listed by the follow-up just before, unless it wrote to the alert (a label): then list again.
        ...follow?.open && !plan?.escalate ? { open: follow.open } : {},
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
    if (alertFirst) await syncAlert(plan?.status ? escapeMarkdown(redact(plan.status)) : void 0);
    let dispatchLine = input.batchDispatch?.line;
    let dispatched;
    if (dispatch) {
      const hold = follow?.hold ?? plan?.hold ?? void 0;
      dispatched = redactResult(
        await dispatchRetraining({
          client,
          repo,
          config,
          dispatch,
          verdict: input.verdict,
          ...outcome.issueNumber !== void 0 ? { issueNumber: outcome.issueNumber } : {},
          ...hold ? { hold } : {},
          ...plan ? { retryAfter: plan.retryAfter } : {},
          now,
          log: safeLog,
          ...input.race ? { race: input.race } : {},
          ...input.claim ? { claim: input.claim } : {},
          ...input.shared ? { reads: input.shared.dispatchReads } : {}
        }),
        redact
      );
      merge(outcome, dispatched);
      dispatchLine = summarizeDispatch(dispatched);
    }
    if (config.alert.enabled && !alertFirst) await syncAlert(dispatchLine);
    if (config.alert.enabled && dispatched?.dispatched && outcome.issueNumber !== void 0) {
      const attempt = { number: plan?.nextAttempt ?? 1, max: config.maxRetrainAttempts };
      await commentDispatch(client, repo, config.monitorKey, outcome, dispatched, attempt, safeLog, redact);
    }
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
async function commentDispatch(client, repo, monitorKey, outcome, result, attempt, log, redact) {
  const issue = outcome.issueNumber;
  const nonce = randomUUID3();
  const run = { ...attempt, state: "queued", ...result.runUrl ? { runUrl: result.runUrl } : {} };
  const body = result.runId !== void 0 ? dispatchComment(monitorKey, { ...run, runId: result.runId }, nonce) : `\u{1F501} Retraining dispatched: ${safeLink("the runs page", result.runUrl) ?? "see the runs page"} (attempt ${attempt.number} of ${attempt.max}).

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
