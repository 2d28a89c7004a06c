import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  breakReferences,
  driftedFeatures,
  escapeMarkdown,
  expandInputs,
  explainFailure,
  githubMessage,
  isAmbiguous,
  statusOf,
  truncate
} from "./chunk-MNYJVA2X.js";
import {
  ListTooLongError,
  createOptions,
  formatDuration
} from "./chunk-DSE6RNUO.js";

// src/github/body.ts
import { createHash } from "node:crypto";
var MAX_BODY_CHARS = 65e3;
var MAX_TITLE_CHARS = 256;
function monitorMarker(monitorKey) {
  return `<!-- retrain-trigger:monitor=${encodeURIComponent(monitorKey)} -->`;
}
function hasMonitorMarker(body, monitorKey) {
  return readMarkers(body).get("monitor") === encodeURIComponent(monitorKey);
}
var MARKER_LINE = /^<!-- retrain-trigger:(\w+)=([^\s<>]*) -->$/;
function readMarkers(body) {
  const markers = /* @__PURE__ */ new Map();
  const lines = (body ?? "").split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === "" && markers.size === 0) continue;
    const match = MARKER_LINE.exec(line);
    if (!match) break;
    if (!markers.has(match[1])) markers.set(match[1], match[2]);
  }
  return markers;
}
function nonceMarker(nonce) {
  return `<!-- retrain-trigger:nonce=${encodeURIComponent(nonce)} -->`;
}
function verdictFingerprint(verdict) {
  const parts = {
    triggered: verdict.triggered,
    rules: [...verdict.failedRules].sort(),
    drifted: driftedFeatures(verdict.evidence.drift).sort()
  };
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}
function fingerprintMarker(fingerprint) {
  return `<!-- retrain-trigger:fingerprint=${fingerprint} -->`;
}
function readFingerprint(body) {
  return readMarkers(body).get("fingerprint");
}
function alertTitle(template, monitorTitle) {
  const raw = template.split("{monitor}").join(monitorTitle);
  const spaced = raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
  const clean = breakReferences(spaced);
  return truncate(clean === "" ? "Model alert" : clean, MAX_TITLE_CHARS);
}
function safeLink(label, url) {
  if (!url || !/^https?:\/\/[^\s()<>"'`]+$/.test(url)) return void 0;
  return `[${label}](${url})`;
}
var TRUNCATION_NOTE = "\n\n> [!NOTE]\n> The verdict above was cut to fit GitHub's 65,536-character limit; the full report is in the job summary and the report file of the run.";
function alertBody(parts) {
  const { verdict, monitorKey } = parts;
  const run = safeLink("monitor run", parts.runUrl);
  const reasons = verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`);
  const head = [
    `## Retraining is due for ${escapeMarkdown(monitorKey)}`,
    "",
    verdict.reasons.length > 0 ? "**Why:**" : "",
    ...reasons,
    ""
  ].join("\n");
  const tail = [
    "",
    "---",
    `Last checked ${parts.now.toISOString()}${run ? ` by ${run}` : ""}.`,
    ...parts.dispatchLine ? [`Retraining: ${parts.dispatchLine}`] : [],
    "",
    monitorMarker(monitorKey),
    fingerprintMarker(verdictFingerprint(verdict))
  ].join("\n");
  const room = MAX_BODY_CHARS - head.length - tail.length - 2;
  return `${head}
${fitMarkdown(parts.verdictMarkdown, room)}
${tail}`;
}
function fitMarkdown(markdown, max) {
  if (markdown.length <= max) return markdown;
  const room = Math.max(0, max - TRUNCATION_NOTE.length - 8);
  let cut = truncate(markdown, room, "");
  const lastBreak = cut.lastIndexOf("\n");
  if (lastBreak > room / 2) cut = cut.slice(0, lastBreak);
  const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += "\n```";
  return cut + TRUNCATION_NOTE;
}
function changedComment(verdict, runUrl, nonce) {
  const run = safeLink("this run", runUrl);
  const rules = verdict.failedRules.map(escapeMarkdown).join(", ") || "none";
  const drifted = driftedFeatures(verdict.evidence.drift).map(escapeMarkdown).join(", ") || "none";
  const lines = [
    `The verdict changed${run ? ` (${run})` : ""}: failed rules: ${rules}; drifted features: ${drifted}.`,
    ...verdict.reasons.slice(0, 20).map((r) => `- ${escapeMarkdown(r)}`)
  ];
  const marker = `

${nonceMarker(nonce)}`;
  return truncate(lines.join("\n"), MAX_BODY_CHARS - marker.length) + marker;
}
function recoveryComment(runUrl, nonce) {
  const run = safeLink("this run", runUrl);
  return `The model is back within its rules and no retraining is due${run ? ` (${run})` : ""}; closing this alert. A relapse opens a new issue.

${nonceMarker(nonce)}`;
}
function duplicateComment(keptNumber, nonce) {
  return `Duplicate of #${keptNumber}

Two monitor runs opened an alert at the same time; the oldest one is kept.

${nonceMarker(nonce)}`;
}
var NOTE_START = "<!-- retrain-trigger:undecided -->";
var NOTE_END = "<!-- /retrain-trigger:undecided -->";
function undecidedNote(causes, runUrl, now) {
  const run = safeLink("monitor run", runUrl);
  const lines = [
    "> [!WARNING]",
    `> \u26AA **Could not decide** on ${now.toISOString()}${run ? ` (${run})` : ""}. This alert stays open; nothing was dispatched or closed.`,
    ...causes.slice(0, 20).map((c) => `> - ${escapeMarkdown(c)}`)
  ];
  return truncate(lines.join("\n"), 8e3);
}
function withUndecidedNote(body, note) {
  const block = `${NOTE_START}
${note}
${NOTE_END}`;
  const start = body.indexOf(NOTE_START);
  const end = body.indexOf(NOTE_END);
  if (start >= 0 && end > start) return body.slice(0, start) + block + body.slice(end + NOTE_END.length);
  const headingEnd = body.startsWith("## ") ? body.indexOf("\n") : -1;
  const cut = headingEnd >= 0 ? headingEnd + 1 : 0;
  const joined = `${body.slice(0, cut)}
${block}

${body.slice(cut)}`;
  if (joined.length <= MAX_BODY_CHARS) return joined;
  const short = `${NOTE_START}
> \u26AA **Could not decide** on a later run; see its job summary.
${NOTE_END}`;
  return `${body.slice(0, cut)}
${short}

${body.slice(cut)}`;
}

// src/github/issues.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/github/shapes.ts
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isCount = (v) => Number.isSafeInteger(v) && v > 0;
var isText = (v) => typeof v === "string";
var isTextOrNull = (v) => v === void 0 || v === null || typeof v === "string";
function hasNext(headers) {
  return /rel="next"/.test(String(headers["link"] ?? ""));
}
function issueProblem(v) {
  if (!isObject(v)) return "is not an object";
  if (!isCount(v["number"])) return "has no issue number";
  if (!isText(v["html_url"])) return "has no html_url";
  if (!isText(v["title"])) return "has no title";
  if (!isText(v["state"])) return "has no state";
  if (!Array.isArray(v["labels"])) return "has no labels list";
  if (!isTextOrNull(v["body"])) return "has a body that is not text";
  return void 0;
}
function listOf(what, item) {
  return (data, headers) => {
    if (!Array.isArray(data)) return `the body is not a list of ${what}`;
    if (data.length === 0 && hasNext(headers)) {
      return "the page is empty although the link header announces a next page (inconsistent pagination)";
    }
    for (let i = 0; i < data.length; i++) {
      const problem = item(data[i]);
      if (problem) return `item ${i + 1} of the list ${problem}`;
    }
    return void 0;
  };
}
var anIssue = (data) => {
  const problem = issueProblem(data);
  return problem ? `the body is not an issue: it ${problem}` : void 0;
};
var issueList = listOf("issues", issueProblem);
function commentProblem(v) {
  if (!isObject(v)) return "is not an object";
  if (!isCount(v["id"])) return "has no comment id";
  if (!isTextOrNull(v["body"])) return "has a body that is not text";
  return void 0;
}
var aComment = (data) => {
  const problem = commentProblem(data);
  return problem ? `the body is not a comment: it ${problem}` : void 0;
};
var commentList = listOf("comments", commentProblem);
function runProblem(v) {
  if (!isObject(v)) return "is not an object";
  if (!isCount(v["id"])) return "has no run id";
  if (!isTextOrNull(v["status"])) return "has a status that is not text";
  if (!isText(v["created_at"]) || Number.isNaN(Date.parse(v["created_at"]))) {
    return "has no valid created_at";
  }
  if (!isText(v["html_url"])) return "has no html_url";
  return void 0;
}
var labelList = listOf(
  "labels",
  (v) => isObject(v) && isText(v["name"]) ? void 0 : "is not a label with a name"
);
var aRun = (data) => {
  const problem = runProblem(data) ?? (isObject(data) && !isTextOrNull(data["conclusion"]) ? "has a conclusion that is not text" : void 0);
  return problem ? `the body is not a workflow run: it ${problem}` : void 0;
};
var runList = (data, headers) => {
  if (!isObject(data) || !Array.isArray(data["workflow_runs"])) {
    return "the body is not a list of workflow runs ({ workflow_runs: [...] })";
  }
  return listOf("workflow runs", runProblem)(data["workflow_runs"], headers);
};
var aRepository = (data) => isObject(data) && isText(data["default_branch"]) && data["default_branch"] !== "" ? void 0 : "the body is not a repository with a default_branch";
var dispatchDetails = (data) => {
  if (data === "") return void 0;
  return isObject(data) && isCount(data["workflow_run_id"]) ? void 0 : "the body has no workflow_run_id";
};

// src/github/issues.ts
var MAX_PAGES = 50;
var MAX_CREATE_ATTEMPTS = 3;
async function readPages(client, route, params, check, tooMany) {
  const items = [];
  for (let page = 1; ; page++) {
    const response = await client.octokit.request(route, {
      ...params,
      per_page: 100,
      page,
      request: { answer: check }
    });
    items.push(...response.data);
    if (!/rel="next"/.test(String(response.headers.link ?? ""))) return items;
    if (page >= MAX_PAGES) throw new ListTooLongError(tooMany());
  }
}
async function listOpenAlerts(client, where, label, monitorKey, title) {
  return matchAlerts(
    await listOpenIssues(client, where, label, `the alert of monitor '${monitorKey}'`),
    monitorKey,
    title
  );
}
async function listOpenIssues(client, where, label, lookingFor) {
  return readPages(
    client,
    "GET /repos/{owner}/{repo}/issues",
    { ...where, state: "open", ...label ? { labels: label } : {} },
    issueList,
    () => `more than ${MAX_PAGES * 100} open issues carry the label '${label ?? "(none)"}', so ${lookingFor} cannot be looked up reliably; nothing was created, to avoid a duplicate. Make the first of issue-labels a label of its own (e.g. model-alert)`
  );
}
function matchAlerts(issues, monitorKey, title) {
  const found = [];
  for (const issue of issues) {
    if (issue.pull_request) continue;
    const marked = readMarkers(issue.body).get("monitor");
    if (marked === void 0 ? title !== void 0 && issue.title === title : hasMonitorMarker(issue.body, monitorKey)) {
      found.push(marked === void 0 ? { ...issue, markerMissing: true } : issue);
    }
  }
  return found.sort((a, b) => a.number - b.number);
}
function labelNames(issue) {
  return issue.labels.map((l) => typeof l === "string" ? l : l.name ?? "");
}
async function createAlertIssue(client, where, fields, lookup, log) {
  let lastError;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      const { data } = await client.octokit.request("POST /repos/{owner}/{repo}/issues", {
        ...where,
        ...fields,
        request: { ...createOptions.request, answer: anIssue }
      });
      return { issue: data, recovered: false };
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`creating the alert issue: answer lost (attempt ${attempt}); looking for it before trying again`);
      const existing = await lookupAfterLoss(lookup);
      if (existing) return { issue: existing, recovered: true };
    }
  }
  throw lastError;
}
async function lookupAfterLoss(lookup) {
  for (let look = 0; look < 2; look++) {
    const found = await lookup();
    if (found.length > 0) return found[0];
    if (look === 0) await sleep(200);
  }
  return void 0;
}
async function postComment(client, where, issueNumber, body, nonce, log) {
  const since = new Date(Date.now() - 10 * 6e4).toISOString();
  let lastError;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      await client.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...where,
        issue_number: issueNumber,
        body,
        request: { ...createOptions.request, answer: aComment }
      });
      return;
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`commenting on #${issueNumber}: answer lost (attempt ${attempt}); checking whether it was posted`);
      const comments = await readPages(
        client,
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...where, issue_number: issueNumber, since },
        commentList,
        () => `more than ${MAX_PAGES * 100} comments on #${issueNumber} in ten minutes`
      );
      if (comments.some((c) => readMarkers(c.body).get("nonce") === encodeURIComponent(nonce))) return;
    }
  }
  throw lastError;
}
async function listComments(client, where, issueNumber, since) {
  return readPages(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...where, issue_number: issueNumber, ...since ? { since } : {} },
    commentList,
    () => `more than ${MAX_PAGES * 100} comments on #${issueNumber}`
  );
}
async function closeIssue(client, where, issueNumber, reason) {
  await client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...where,
    issue_number: issueNumber,
    state: "closed",
    state_reason: reason,
    request: { answer: anIssue }
  });
}
async function ensureLabel(client, where, name, log) {
  try {
    await client.octokit.request("GET /repos/{owner}/{repo}/labels/{name}", { ...where, name });
    return;
  } catch (error) {
    if (error.status !== 404) return;
  }
  try {
    await client.octokit.request("POST /repos/{owner}/{repo}/labels", {
      ...where,
      name,
      color: "d93f0b",
      description: "Opened by retrain-trigger: the model needs attention",
      ...createOptions
    });
  } catch {
    log(`could not create label '${name}'; continuing`);
  }
}

