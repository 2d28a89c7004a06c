import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  aRepository,
  dispatchRetraining,
  ensureLabel,
  listOpenIssues,
  listRetrainingRuns
} from "./chunk-DSCLAK3J.js";
import {
  SUMMARY_LIMIT,
  actOnVerdict,
  evaluateMonitor,
  externalSecrets,
  propagate,
  renderActions,
  renderHeadline,
  renderReasons
} from "./chunk-ZPYZUOVT.js";
import "./chunk-SCA5JJMJ.js";
import {
  escapeMarkdown,
  redactor,
  truncate
} from "./chunk-MNYJVA2X.js";
import {
  createClient
} from "./chunk-DSE6RNUO.js";
import "./chunk-PW4EGH3P.js";
import "./chunk-SXQYWGFC.js";
import "./chunk-7LIEUWGZ.js";
import "./chunk-XIZ7O7JT.js";
import "./chunk-56PMEDHV.js";
import {
  InputError,
  messageOf
} from "./chunk-FI7I53I2.js";
import "./chunk-MQQLUTP6.js";

// src/monitors/run.ts
import { writeFile } from "node:fs/promises";

// src/github/shared.ts
function shareGitHub(token, repo, options = {}) {
  const client = createClient(token, repo, options);
  const where = { owner: repo.owner, repo: repo.repo };
  const listings = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  const branches = /* @__PURE__ */ new Map();
  const runs = /* @__PURE__ */ new Map();
  const once = (cache, key, read) => {
    let value = cache.get(key);
    if (!value) {
      value = read();
      cache.set(key, value);
    }
    return value;
  };
  return {
    dispatchReads: {
      defaultBranch: (target) => once(branches, `${target.owner}/${target.repo}`, async () => {
        const { data } = await client.octokit.request("GET /repos/{owner}/{repo}", {
          ...target,
          request: { answer: aRepository }
        });
        return data.default_branch;
      }),
      runs: (target, dispatch) => once(
        runs,
        `${target.owner}/${target.repo}|${dispatch.workflow ?? ""}|${dispatch.eventType ?? ""}`,
        () => listRetrainingRuns(client, target, dispatch)
      )
    },
    client,
    openIssues(label) {
      const name = label ?? "";
      let listing = listings.get(name);
      if (!listing) {
        listing = listOpenIssues(client, where, label, `the alerts of this run's monitors`);
        listings.set(name, listing);
      }
      return listing;
    },
    ensureLabel(label, log) {
      let done = labels.get(label);
      if (!done) {
        done = ensureLabel(client, where, label, log);
        labels.set(label, done);
      }
      return done;
    }
  };
}

// src/monitors/limit.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

// src/monitors/summary.ts
var STATUS = {
  due: "\u{1F534} due",
  healthy: "\u{1F7E2} healthy",
  unknown: "\u26AA could not decide"
};
var CELL_CHARS = 300;
function cell(text) {
  return escapeMarkdown(truncate(text.replace(/\s+/g, " "), CELL_CHARS));
}
function html(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@/g, "&#64;");
}
function link(text, url) {
  return url ? `[${text}](${encodeURI(url)})` : text;
}
function renderMonitorsSummary(outcomes, batch, failures) {
  const counts = /* @__PURE__ */ new Map();
  for (const o of outcomes) counts.set(o.verdict.status, (counts.get(o.verdict.status) ?? 0) + 1);
  const tally = ["due", "unknown", "healthy"].filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s === "unknown" ? "could not decide" : s}`).join(", ");
  const head = `### retrain-trigger: ${outcomes.length} monitors \u2014 ${tally}

`;
  const rows = outcomes.map(({ monitor, verdict, result }) => {
    const why = verdict.status === "due" ? verdict.reasons.join("; ") : verdict.undecided.length > 0 ? `could not evaluate: ${verdict.undecided.join("; ")}` : "";
    const { effects } = result;
    const issue = effects.issueNumber !== void 0 ? link(`#${effects.issueNumber}`, effects.issueUrl) : "\u2014";
    const retraining = effects.dispatched ? link(effects.runId !== void 0 ? `run ${effects.runId}` : "dispatched", effects.runUrl) : "\u2014";
    const after = monitor.dependsOn.length > 0 ? ` (after ${monitor.dependsOn.map(cell).join(", ")})` : "";
    return `| ${cell(monitor.key)}${after} | ${STATUS[verdict.status]} | ${cell(why) || "\u2014"} | ${issue} | ${retraining} |`;
  });
  const table = `| Monitor | Status | Why | Alert issue | Retraining |
| --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
  const batchPart = batch ? `
${renderActions(batch.records).replace("#### Actions", "#### Batch dispatch")}` : "";
  const failed = failures.map((f) => `> \u274C ${escapeMarkdown(f)}
`).join("");
  const top = `${head}${table}${batchPart}${failed ? `
${failed}` : ""}`;
  const each = Math.max(
    2e3,
    Math.floor((SUMMARY_LIMIT - top.length - 1e4) / Math.max(1, outcomes.length))
  );
  const sections = outcomes.map(({ monitor, verdict, result }) => {
    const body = result.summary.length > each ? `${renderHeadline(verdict)}

