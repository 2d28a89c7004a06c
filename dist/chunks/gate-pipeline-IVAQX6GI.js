import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  aComment,
  dispatchRun,
  listComments,
  nonceMarker,
  postComment,
  safeLink
} from "./chunk-DSCLAK3J.js";
import {
  evaluateRule,
  factsOf,
  firstProblem,
  formatNumber,
  formatPercent,
  gatherEvidence,
  parseRule,
  readChampion,
  recordChampion,
  references,
  writeReport
} from "./chunk-SCA5JJMJ.js";
import {
  codeSpan,
  escapeLog,
  escapeMarkdown,
  expandTemplates,
  explainFailure,
  redactDeep,
  redactor
} from "./chunk-MNYJVA2X.js";
import {
  createClient
} from "./chunk-DSE6RNUO.js";
import "./chunk-PW4EGH3P.js";
import "./chunk-SXQYWGFC.js";
import "./chunk-7LIEUWGZ.js";
import {
  GATE_FACTS
} from "./chunk-56PMEDHV.js";
import {
  messageOf
} from "./chunk-FI7I53I2.js";
import "./chunk-MQQLUTP6.js";

// src/gates/threshold.ts
var ZERO_BASELINE_MARGIN = 1e-10;
function describeThresholdGate(gate) {
  const op = gate.greaterIsBetter ? "\u2265" : "\u2264";
  const sign = gate.greaterIsBetter ? "+" : "\u2212";
  const parts = [];
  if (gate.threshold !== void 0) parts.push(`${op} ${formatNumber(gate.threshold)}`);
  if (gate.minAbsoluteChange !== void 0) {
    parts.push(`${op} champion ${sign} ${formatNumber(gate.minAbsoluteChange)}`);
  }
  if (gate.minRelativeChange !== void 0) {
    parts.push(`${op} champion ${sign} ${formatPercent(gate.minRelativeChange, 2)}`);
  }
  return `${gate.metric} ${parts.join(", ")}`;
}
function gateMetric(name, evidence) {
  const challenger = evidence.challenger.values.get(name) ?? null;
  const champion = evidence.champion?.values.get(name) ?? null;
  const both = challenger !== null && champion !== null;
  return {
    name,
    challenger,
    champion,
    change: both ? challenger - champion : null,
    relativeChange: both && champion !== 0 ? (challenger - champion) / Math.abs(champion) : null
  };
}
function result(gate, metric, outcome, reason, checks) {
  return {
    id: gate.id,
    kind: "threshold",
    gate: describeThresholdGate(gate),
    outcome,
    reason,
    metrics: [metric],
    checks
  };
}
function evaluateThresholdGate(gate, evidence) {
  const metric = gateMetric(gate.metric, evidence);
  const name = gate.metric;
  const c = metric.challenger;
  if (c === null) return result(gate, metric, "error", `the challenger has no metric '${name}'`, []);
  if (Number.isNaN(c)) return result(gate, metric, "error", `the challenger's '${name}' is not a number`, []);
  const better = (value2, bound) => gate.greaterIsBetter ? value2 >= bound : value2 <= bound;
  const shift = (base, by) => gate.greaterIsBetter ? base + by : base - by;
  const op = gate.greaterIsBetter ? "\u2265" : "\u2264";
  const checks = [];
  const failures = [];
  if (gate.threshold !== void 0) {
    const passed = better(c, gate.threshold);
    checks.push({ check: "threshold", bound: gate.threshold, passed });
    if (!passed) failures.push(`${name} = ${formatNumber(c)}, needs ${op} ${formatNumber(gate.threshold)}`);
  }
  const comparesChampion = gate.minAbsoluteChange !== void 0 || gate.minRelativeChange !== void 0;
  const b = metric.champion;
  if (comparesChampion && b === null) {
    const why = evidence.champion === null ? `'${name}' is compared with the champion, but no champion (baseline) metrics were given` : `the champion has no metric '${name}'`;
    return result(gate, metric, "error", why, checks);
  }
  if (comparesChampion && b !== null && Number.isNaN(b)) {
    return result(gate, metric, "error", `the champion's '${name}' is not a number`, checks);
  }
  if (gate.minAbsoluteChange !== void 0 && b !== null) {
    const bound = shift(b, gate.minAbsoluteChange);
    const passed = better(c, bound);
    checks.push({ check: "min-absolute-change", bound, passed });
    if (!passed) {
      failures.push(
        `${name} = ${formatNumber(c)}, needs ${op} ${formatNumber(bound)} (champion ${formatNumber(b)} ${gate.greaterIsBetter ? "+" : "\u2212"} ${formatNumber(gate.minAbsoluteChange)})`
      );
    }
  }
  if (gate.minRelativeChange !== void 0 && b !== null) {
    let check;
    if (b === 0) {
      const bound = shift(b, ZERO_BASELINE_MARGIN);
      check = { check: "min-relative-change", bound, passed: better(c, bound), improvement: null };
    } else {
      const improvement = (gate.greaterIsBetter ? c - b : b - c) / Math.abs(b);
      const bound = shift(b, gate.minRelativeChange * Math.abs(b));
      check = {
        check: "min-relative-change",
        bound,
        passed: improvement >= gate.minRelativeChange,
        improvement
      };
    }
    checks.push(check);
    if (!check.passed) {
      const needed = b === 0 ? "to be better than a champion of 0" : `an improvement of ${formatPercent(gate.minRelativeChange, 2)} over champion ${formatNumber(b)}`;
      const seen = check.improvement == null ? "" : ` (improvement ${formatPercent(check.improvement, 2)})`;
      failures.push(`${name} = ${formatNumber(c)}${seen}, needs ${needed}`);
    }
  }
  if (failures.length > 0) return result(gate, metric, "failed", failures.join("; "), checks);
  const bounds = checks.map((k) => `${op} ${formatNumber(k.bound)}`).join(", ");
  return result(gate, metric, "passed", `${name} = ${formatNumber(c)} ${bounds}`, checks);
}