// src/github/dispatch-errors.ts
function explainRead(error, what, target, dispatch, ref) {
  const action = `Checking runs of ${what} before dispatching`;
  if (statusOf(error) === 404) return notFound(target, dispatch, action, ref);
  return explainFailure(error, action, "actions: read");
}
function explainWrite(error, what, target, dispatch, ref, runsPage) {
  const action = `Dispatching ${what}`;
  const status = statusOf(error);
  if (isAmbiguous(error)) {
    return `${action}: GitHub's answer was lost (${githubMessage(error)}); the run may or may not have started \u2014 check ${runsPage}. Not retried, to avoid starting retraining twice; the next monitor run's cooldown check sees a run that did start.`;
  }
  if (status === 404) return notFound(target, dispatch, action, ref);
  if (status === 422) return `${action} failed: GitHub refused it (422 ${githubMessage(error)}).`;
  return explainFailure(error, action, dispatch.workflow ? "actions: write" : "contents: write");
}
function notFound(target, dispatch, action, ref) {
  const repo = `${target.owner}/${target.repo}`;
  if (dispatch.workflow) {
    const file = /^\d+$/.test(dispatch.workflow) ? `The workflow with id ${dispatch.workflow}` : `The workflow file .github/workflows/${dispatch.workflow}`;
    return `${action} failed: GitHub answered 404 for workflow '${dispatch.workflow}' in ${repo}. ${file} must exist on ${ref ? `'${ref}'` : "the default branch"} and declare \`on: workflow_dispatch\` (and the token must be able to see ${repo}).`;
  }
  return `${action} failed: GitHub answered 404 for repository ${repo}: it does not exist or the token cannot see it (another repository needs a PAT or GitHub App token with \`contents: write\` there).`;
}