${renderReasons(verdict)}
${renderActions(result.effects.records)}
The tables did not fit the job summary; the report has them: ${escapeMarkdown(monitor.config.reportPath)}
` : result.summary;
    return `<details><summary><b>${html(monitor.key)}</b> \u2014 ${STATUS[verdict.status]}</summary>

${body}

</details>
`;
  });
  return `${top}
${sections.join("\n")}`;
}

// src/monitors/upstream.ts
var UPSTREAM_RULE_PREFIX = "depends-on:";
function upstreamReason(due) {
  const others = due.origins.filter((o) => o !== due.key);
  return `upstream model '${due.key}' is due, and this model depends on it` + (others.length > 0 ? ` ('${due.key}' is due through ${others.map((o) => `'${o}'`).join(", ")})` : "");
}
function withUpstream(verdict, upstream) {
  if (upstream.due.length > 0) {
    return {
      ...verdict,
      status: "due",
      assessed: "due",
      triggered: true,
      reasons: [...verdict.reasons, ...upstream.due.map(upstreamReason)],
      failedRules: [...verdict.failedRules, ...upstream.due.map((d) => `${UPSTREAM_RULE_PREFIX}${d.key}`)]
    };
  }
  if (upstream.unknown.length === 0 || verdict.assessed !== "healthy") return verdict;
  const undecided = [
    ...verdict.undecided,
    ...upstream.unknown.map((key) => `upstream model '${key}' could not be decided`)
  ];
  const onUnknown = verdict.onUnknown;
  const status = onUnknown === "healthy" || onUnknown === "due" ? onUnknown : "unknown";
  return {
    ...verdict,
    status,
    assessed: "unknown",
    triggered: status === "due",
    undecided,
    reasons: status === "due" ? [...verdict.reasons, `could not decide, and on-unknown is 'due': ${undecided.join("; ")}`] : verdict.reasons
  };
}

// src/monitors/run.ts
var EVALUATE_AT_ONCE = 4;
var ACT_AT_ONCE = 8;
var BATCH_KEY = "batch";
function runStatus(statuses) {
  if (statuses.includes("due")) return "due";
  return statuses.includes("unknown") ? "unknown" : "healthy";
}
async function runMonitors(run, options) {
  const log = options.log ?? (() => {
  });
  const own = await mapLimit(
    run.monitors,
    EVALUATE_AT_ONCE,
    (m) => (
      // Progress of long reads goes to the log, marked with the monitor (monitors are read side by side).
      named(m, () => evaluateMonitor(m.config, { log: (line) => log(`[${m.key}] ${line}`) }, options.repo))
    )
  );
  const verdicts = new Map(run.monitors.map((m, i) => [m.key, own[i]]));
  propagate(
    run.monitors,
    run.order,
    new Map([...verdicts].map(([key, v]) => [key, v.status])),
    (key, upstream) => {
      const settled = withUpstream(verdicts.get(key), upstream);
      verdicts.set(key, settled);
      return settled.status;
    }
  );
  for (const m of run.monitors) options.onVerdict?.(m, verdicts.get(m.key));
  await writeIndex(run, "unknown", {});
  const wantsGitHub = run.monitors.some((m) => m.config.alert.enabled || m.config.dispatch) || run.batch;
  const github = options.repo && run.githubToken && wantsGitHub ? shareGitHub(run.githubToken, options.repo, { log, ...options.client }) : void 0;
  const covered = run.batch ? run.monitors.filter((m) => m.config.dispatch === null) : [];
  const batch = run.batch ? await batchDispatch(run, run.batch, covered, verdicts, options, github) : null;
  const note = batch ? noteOf(batch) : void 0;
  const onBranch = run.monitors.some((m) => m.config.history.store?.kind === "branch");
  const outcomes = await mapLimit(run.monitors, onBranch ? 1 : ACT_AT_ONCE, async (monitor) => {
    const verdict = verdicts.get(monitor.key);
    const inBatch = note !== void 0 && verdict.triggered && covered.includes(monitor);
    const result = await named(
      monitor,
      () => actOnVerdict(monitor.config, verdict, {
        repo: options.repo,
        ...options.env ? { env: options.env } : {},
        log: (line) => log(`[${monitor.key}] ${line}`),
        ...github ? { github } : {},
        ...inBatch ? { batchDispatch: note } : {}
      })
    );
    if (inBatch && note.dispatched) {
      result.effects = {
        ...result.effects,
        dispatched: true,
        ...note.runId !== void 0 ? { runId: note.runId } : {},
        ...note.runUrl !== void 0 ? { runUrl: note.runUrl } : {}
      };
    }
    return { monitor, verdict, result };
  });
  const entries = /* @__PURE__ */ Object.create(null);
  for (const { monitor, verdict, result } of outcomes)
    entries[monitor.key] = entryOf(monitor, verdict, result);
  const status = runStatus(outcomes.map((o) => o.verdict.status));
  await writeIndex(run, status, entries);
  const failures = [
    ...batch?.failures.map((f) => `batch-dispatch: ${f}`) ?? [],
    ...outcomes.flatMap((o) => o.result.effects.failures.map((f) => `${o.monitor.key}: ${f}`))
  ];
  const summary = redactor(allSecrets(run))(renderMonitorsSummary(outcomes, batch, failures));
  return { status, outcomes, batch, failures, entries, summary };
}
function allSecrets(run) {
  return [
    ...run.secrets,
    ...run.monitors.flatMap((m) => [...m.config.secrets, ...externalSecrets(m.config)])
  ];
}
async function named(monitor, work) {
  try {
    return await work();
  } catch (error) {
    const label = `monitors[${monitor.index}] (${monitor.key})`;
    if (error instanceof InputError) throw new InputError(`${label}: ${error.message}`);
    throw new Error(`${label}: ${messageOf(error)}`, { cause: error });
  }
}
function entryOf(monitor, verdict, result) {
  const { effects } = result;
  return {
    status: verdict.status,
    reasons: result.report.reasons,
    issue: effects.issueNumber !== void 0 ? { number: effects.issueNumber, url: effects.issueUrl ?? "" } : null,
    dispatched: effects.dispatched,
    run: effects.runId !== void 0 || effects.runUrl !== void 0 ? { id: effects.runId ?? null, url: effects.runUrl ?? null } : null,
    report: monitor.config.reportPath
  };
}
async function writeIndex(run, status, entries) {
  const reports = Object.fromEntries(run.monitors.map((m) => [m.key, m.config.reportPath]));
  const monitors = Object.fromEntries(
    run.monitors.map((m) => [m.key, entries[m.key] ?? { status: "unknown", report: reports[m.key] }])
  );
  const index = {
    kind: "retrain-trigger-monitors",
    version: 1,
    status,
    triggered: status === "due",
    monitors
  };
  try {
    await writeFile(run.reportPath, `${JSON.stringify(redactDeepText(index, allSecrets(run)), null, 2)}