// src/gates/expression.ts
var SIDE = {
  metrics: "challenger",
  challenger: "challenger",
  baseline: "champion",
  champion: "champion"
};
function compileExpressionGate(spec) {
  const rule = parseRule(spec.rule, GATE_FACTS);
  const not = { kind: "not", operand: rule.ast, start: rule.ast.start, end: rule.ast.end };
  return { spec, rule, negated: { ...rule, ast: not } };
}
function gateSources(evidence) {
  return {
    metrics: evidence.challenger,
    baseline: evidence.champion,
    drift: evidence.drift,
    quality: evidence.quality ?? null
  };
}
function metricsRead(refs, evidence) {
  const rows = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    const side = SIDE[ref.namespace];
    const key = side ? ref.name : `${ref.namespace}.${ref.name}`;
    if (seen.has(key)) continue;
    if (side) {
      seen.add(key);
      rows.push(gateMetric(ref.name, evidence));
    } else if (ref.namespace === "drift") {
      seen.add(key);
      const drift = evidence.drift;
      const known = drift !== null && drift.undecided === void 0;
      const value2 = !known ? null : ref.name === "detected" ? Number(drift.detected) : ref.name === "count" ? drift.count : drift.share;
      rows.push({ name: key, challenger: value2, champion: null, change: null, relativeChange: null });
    }
  }
  return rows;
}
function evaluateExpressionGate(gate, evidence) {
  const { rule } = gate;
  const base = {
    id: rule.spec.id,
    kind: "expression",
    gate: rule.spec.expression,
    metrics: metricsRead(references(rule.ast, rule.facts), evidence)
  };
  const sources = gateSources(evidence);
  const problem = firstProblem(rule, sources);
  if (problem !== void 0) return { ...base, outcome: "error", reason: problem.message };
  const held = evaluateRule(rule, sources);
  if (held.outcome === "error")
    return { ...base, outcome: "error", reason: held.error ?? "could not be evaluated" };
  if (held.outcome === "triggered")
    return { ...base, outcome: "passed", reason: held.reason ?? "the condition holds" };
  const failed = evaluateRule(gate.negated, sources);
  return { ...base, outcome: "failed", reason: failed.reason ?? "the condition does not hold" };
}