// src/github/race.ts
import { setTimeout as sleep2 } from "node:timers/promises";
var DEFAULT_RACE_TIMING = { settleMs: 1e4, pollMs: 2e3 };
var ACTIVE_STATUSES = /* @__PURE__ */ new Set(["queued", "in_progress", "waiting", "requested", "pending"]);
async function listRetrainingRuns(client, target, dispatch) {
  const { data } = dispatch.workflow ? await client.octokit.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
    ...target,
    workflow_id: dispatch.workflow,
    per_page: 50,
    request: { answer: runList }
  }) : await client.octokit.request("GET /repos/{owner}/{repo}/actions/runs", {
    ...target,
    event: "repository_dispatch",
    per_page: 50,
    request: { answer: runList }
  });
  return data.workflow_runs;
}
var order = (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
async function settleRace(input) {
  const outcome = { cancelledOwn: false, cancelled: [], failures: [] };
  const runs = await caughtUpList(input);
  const own = runs.find((r) => r.id === input.ownRunId);
  const byMonitor = own?.display_title ? titleNames(own.display_title, input.monitorKey) : false;
  const shared = input.dispatch.sharedWith;
  const since = input.checkedAt.getTime() - input.dispatch.cooldownMs;
  const racing = runs.filter(
    (r) => (
      // Our own run counts even when another monitor run already cancelled it (we then report that).
      (r.id === input.ownRunId || r.conclusion !== "cancelled" && (r.status !== null && ACTIVE_STATUSES.has(r.status) || Date.parse(r.created_at) >= since)) && (shared ? runCounts(r, input.monitorKey, shared) : !byMonitor || titleNames(r.display_title ?? "", input.monitorKey)) && !(r.status === "completed" && input.ignore?.has(r.id))
    )
  );
  if (input.ownRunId !== void 0 && !own) {
    racing.push({
      id: input.ownRunId,
      status: "queued",
      created_at: (/* @__PURE__ */ new Date()).toISOString(),
      html_url: ""
    });
  }
  const groups = /* @__PURE__ */ new Map();
  for (const run of racing) {
    const key = run.workflow_id ?? 0;
    groups.set(key, [...groups.get(key) ?? [], run]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [kept, ...newer] = group.sort(order);
    outcome.kept ??= kept;
    for (const run of newer) await cancel(input, run, outcome);
  }
  if (outcome.kept) {
    const others = outcome.cancelled.filter((id) => id !== input.ownRunId);
    outcome.note = outcome.cancelledOwn ? `another monitor run dispatched retraining at the same moment: run ${outcome.kept.id} (the older one) is kept and ours, run ${input.ownRunId}, was cancelled` : `monitor runs raced: run ${outcome.kept.id} (the oldest) is kept${others.length ? `; cancelled the newer run(s) ${others.join(", ")}` : ""}`;
  }
  return outcome;
}
async function caughtUpList(input) {
  const { timing } = input;
  if (input.ownRunId === void 0) {
    await sleep2(timing.settleMs);
    return listRetrainingRuns(input.client, input.target, input.dispatch);
  }
  const until = Date.now() + timing.settleMs;
  for (; ; ) {
    const runs = await listRetrainingRuns(input.client, input.target, input.dispatch);
    if (runs.some((r) => r.id === input.ownRunId) || Date.now() >= until) return runs;
    await sleep2(Math.min(timing.pollMs, Math.max(0, until - Date.now())));
  }
}
async function cancel(input, run, outcome) {
  try {
    await input.client.octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel", {
      ...input.target,
      run_id: run.id,
      ...createOptions
    });
  } catch (error) {
    if (statusOf(error) !== 409) {
      outcome.failures.push(
        explainFailure(error, `Cancelling the duplicate retraining run ${run.id}`, "actions: write")
      );
      return;
    }
  }
  outcome.cancelled.push(run.id);
  if (run.id === input.ownRunId) outcome.cancelledOwn = true;
  input.log(`cancelled retraining run ${run.id}: a concurrent monitor run's older run is kept`);
}
function runCounts(run, monitorKey, sharedWith) {
  const title = run.display_title ?? "";
  if (titleNames(title, monitorKey)) return true;
  return !sharedWith.some((key) => key !== monitorKey && titleNames(title, key));
}
function titleNames(title, monitorKey) {
  let at = title.indexOf(monitorKey);
  while (at >= 0) {
    const before = title[at - 1];
    const after = title[at + monitorKey.length];
    if ((before === void 0 || /\s|[([:"']/.test(before)) && (after === void 0 || /\s|[)\]:"',.]/.test(after))) {
      return true;
    }
    at = title.indexOf(monitorKey, at + 1);
  }
  return false;
}

// src/github/dispatch.ts
async function dispatchRetraining(input) {
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
      input.models
    ),
    payload: { reasons: verdict.reasons, monitor: config.monitorKey },
    notDue: verdict.triggered ? input.hold ?? null : verdict.status === "unknown" ? "Could not decide: nothing dispatched." : "No retraining due: nothing dispatched.",
    dryRun: config.dryRun,
    now: input.now,
    log: input.log,
    monitorKey: config.monitorKey,
    ...input.retryAfter?.length ? { retryAfter: new Set(input.retryAfter) } : {},
    ...input.race ? { race: input.race } : {},
    ...input.claim ? { claim: input.claim } : {},
    ...input.reads ? { reads: input.reads } : {}
  });
}
async function dispatchRun(input) {
  const { dispatch, inputs } = input;
  const result = { dispatched: false, records: [], failures: [] };
  const record = (outcome, detail, url) => result.records.push({ kind: "dispatch", outcome, detail, ...url ? { url } : {} });
  const fail = (message, url) => {
    result.failures.push(message);
    record("failed", message, url);
    input.log(message);
  };
  if (input.notDue !== null) {
    record("skipped", input.notDue);
    return result;
  }
  const target = dispatch.repository ?? { owner: input.repo.owner, repo: input.repo.repo };
  const base = `${input.repo.serverUrl.replace(/\/+$/, "")}/${target.owner}/${target.repo}/actions`;
  const what = dispatch.workflow ?? `repository_dispatch '${dispatch.eventType ?? ""}'`;
  const runsPage = dispatch.workflow ? `${base}/workflows/${encodeURIComponent(dispatch.workflow)}` : base;
  let ref = dispatch.ref;
  const payload = dispatch.workflow ? {} : Object.assign(/* @__PURE__ */ Object.create(null), inputs, input.payload);
  try {
    if (dispatch.workflow && !ref) {
      if (input.reads) ref = await input.reads.defaultBranch(target);
      else {
        const { data } = await input.client.octokit.request("GET /repos/{owner}/{repo}", {
          ...target,
          request: { answer: aRepository }
        });
        ref = data.default_branch;
      }
    }
    const blocker = await cooldownBlocker(input, target, dispatch, input.now);
    if (blocker) {
      record("skipped", blocker, runsPage);
      return result;
    }
  } catch (error) {
    fail(explainRead(error, what, target, dispatch, ref), runsPage);
    return result;
  }
  if (input.dryRun) {
    record(
      "would-dispatch",
      dispatch.workflow ? `would dispatch ${dispatch.workflow} on ${ref} with inputs ${JSON.stringify(inputs)}` : `would send repository_dispatch '${dispatch.eventType}' to ${target.owner}/${target.repo} with client_payload ${JSON.stringify(payload)}`,
      runsPage
    );
    return result;
  }
  if (input.claim) {
    const claim = await input.claim({
      monitorKey: input.monitorKey,
      target,
      now: input.now,
      ...input.retryAfter ? { retryAfter: input.retryAfter } : {}
    });
    if (!claim.granted) {
      record("skipped", `Not dispatched: ${claim.reason}`, runsPage);
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
        ref ?? "",
        inputs,
        input.log
      );
      Object.assign(result, { dispatched: true, runId: run.runId, runUrl: run.runUrl });
      record(
        "dispatched",
        run.runId ? `Dispatched ${dispatch.workflow} on ${ref}: run ${run.runId}.` : `Dispatched ${dispatch.workflow} on ${ref} (this GitHub does not return the run id).`,
        run.runUrl ?? runsPage
      );
    } else {
      await input.client.octokit.request("POST /repos/{owner}/{repo}/dispatches", {
        ...target,
        event_type: dispatch.eventType ?? "",
        client_payload: payload,
        ...createOptions
      });
      result.dispatched = true;
      record(
        "dispatched",
        `Sent repository_dispatch '${dispatch.eventType}' to ${target.owner}/${target.repo}.`,
        runsPage
      );
    }
  } catch (error) {
    fail(explainWrite(error, what, target, dispatch, ref, runsPage), runsPage);
    return result;
  }
  await convergeAfterDispatch(input, target, checkedAt, result, record);
  return result;
}
async function convergeAfterDispatch(input, target, checkedAt, result, record) {
  try {
    const race = await settleRace({
      client: input.client,
      target,
      dispatch: input.dispatch,
      monitorKey: input.monitorKey,
      ...input.retryAfter ? { ignore: input.retryAfter } : {},
      ...result.runId !== void 0 ? { ownRunId: result.runId } : {},
      checkedAt,
      timing: input.race ?? DEFAULT_RACE_TIMING,
      log: input.log
    });
    for (const message of race.failures) {
      result.failures.push(message);
      record("failed", message);
    }
    if (!race.note) return;
    if (race.cancelledOwn) {
      Object.assign(result, { dispatched: false, runId: race.kept?.id, runUrl: race.kept?.html_url });
      record("cancelled", `Cancelled our duplicate: ${race.note}.`, race.kept?.html_url);
    } else {
      record("deduplicated", `Concurrent dispatch: ${race.note}.`, race.kept?.html_url);
    }
  } catch (error) {
    input.log(
      `could not check for a concurrent dispatch after dispatching: ${explainFailure(error, "listing runs", "actions: read")}`
    );
  }
}
async function cooldownBlocker(input, target, dispatch, now) {
  const runs = input.reads && dispatch.sharedWith ? await input.reads.runs(target, dispatch) : await listRetrainingRuns(input.client, target, dispatch);
  const cooldown = formatDuration(dispatch.cooldownMs);
  const shared = dispatch.sharedWith;
  for (const run of runs) {
    if (shared && !runCounts(run, input.monitorKey, shared)) continue;
    if (run.status && ACTIVE_STATUSES.has(run.status)) {
      return `Not dispatched: run ${run.id} is still ${run.status} (${run.html_url}).`;
    }
    if (input.retryAfter?.has(run.id)) continue;
    const age = now.getTime() - Date.parse(run.created_at);
    if (age < dispatch.cooldownMs) {
      return `Not dispatched: run ${run.id} was created at ${run.created_at}, within the cooldown of ${cooldown}.`;
    }
  }
  return void 0;
}
async function dispatchWorkflow(client, target, workflow, ref, inputs, log) {
  const params = { ...target, workflow_id: workflow, ref, inputs, ...createOptions };
  try {
    const response = await client.octokit.request(
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
      {
        ...params,
        return_run_details: true,
        request: { ...params.request, answer: dispatchDetails }
      }
    );
    const data = response.status === 200 ? response.data : {};
    return { runId: data.workflow_run_id, runUrl: data.html_url };
  } catch (error) {
    const status = statusOf(error);
    if ((status === 400 || status === 422) && /return_run_details/.test(githubMessage(error))) {
      log("this GitHub does not know return_run_details; dispatching without it");
      await client.octokit.request(
        "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
        params
      );
      return {};
    }
    throw error;
  }
}

export {
  monitorMarker,
  readMarkers,
  nonceMarker,
  verdictFingerprint,
  readFingerprint,
  alertTitle,
  safeLink,
  alertBody,
  changedComment,
  recoveryComment,
  duplicateComment,
  undecidedNote,
  withUndecidedNote,
  anIssue,
  aComment,
  labelList,
  aRun,
  aRepository,
  listOpenAlerts,
  listOpenIssues,
  matchAlerts,
  labelNames,
  createAlertIssue,
  postComment,
  listComments,
  closeIssue,
  ensureLabel,
  listRetrainingRuns,
  dispatchRetraining,
  dispatchRun
};