`);
  } catch (error) {
    throw new InputError(
      `report-path: cannot write the run's index of monitors '${run.reportPath}': ${messageOf(error)}`
    );
  }
}
function redactDeepText(value, secrets) {
  const redact = redactor(secrets);
  return JSON.parse(redact(JSON.stringify(value)));
}
async function batchDispatch(run, dispatch, covered, verdicts, options, github) {
  const due = covered.filter((m) => verdicts.get(m.key)?.triggered);
  const models = due.map((m) => m.key);
  const first = run.monitors[0].config;
  const config = { ...first, monitorKey: BATCH_KEY, monitorTitle: BATCH_KEY, dispatch };
  const verdict = batchVerdict(due, verdicts, first);
  const redact = redactor(allSecrets(run));
  if (!options.repo || !github) {
    const why = !options.repo ? "not connected to a GitHub repository" : "github-token is empty";
    const record = {
      kind: "dispatch",
      outcome: due.length > 0 ? "planned" : "skipped",
      detail: due.length > 0 ? `would dispatch ${dispatch.workflow ?? `repository_dispatch '${dispatch.eventType}'`} once for ${models.join(", ")} (${why})` : "No model covered by batch-dispatch is due: nothing dispatched."
    };
    const failures = options.repo && due.length > 0 ? [`batch-dispatch: ${why}`] : [];
    return { dispatched: false, records: [record], failures };
  }
  const result = await dispatchRetraining({
    client: github.client,
    repo: options.repo,
    config,
    dispatch,
    verdict,
    now: /* @__PURE__ */ new Date(),
    log: (line) => options.log?.(`[batch] ${redact(line)}`),
    models,
    reads: github.dispatchReads,
    ...options.race ? { race: options.race } : {}
  });
  return {
    ...result,
    records: result.records.map((r) => ({ ...r, detail: redact(r.detail), outcome: redact(r.outcome) })),
    failures: result.failures.map(redact)
  };
}
function batchVerdict(due, verdicts, first) {
  const of = (m) => verdicts.get(m.key);
  const triggered = due.length > 0;
  return {
    status: triggered ? "due" : "healthy",
    assessed: triggered ? "due" : "healthy",
    triggered,
    reasons: due.flatMap((m) => of(m).reasons.map((r) => `${m.key}: ${r}`)),
    undecided: [],
    onUnknown: first.onUnknown,
    failedRules: due.flatMap((m) => of(m).failedRules.map((r) => `${m.key}:${r}`)),
    rules: [],
    drift: null,
    evidence: {
      current: { values: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), sources: /* @__PURE__ */ new Map(), files: [] },
      baseline: null,
      drift: null
    }
  };
}
function noteOf(batch) {
  const last = batch.records[batch.records.length - 1];
  return {
    line: last ? `batch-dispatch: ${escapeMarkdown(last.outcome)} \u2014 ${escapeMarkdown(last.detail)}` : "",
    dispatched: batch.dispatched,
    ...batch.runId !== void 0 ? { runId: batch.runId } : {},
    ...batch.runUrl !== void 0 ? { runUrl: batch.runUrl } : {}
  };
}
export {
  BATCH_KEY,
  allSecrets,
  runMonitors,
  runStatus
};