// src/gates/evaluate.ts
function compileGates(specs) {
  return specs.map((spec) => spec.kind === "threshold" ? spec : compileExpressionGate(spec));
}
function evaluateGates(gates, evidence) {
  const results = gates.map(
    (gate) => "kind" in gate ? evaluateThresholdGate(gate, evidence) : evaluateExpressionGate(gate, evidence)
  );
  const rejectedBy = results.filter((r) => r.outcome !== "passed").map((r) => r.id);
  return { promote: results.length > 0 && rejectedBy.length === 0, gates: results, rejectedBy };
}

// src/gates/markdown.ts
var OUTCOME_LABEL = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  error: "\u26A0\uFE0F could not evaluate (rejects)"
};
var value = (x) => x === null ? "\u2014" : formatNumber(x);
function signed(x) {
  const text = formatNumber(x);
  return x > 0 ? `+${text}` : text.replace(/^-/, "\u2212");
}
function change(metric) {
  if (metric.change === null) return "\u2014";
  const percent = metric.relativeChange === null ? null : Number((metric.relativeChange * 100).toFixed(2));
  const relative = percent === null ? "" : ` (${signed(percent)}%)`;
  return `${signed(metric.change)}${relative}`;
}
function cells(metrics, cell) {
  return metrics.length === 0 ? "\u2014" : metrics.map(cell).join("<br>");
}
function row(result2) {
  return [
    `${escapeMarkdown(result2.id)}: ${codeSpan(result2.gate)}`,
    cells(result2.metrics, (m) => escapeMarkdown(m.name)),
    cells(result2.metrics, (m) => value(m.challenger)),
    cells(result2.metrics, (m) => value(m.champion)),
    cells(result2.metrics, change),
    OUTCOME_LABEL[result2.outcome]
  ];
}
function renderGateHeadline(verdict) {
  const n = verdict.gates.length;
  if (verdict.promote)
    return `### \u2705 Promote the candidate: ${n === 1 ? "the gate" : `all ${n} gates`} passed`;
  if (n === 0) return "### \u274C Candidate rejected: no gates were given";
  const k = verdict.rejectedBy.length;
  return `### \u274C Candidate rejected: ${k} of ${n} gate${n === 1 ? "" : "s"} did not pass`;
}
function renderGateTable(verdict) {
  if (verdict.gates.length === 0) return "";
  const header = ["Gate", "Metric", "Challenger", "Champion", "Change", "Outcome"];
  const lines = [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...verdict.gates.map((r) => `| ${row(r).join(" | ")} |`)
  ];
  return `${lines.join("\n")}
`;
}
function renderGateReasons(verdict) {
  const rejected = verdict.gates.filter((g) => g.outcome !== "passed");
  return rejected.map((g) => `- ${escapeMarkdown(g.id)}: ${escapeMarkdown(g.reason)}
`).join("");
}
function renderGateMarkdown(verdict) {
  const reasons = renderGateReasons(verdict);
  const parts = [renderGateHeadline(verdict), renderGateTable(verdict), reasons];
  return `${parts.map((p) => p.trimEnd()).filter((p) => p !== "").join("\n\n")}
`;
}

// src/github/gate-effects.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/github/gate-comment.ts
import { randomUUID } from "node:crypto";
function gateMarker(monitorKey, candidate) {
  return `<!-- retrain-trigger:gate=${encodeURIComponent(monitorKey)}:${encodeURIComponent(candidate)} -->`;
}
var DEPLOY_STATE = /^<!-- retrain-trigger:deploy=(claimed|dispatched|failed|skipped|none) -->$/m;
function readDeployState(body) {
  return DEPLOY_STATE.exec(body)?.[1];
}
function gateComment(verdict, marker, runUrl, deploy) {
  const run = safeLink("retraining run", runUrl);
  const lead = verdict.promote ? `The candidate of this ${run ?? "retraining run"} passed its gates.` : `The candidate of this ${run ?? "retraining run"} was **not** promoted.`;
  return [
    marker,
    renderGateMarkdown(verdict).trimEnd(),
    lead,
    deploy.line,
    // The monitor reads `candidate` to count a rejected candidate as a failed retraining attempt.
    `<!-- retrain-trigger:candidate=${verdict.promote ? "promoted" : "rejected"} -->
<!-- retrain-trigger:deploy=${deploy.state} -->
${nonceMarker(randomUUID())}`
  ].filter((part) => part !== "").join("\n\n");
}
function deployLine(result2, promote) {
  const workflow = escapeMarkdown(promote.workflow ?? "");
  if (result2.dispatched) {
    const run = safeLink(result2.runId !== void 0 ? `run ${result2.runId}` : "its run", result2.runUrl);
    return { state: "dispatched", line: `\u{1F680} Deployment dispatched: ${workflow}${run ? `, ${run}` : ""}.` };
  }
  const last = result2.records[result2.records.length - 1];
  const detail = escapeMarkdown(last?.detail ?? "not dispatched");
  if (result2.failures.length > 0) {
    const lost = /may or may not have started/.test(last?.detail ?? "");
    return {
      state: lost ? "claimed" : "failed",
      line: `\u26A0\uFE0F Deployment of ${workflow} ${lost ? "uncertain" : "failed"}: ${detail}`
    };
  }
  return { state: "skipped", line: `Deployment of ${workflow} not dispatched: ${detail}` };
}

// src/github/gate-effects.ts
function candidateOf(repo) {
  return repo.runId ?? repo.sha ?? "local";
}
async function findGateComment(client, where, issue, marker) {
  for (const c of await listComments(client, where, issue)) {
    if (typeof c.body === "string" && c.body.startsWith(`${marker}
`)) {
      return { id: c.id, body: c.body, ...typeof c.html_url === "string" ? { html_url: c.html_url } : {} };
    }
  }
  return void 0;
}
async function applyGateEffects(input, log) {
  const outcome = { dispatched: false, records: [], failures: [] };
  const { config, repo, verdict } = input;
  const gate = config.gate;
  if (!gate || gate.issueNumber === null && !gate.promote) return outcome;
  const redact = redactor(config.secrets);
  const safeLog = (line) => log(escapeLog(redact(line)));
  const fail = (kind, message) => {
    outcome.failures.push(message);
    outcome.records.push({ kind, outcome: "failed", detail: message });
  };
  if (!config.githubToken || !repo.owner || !repo.repo) {
    fail(
      gate.promote ? "dispatch" : "alert-issue",
      !config.githubToken ? "github-token is empty; reporting to the alert issue and the deployment dispatch need a token." : "The repository is unknown (GITHUB_REPOSITORY not set)."
    );
    return outcome;
  }
  const where = { owner: repo.owner, repo: repo.repo };
  const now = input.now ?? /* @__PURE__ */ new Date();
  try {
    const client = createClient(config.githubToken, repo, { log: safeLog, ...input.client });
    const issue = gate.issueNumber;
    const marker = gateMarker(config.monitorKey, candidateOf(repo));
    let existing;
    if (issue !== null) {
      try {
        existing = await findGateComment(client, where, issue, marker);
      } catch (error) {
        fail(
          "alert-issue",
          explainFailure(error, `Reading the comments of alert #${issue}`, "issues: write")
        );
        return outcome;
      }
      if (existing) outcome.issueNumber = issue;
    }
    const before = existing ? readDeployState(existing.body) : void 0;
    const write = (deploy) => issue === null ? Promise.resolve() : writeComment(
      client,
      where,
      issue,
      existing,
      redact(gateComment(verdict, marker, repo.runUrl, deploy)),
      outcome,
      config.dryRun,
      safeLog
    ).then((written) => {
      existing = written ?? existing;
    });
    if (!verdict.promote || !gate.promote) {
      const line = verdict.promote ? "" : `Rejected by: ${verdict.rejectedBy.map(escapeMarkdown).join(", ")}.`;
      if (gate.promote) {
        outcome.records.push({
          kind: "dispatch",
          outcome: "skipped",
          detail: "Candidate rejected: no deployment."
        });
      }
      const kept = before === "claimed" || before === "dispatched" ? before : "none";
      const note = kept === "none" ? "" : ` An earlier attempt of this run already ${kept} the deployment; it stays recorded.`;
      await write({ state: kept, line: `${line}${note}`.trim() });
    } else if (before === "claimed" || before === "dispatched") {
      outcome.records.push({
        kind: "dispatch",
        outcome: "unchanged",
        detail: before === "dispatched" ? `This candidate's deployment was already dispatched (recorded on #${issue}); not dispatched again.` : `This candidate's deployment was claimed earlier but its answer was lost: it may have started \u2014 check the runs of ${gate.promote.workflow}. Not dispatched again.`,
        ...existing?.html_url ? { url: existing.html_url } : {}
      });
    } else {
      if (issue !== null && !config.dryRun) {
        await write({
          state: "claimed",
          line: `\u{1F680} Deployment: dispatching ${escapeMarkdown(gate.promote.workflow ?? "")}\u2026`
        });
        if (outcome.failures.length > 0) return outcome;
      }
      const result2 = await dispatchRun({
        client,
        repo,
        dispatch: gate.promote,
        monitorKey: config.monitorKey,
        inputs: promoteInputs(gate.promote, config, repo, verdict),
        payload: {},
        notDue: null,
        dryRun: config.dryRun,
        now,
        log: safeLog
      });
      Object.assign(outcome, {
        dispatched: result2.dispatched,
        ...result2.runId !== void 0 ? { runId: result2.runId } : {},
        ...result2.runUrl !== void 0 ? { runUrl: result2.runUrl } : {}
      });
      outcome.records.push(...result2.records);
      outcome.failures.push(...result2.failures);
      if (issue !== null && !config.dryRun) await write(deployLine(result2, gate.promote));
    }
  } catch (error) {
    outcome.failures.push(`Acting on GitHub stopped unexpectedly: ${messageOf(error)}`);
  }
  for (const record of outcome.records) safeLog(`${record.kind}: ${record.outcome} \u2014 ${record.detail}`);
  return outcome;
}
function promoteInputs(promote, config, repo, verdict) {
  return expandTemplates(
    promote.inputs,
    /* @__PURE__ */ new Map([
      ["monitor", config.monitorKey],
      ["run_url", repo.runUrl ?? ""],
      ["run_id", repo.runId ?? ""],
      ["issue_number", config.gate?.issueNumber != null ? String(config.gate.issueNumber) : ""],
      [
        "passed_gates",
        verdict.gates.filter((g) => g.outcome === "passed").map((g) => g.id).join(",")
      ]
    ])
  );
}
async function writeComment(client, where, issue, existing, body, outcome, dryRun, log) {
  if (dryRun) {
    outcome.records.push({
      kind: "alert-issue",
      outcome: existing ? "would-update" : "would-comment",
      detail: `would ${existing ? "update the gate comment on" : "comment the gate outcome on"} #${issue}`
    });
    return void 0;
  }
  try {
    if (existing) {
      const { data } = await client.octokit.request(
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        {
          ...where,
          comment_id: existing.id,
          body,
          request: { answer: aComment }
        }
      );
      outcome.issueNumber = issue;
      outcome.records.push({
        kind: "alert-issue",
        outcome: "updated",
        detail: `Updated the gate comment on #${issue}.`
      });
      return {
        id: existing.id,
        body,
        ...typeof data.html_url === "string" ? { html_url: data.html_url } : {}
      };
    }
    const nonce = /<!-- retrain-trigger:nonce=([^ ]+) -->/.exec(body)?.[1] ?? randomUUID2();
    await postComment(client, where, issue, body, nonce, log);
    const found = await findGateComment(client, where, issue, body.split("\n")[0] ?? "");
    outcome.issueNumber = issue;
    outcome.records.push({
      kind: "alert-issue",
      outcome: "commented",
      detail: `Commented the gate outcome on #${issue}.`
    });
    return found;
  } catch (error) {
    const message = explainFailure(error, `Commenting the gate outcome on alert #${issue}`, "issues: write");
    outcome.failures.push(message);
    outcome.records.push({ kind: "alert-issue", outcome: "failed", detail: message });
    return void 0;
  }
}

// src/gate-pipeline.ts
var GATE_REPORT_KIND = "gate";
function buildGateReport(config, verdict, evidence, effects) {
  const drift = evidence.drift;
  return {
    schemaVersion: 1,
    kind: GATE_REPORT_KIND,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    monitor: config.monitorKey,
    promote: verdict.promote,
    rejectedBy: verdict.rejectedBy,
    gates: verdict.gates,
    challenger: Object.fromEntries(evidence.current.values),
    champion: evidence.baseline ? Object.fromEntries(evidence.baseline.values) : null,
    drift: drift ? { share: drift.share, count: drift.count, detected: drift.detected } : null,
    actions: effects.records,
    failures: effects.failures
  };
}
function describeOffline(config, verdict) {
  const records = [];
  const gate = config.gate;
  const offline = "not connected to a GitHub repository";
  if (gate?.issueNumber != null) {
    records.push({
      kind: "alert-issue",
      outcome: "planned",
      detail: `would comment the outcome on #${gate.issueNumber} (${offline})`
    });
  }
  if (gate?.promote) {
    records.push({
      kind: "dispatch",
      outcome: "planned",
      detail: verdict.promote ? `would dispatch ${gate.promote.workflow} once for this candidate (${offline})` : "no deployment: the candidate was rejected"
    });
  }
  return { dispatched: false, records, failures: [] };
}
function renderGateSummary(verdict, effects) {
  const actions = effects.records.map(
    (r) => `- ${escapeMarkdown(r.kind)}: ${escapeMarkdown(r.outcome)} \u2014 ${escapeMarkdown(r.detail)}`
  );
  const failures = effects.failures.map((f) => `- \u26A0\uFE0F ${escapeMarkdown(f)}`);
  return [
    renderGateMarkdown(verdict).trimEnd(),
    actions.length ? `#### Actions

${actions.join("\n")}` : "",
    failures.length ? `#### Problems

${failures.join("\n")}` : ""
  ].filter((p) => p !== "").join("\n\n").concat("\n");
}
function renderGateTerminal(verdict) {
  const mark = { passed: "\u2705", failed: "\u274C", error: "\u26A0\uFE0F" };
  const head = verdict.promote ? "Promote: every gate passed." : `Rejected by: ${verdict.rejectedBy.join(", ") || "no gates"}.`;
  return [head, ...verdict.gates.map((g) => `${mark[g.outcome]} ${g.id} ${g.outcome}: ${g.reason}`)].join(
    "\n"
  );
}
async function keepChampion(config, repo, evidence, verdict, effects) {
  const store = config.history.store;
  if (!verdict.promote || store === null || effects.failures.length > 0) return effects;
  if (repo === null && store.kind === "branch") return effects;
  const offline = { owner: "", repo: "", serverUrl: "", apiUrl: "" };
  try {
    const record = await recordChampion(
      config,
      repo ?? offline,
      evidence.current.values,
      verdict,
      /* @__PURE__ */ new Date()
    );
    return { ...effects, records: [...effects.records, record] };
  } catch (error) {
    const message = `Recording the champion of '${config.monitorKey}' failed: ${messageOf(error)}`;
    return {
      ...effects,
      records: [...effects.records, { kind: "history", outcome: "failed", detail: message }],
      failures: [...effects.failures, message]
    };
  }
}
async function runGatePipeline(config, options) {
  const gates = compileGates(config.gate?.gates ?? []);
  const evidence = await gatherEvidence(config);
  if (config.championBaseline) evidence.baseline = await readChampion(config, options.repo);
  const facts = factsOf(evidence);
  const verdict = evaluateGates(gates, {
    challenger: facts.metrics,
    champion: facts.baseline,
    drift: facts.drift,
    quality: facts.quality ?? null
  });
  const redact = redactor(config.secrets);
  const log = options.log ? (line) => options.log?.(redact(line)) : () => {
  };
  let effects = { dispatched: false, records: [], failures: [] };
  await writeReport(
    config.reportPath,
    redactDeep(buildGateReport(config, verdict, evidence, effects), redact)
  );
  if (options.repo) {
    const acted = await applyGateEffects({ verdict, config, repo: options.repo }, log);
    effects = {
      ...acted,
      records: acted.records.map((r) => ({ ...r, outcome: redact(r.outcome), detail: redact(r.detail) })),
      failures: acted.failures.map(redact)
    };
  } else {
    effects = describeOffline(config, verdict);
  }
  effects = await keepChampion(config, options.repo, evidence, verdict, effects);
  const report = redactDeep(buildGateReport(config, verdict, evidence, effects), redact);
  await writeReport(config.reportPath, report);
  return { verdict, evidence, effects, report, summary: redact(renderGateSummary(verdict, effects)) };
}
export {
  GATE_REPORT_KIND,
  renderGateSummary,
  renderGateTerminal,
  runGatePipeline
};
