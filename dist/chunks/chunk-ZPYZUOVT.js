import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  EMPTY_HISTORY,
  HISTORY_RECORD_VERSION,
  buildReport,
  decideVerdict,
  driftShares,
  formatNumber,
  formatPercent,
  gatherEvidence,
  lastRetraining,
  metricSeries,
  modelAge,
  openStore,
  parseRule,
  readChampion,
  recordOf,
  references,
  remember,
  sinceRetraining,
  timeline,
  writeReport
} from "./chunk-SCA5JJMJ.js";
import {
  codeSpan,
  driftedFeatures,
  escapeMarkdown,
  expandInputs,
  explainFailure,
  redactDeep,
  redactor,
  statusOf,
  truncate
} from "./chunk-MNYJVA2X.js";
import {
  linearRegression,
  mean,
  median
} from "./chunk-XIZ7O7JT.js";
import {
  listNames,
  suggestion
} from "./chunk-56PMEDHV.js";
import {
  InputError,
  messageOf
} from "./chunk-FI7I53I2.js";

// src/command/env.ts
var COMMAND_ENV = {
  status: "RETRAIN_TRIGGER_STATUS",
  reasons: "RETRAIN_TRIGGER_REASONS",
  failedRules: "RETRAIN_TRIGGER_FAILED_RULES",
  driftedFeatures: "RETRAIN_TRIGGER_DRIFTED_FEATURES",
  report: "RETRAIN_TRIGGER_REPORT",
  monitor: "RETRAIN_TRIGGER_MONITOR"
};
function verdictEnv(verdict) {
  return {
    [COMMAND_ENV.status]: verdict.status,
    [COMMAND_ENV.reasons]: JSON.stringify(verdict.reasons),
    [COMMAND_ENV.failedRules]: JSON.stringify(verdict.failedRules),
    [COMMAND_ENV.driftedFeatures]: JSON.stringify(verdict.driftedFeatures),
    [COMMAND_ENV.report]: verdict.reportPath,
    [COMMAND_ENV.monitor]: verdict.monitor
  };
}
function commandEnv(base, verdict) {
  const env = /* @__PURE__ */ Object.create(null);
  for (const [name, value] of Object.entries(base)) {
    if (value === void 0 || /^INPUT_/i.test(name)) continue;
    env[name] = value;
  }
  return Object.assign(env, verdictEnv(verdict));
}

// src/command/plan.ts
function claims(entries, monitor) {
  const byClaim = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.monitor !== monitor) continue;
    const key = `${entry.runId ?? ""}\0${entry.at}`;
    const seen = byClaim.get(key);
    if (!seen || seen.state === "claimed") byClaim.set(key, entry);
  }
  return [...byClaim.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function planCommand(entries, input) {
  if (input.status === "unknown") {
    return { run: false, reason: "the verdict could not be decided; nothing is started on a guess" };
  }
  if (input.status !== "due") return { run: false, reason: "retraining is not due" };
  const history = claims(entries, input.monitor);
  if (input.runId !== void 0) {
    const same = history.find((c) => c.runId === input.runId);
    if (same) {
      return {
        run: false,
        reason: `already started by an earlier attempt of this workflow run (${same.at}, ${describe(same)})`
      };
    }
  }
  let failures = 0;
  for (let i = history.length - 1; i >= 0 && history[i]?.state === "failed"; i--) failures++;
  if (failures >= input.maxFailures) {
    return {
      run: false,
      reason: `the command failed ${failures} times in a row; it is not started again until it succeeds by hand or the alert recovers \u2014 a person is needed`,
      gaveUp: true
    };
  }
  const last = history[history.length - 1];
  if (last && last.state !== "failed") {
    const age = input.now.getTime() - Date.parse(last.at);
    if (age < input.cooldownMs) {
      return {
        run: false,
        reason: `started ${formatAge(age)} ago (${last.at}, ${describe(last)}), within the cooldown`
      };
    }
  }
  return {
    run: true,
    reason: failures > 0 ? `retraining is due; the last ${failures} attempt(s) failed` : "retraining is due"
  };
}
function describe(entry) {
  if (entry.state === "claimed") return "no outcome recorded";
  if (entry.state === "succeeded") return "succeeded";
  return `failed${entry.exitCode !== void 0 ? ` with exit code ${entry.exitCode}` : ""}`;
}
function formatAge(ms) {
  const minutes = Math.max(0, Math.round(ms / 6e4));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}

// src/command/run.ts
import { randomBytes } from "node:crypto";
import { promises as fs2 } from "node:fs";
import * as path2 from "node:path";

// src/notify/text.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
function plainLine(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function slackText(text) {
  return plainLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[*_~`]/g, (ch) => SLACK_LOOKALIKE[ch]);
}
var SLACK_LOOKALIKE = {
  "*": "\u2217",
  // ∗ asterisk operator
  _: "\uFF3F",
  // ＿ fullwidth low line
  "~": "\u223C",
  // ∼ tilde operator
  "`": "\u02CB"
  // ˋ modifier letter grave accent
};
function clip(text, max) {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return `${text.slice(0, cut)}\u2026`;
}
function forms(secret) {
  const out = /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  if (URL.canParse(secret)) {
    const url = new URL(secret);
    const tail = `${url.pathname}${url.search}`;
    if (tail.length >= 8) out.add(tail);
  }
  return [...out].filter((s) => s.length > 0);
}
function maskSecrets(text, secrets) {
  const all = secrets.filter((s) => s.length >= 4).flatMap(forms).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of all) out = out.split(secret).join("***");
  return out;
}

// src/command/watchdog.ts
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
var SOURCE = String.raw`'use strict';
const { spawn } = require('node:child_process');
const os = require('node:os');
const [nonce, ms, program, ...args] = process.argv.slice(2);
const group = process.platform !== 'win32';
const child = spawn(program, args, { stdio: 'inherit', detached: group });
let timedOut = false;
const stop = (signal) => {
  try {
    if (group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {}
};
const timer = setTimeout(() => {
  timedOut = true;
  process.stderr.write(nonce + ' timeout\n');
  stop('SIGTERM');
  setTimeout(() => stop('SIGKILL'), 10000).unref();
}, Number(ms));
child.on('error', (error) => {
  clearTimeout(timer);
  process.stderr.write(nonce + ' cannot-start ' + (error.code || 'error') + '\n');
  process.exit(127);
});
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(timedOut ? 124 : code !== null ? code : 128 + (os.constants.signals[signal] || 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
`;
async function writeWatchdog(tempDir = process.env.RUNNER_TEMP || os.tmpdir()) {
  const dir = await fs.mkdtemp(path.join(tempDir, "retrain-trigger-"));
  const file = path.join(dir, "watchdog.cjs");
  await fs.writeFile(file, SOURCE, { mode: 384 });
  return file;
}

// src/command/run.ts
var TAIL_LINES = 40;
var TAIL_LINE_MAX = 500;
async function runCommand(options) {
  const [program, ...args] = options.argv;
  if (!program) throw new Error("command: the argv is empty");
  const nonce = randomBytes(12).toString("hex");
  const watchdog = await writeWatchdog();
  const tail = [];
  let timedOut = false;
  let cannotStart;
  const keep = (raw) => {
    if (raw.startsWith(`${nonce} `)) {
      const what = raw.slice(nonce.length + 1);
      if (what === "timeout") timedOut = true;
      else if (what.startsWith("cannot-start")) cannotStart = what.slice("cannot-start ".length);
      return;
    }
    const line = maskSecrets(raw, options.secrets);
    options.log?.(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}\u2026` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const started = Date.now();
  let exitCode;
  try {
    const { exec } = await import("./exec-NDCMRK5I.js");
    exitCode = await exec(process.execPath, [watchdog, nonce, String(options.timeoutMs), program, ...args], {
      env: options.env,
      ...options.cwd ? { cwd: options.cwd } : {},
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdline: keep, errline: keep }
    });
  } finally {
    await fs2.rm(path2.dirname(watchdog), { recursive: true, force: true });
  }
  if (cannotStart) {
    tail.push(
      cannotStart === "ENOENT" ? `cannot start '${maskSecrets(program, options.secrets)}': not found on PATH` : `cannot start '${maskSecrets(program, options.secrets)}' (${cannotStart})`
    );
  }
  return { exitCode, timedOut, tail: tail.join("\n"), durationMs: Date.now() - started };
}

// src/notify/pagerduty.ts
import { createHash as createHash2 } from "node:crypto";

// src/notify/message.ts
import { createHash } from "node:crypto";
var TITLES = {
  opened: "Retraining is due",
  changed: "Retraining is still due, for other reasons",
  escalated: "Retraining needs a person",
  recovered: "Recovered: the model is back within its rules",
  repeat: "Retraining is still due"
};
function titleOf(message) {
  return `${TITLES[message.event]}: ${message.monitor}`;
}
var EVENT_EMOJI = {
  opened: "\u{1F534}",
  changed: "\u{1F7E0}",
  escalated: "\u{1F6A8}",
  recovered: "\u{1F7E2}",
  repeat: "\u{1F534}"
};
function deliveryKey(monitor, target, seq, event) {
  return createHash("sha256").update(JSON.stringify([monitor, target, seq, event])).digest("hex").slice(0, 32);
}
function linksOf(message) {
  const links = [];
  if (message.issueUrl) links.push({ label: "Alert issue", url: message.issueUrl });
  if (message.retrainingUrl) links.push({ label: "Retraining run", url: message.retrainingUrl });
  if (message.runUrl) links.push({ label: "Monitor run", url: message.runUrl });
  return links;
}

// src/notify/pagerduty.ts
var SUMMARY_MAX = 1024;
var DEDUP_MAX = 255;
function pagerdutyDedupKey(monitor) {
  if (monitor.length <= DEDUP_MAX) return monitor;
  return `retrain-trigger:${createHash2("sha256").update(monitor).digest("hex")}`;
}
function buildPagerDutyEvent(message, routingKey, source) {
  const dedupKey = pagerdutyDedupKey(message.monitor);
  if (message.event === "recovered") {
    return { routing_key: routingKey, event_action: "resolve", dedup_key: dedupKey };
  }
  const reasons = message.reasons.map(plainLine);
  const summary = clip(plainLine(`${titleOf(message)} \u2014 ${reasons.join("; ")}`), SUMMARY_MAX);
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: dedupKey,
    payload: {
      summary,
      source: clip(plainLine(source), 255),
      severity: message.event === "escalated" ? "critical" : "error",
      timestamp: message.time,
      component: clip(plainLine(message.monitor), 255),
      group: "retrain-trigger",
      class: "model-retraining",
      custom_details: {
        event: message.event,
        status: message.status,
        reasons,
        failed_rules: message.failedRules,
        drifted_features: message.driftedFeatures
      }
    },
    client: "retrain-trigger",
    ...message.runUrl ? { client_url: message.runUrl } : {},
    links: linksOf(message).map((link) => ({ href: link.url, text: link.label }))
  };
}

// src/notify/send.ts
var TARGET_NAMES = {
  slack: "Slack webhook",
  teams: "Teams workflow webhook",
  pagerduty: "PagerDuty Events API",
  webhook: "webhook"
};
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "[::1]", "localhost"]);
function checkTargetUrl(url, name) {
  if (!URL.canParse(url)) return `${name}: the URL does not parse (expected https://\u2026)`;
  const parsed = new URL(url);
  const loopback = LOOPBACK.has(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    return `${name}: the URL must use https (plain http is allowed only for 127.0.0.1, ::1 or localhost), got ${parsed.protocol}//\u2026`;
  }
  return void 0;
}
async function exchange(delivery, timeoutMs) {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "retrain-trigger", ...delivery.headers },
      body: delivery.body,
      redirect: "manual",
      signal
    });
    const text = await response.text();
    return { status: response.status, text };
  } catch (error) {
    const cause = error.cause?.code;
    const neverSent = cause === "ECONNREFUSED" || cause === "ENOTFOUND" || cause === "EAI_AGAIN";
    const what = signal.aborted ? `no complete answer within ${timeoutMs} ms` : cause ?? "network error";
    return { error: what, neverSent };
  }
}
function accepted(target, status, text) {
  switch (target) {
    case "slack":
      if (status !== 200) return false;
      return text.trim() === "ok" ? true : "an answer other than `ok`";
    case "teams":
      return status === 202 || status === 200 || (status >= 200 && status < 300 ? "an unexpected 2xx answer" : false);
    case "pagerduty": {
      if (status < 200 || status >= 300) return false;
      if (status !== 202) return "an answer other than 202";
      try {
        const parsed = JSON.parse(text);
        return parsed.status === "success" ? true : 'an answer without status "success"';
      } catch {
        return "an answer that is not JSON";
      }
    }
    case "webhook":
      return status >= 200 && status < 300;
  }
}
async function send(delivery, options) {
  const name = TARGET_NAMES[delivery.target];
  const mask = (text) => maskSecrets(text, options.secrets);
  const problem = checkTargetUrl(delivery.url, name);
  if (problem) return { state: "failed", detail: mask(problem), attempts: 0 };
  const attempts = Math.max(1, options.attempts ?? 3);
  let last = { state: "unknown", detail: `${name}: not sent`, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 2));
    const answer = await exchange(delivery, options.timeoutMs ?? 1e4);
    let retry;
    if ("error" in answer) {
      last = {
        state: answer.neverSent ? "failed" : "unknown",
        detail: mask(`${name}: ${answer.error}`),
        attempts: attempt
      };
      retry = answer.neverSent || delivery.idempotent;
    } else {
      const ok = accepted(delivery.target, answer.status, answer.text);
      if (ok === true)
        return { state: "sent", detail: `${name}: accepted (${answer.status})`, attempts: attempt };
      const quoted2 = clip(plainLine(mask(answer.text.trim())), 300);
      const why = typeof ok === "string" ? `${ok} (${answer.status})` : `HTTP ${answer.status}`;
      const mayHaveActed = typeof ok === "string" || answer.status >= 500;
      last = {
        state: mayHaveActed ? "unknown" : "failed",
        detail: mask(`${name}: ${why}${quoted2 ? `: ${quoted2}` : ""}`),
        attempts: attempt
      };
      retry = answer.status === 429 || mayHaveActed && delivery.idempotent;
    }
    if (!retry) break;
  }
  return last;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/notify/slack.ts
var HEADER_MAX = 150;
var SECTION_MAX = 3e3;
var CONTEXT_MAX = 3e3;
var BUTTON_TEXT_MAX = 75;
var MAX_REASONS = 20;
function buildSlackPayload(message) {
  const title = `${EVENT_EMOJI[message.event]} ${titleOf(message)}`;
  const reasons = message.reasons.slice(0, MAX_REASONS).map((r) => `\u2022 ${slackText(r)}`);
  if (message.reasons.length > MAX_REASONS)
    reasons.push(`\u2026 and ${message.reasons.length - MAX_REASONS} more`);
  const body = message.event === "recovered" ? "Every rule holds again; the alert is closed." : reasons.join("\n") || "No reasons were given.";
  const facts = [
    `*Status:* ${message.status}`,
    message.failedRules.length ? `*Failed rules:* ${message.failedRules.map(slackText).join(", ")}` : "",
    message.driftedFeatures.length ? `*Drifted features:* ${message.driftedFeatures.map(slackText).join(", ")}` : ""
  ].filter((f) => f !== "");
  const blocks = [
    { type: "header", text: { type: "plain_text", text: clip(plainLine(title), HEADER_MAX), emoji: true } },
    { type: "section", text: { type: "mrkdwn", text: clip(body, SECTION_MAX), verbatim: true } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: clip(facts.join("  \xB7  "), CONTEXT_MAX), verbatim: true }]
    }
  ];
  const links = linksOf(message);
  if (links.length > 0) {
    blocks.push({
      type: "actions",
      elements: links.map((link) => ({
        type: "button",
        text: { type: "plain_text", text: clip(link.label, BUTTON_TEXT_MAX) },
        url: link.url
      }))
    });
  }
  return { text: clip(slackText(title), SECTION_MAX), blocks };
}

// src/notify/teams.ts
var MAX_REASONS2 = 20;
var TEXT_MAX = 2e3;
var run = (text, extra = {}) => ({
  type: "TextRun",
  text: clip(plainLine(text), TEXT_MAX),
  ...extra
});
function buildTeamsCard(message) {
  const title = `${EVENT_EMOJI[message.event]} ${titleOf(message)}`;
  const body = [
    {
      type: "RichTextBlock",
      inlines: [run(title, { weight: "Bolder", size: "Large" })]
    }
  ];
  const reasons = message.event === "recovered" ? ["Every rule holds again; the alert is closed."] : message.reasons.slice(0, MAX_REASONS2);
  if (message.reasons.length > MAX_REASONS2 && message.event !== "recovered") {
    reasons.push(`\u2026 and ${message.reasons.length - MAX_REASONS2} more`);
  }
  for (const reason of reasons) body.push({ type: "RichTextBlock", inlines: [run(`\u2022 ${reason}`)] });
  const facts = [
    { title: "Status", value: message.status },
    ...message.failedRules.length ? [{ title: "Failed rules", value: message.failedRules.join(", ") }] : [],
    ...message.driftedFeatures.length ? [{ title: "Drifted features", value: message.driftedFeatures.join(", ") }] : []
  ];
  for (const fact of facts) {
    body.push({
      type: "RichTextBlock",
      inlines: [run(`${fact.title}: `, { weight: "Bolder" }), run(fact.value)]
    });
  }
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body
  };
  const links = linksOf(message);
  if (links.length > 0) {
    card.actions = links.map((link) => ({ type: "Action.OpenUrl", title: link.label, url: link.url }));
  }
  return card;
}
function buildTeamsPayload(message) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: buildTeamsCard(message)
      }
    ]
  };
}

// src/notify/types.ts
var PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";
function enabledTargets(config) {
  const targets = [];
  if (config.slackWebhookUrl) targets.push("slack");
  if (config.teamsWebhookUrl) targets.push("teams");
  if (config.pagerdutyRoutingKey) targets.push("pagerduty");
  if (config.webhookUrl) targets.push("webhook");
  return targets;
}
function notifySecrets(config) {
  return [
    config.slackWebhookUrl,
    config.teamsWebhookUrl,
    config.pagerdutyRoutingKey,
    config.webhookUrl,
    config.webhookSecret
  ].filter((s) => !!s);
}

// src/notify/webhook.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var WEBHOOK_BODY_VERSION = 1;
var SIGNATURE_HEADER = "X-Retrain-Trigger-Signature-256";
function buildWebhookBody(message, report) {
  return JSON.stringify({
    version: WEBHOOK_BODY_VERSION,
    event: message.event,
    monitor: message.monitor,
    status: message.status,
    time: message.time,
    delivery: message.deliveryKey,
    reasons: message.reasons,
    failedRules: message.failedRules,
    driftedFeatures: message.driftedFeatures,
    links: {
      ...message.issueUrl ? { issue: message.issueUrl } : {},
      ...message.runUrl ? { run: message.runUrl } : {},
      ...message.retrainingUrl ? { retraining: message.retrainingUrl } : {}
    },
    report
  });
}
function signBody(body, secret) {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}
function webhookHeaders(message, body, secret) {
  return {
    "Idempotency-Key": message.deliveryKey,
    "X-Retrain-Trigger-Delivery": message.deliveryKey,
    "X-Retrain-Trigger-Event": message.event,
    ...secret ? { [SIGNATURE_HEADER]: signBody(body, secret) } : {}
  };
}

// src/notify/deliver.ts
function renderDelivery(d, config, context) {
  switch (d.target) {
    case "slack":
      return {
        target: "slack",
        url: config.slackWebhookUrl ?? "",
        body: JSON.stringify(buildSlackPayload(d.message)),
        headers: {},
        idempotent: false
      };
    case "teams":
      return {
        target: "teams",
        url: config.teamsWebhookUrl ?? "",
        body: JSON.stringify(buildTeamsPayload(d.message)),
        headers: {},
        idempotent: false
      };
    case "pagerduty":
      return {
        target: "pagerduty",
        url: config.pagerdutyUrl,
        body: JSON.stringify(
          buildPagerDutyEvent(d.message, config.pagerdutyRoutingKey ?? "", context.source)
        ),
        headers: {},
        idempotent: true
      };
    case "webhook": {
      const body = buildWebhookBody(d.message, context.report);
      return {
        target: "webhook",
        url: config.webhookUrl ?? "",
        body,
        headers: webhookHeaders(d.message, body, config.webhookSecret),
        idempotent: true
      };
    }
  }
}
async function applyNotifications(plan, config, ledger, context, options = {}) {
  const secrets = [...notifySecrets(config), ...options.secrets ?? []];
  const records = [];
  const failures = [];
  for (const d of plan.deliveries) {
    const entry = {
      monitor: d.message.monitor,
      target: d.target,
      event: d.event,
      fingerprint: d.fingerprint,
      escalated: d.escalated,
      seq: d.seq,
      deliveryKey: d.message.deliveryKey,
      at: d.message.time,
      state: "claimed"
    };
    try {
      if (!d.resend) await ledger.record(entry);
    } catch (error) {
      const why = maskSecrets(error instanceof Error ? error.message : String(error), secrets);
      failures.push(
        `${TARGET_NAMES[d.target]}: not sent, the delivery could not be recorded in ${ledger.where}: ${why}`
      );
      records.push({ target: d.target, event: d.event, outcome: "failed", detail: why });
      continue;
    }
    const result = await send(renderDelivery(d, config, context), { ...options, secrets });
    records.push({ target: d.target, event: d.event, outcome: result.state, detail: result.detail });
    if (result.state === "unknown") continue;
    if (result.state === "failed")
      failures.push(`'${d.event}' notification not delivered \u2014 ${result.detail}`);
    try {
      await ledger.record({ ...entry, state: result.state });
    } catch (error) {
      const why = maskSecrets(error instanceof Error ? error.message : String(error), secrets);
      records.push({
        target: d.target,
        event: d.event,
        outcome: result.state,
        detail: `outcome not recorded: ${why}`
      });
    }
  }
  return { records, failures };
}

// src/notify/lifecycle.ts
function isIdempotent(target) {
  return target === "pagerduty" || target === "webhook";
}
function lastDelivery(entries, monitor, target) {
  let last;
  for (const entry of entries) {
    if (entry.monitor !== monitor || entry.target !== target) continue;
    if (!last || entry.seq >= last.seq) last = entry;
  }
  return last;
}
function lastEffective(entries, monitor, target) {
  const bySeq = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.monitor !== monitor || e.target !== target) continue;
    const seen = bySeq.get(e.seq);
    if (!seen || rank(e.state) >= rank(seen.state)) bySeq.set(e.seq, e);
  }
  let best;
  for (const e of bySeq.values()) {
    if (e.state === "failed") continue;
    if (!best || e.seq > best.seq) best = e;
  }
  return best;
}
var rank = (state) => state === "sent" ? 2 : state === "failed" ? 1 : 0;
function decideEvent(last, current, now, repeatMs) {
  const open = last !== void 0 && last.event !== "recovered";
  if (current.status === "unknown") return null;
  if (current.status === "healthy") return open ? "recovered" : null;
  if (!open) return "opened";
  if (current.escalated && !last.escalated) return "escalated";
  if (current.fingerprint !== last.fingerprint) return "changed";
  if (repeatMs > 0 && now.getTime() - Date.parse(last.at) >= repeatMs) return "repeat";
  return null;
}
function planDeliveries(entries, monitor, targets, current, now, repeatMs) {
  const planned = [];
  const notes = [];
  for (const target of targets) {
    const latest = lastDelivery(entries, monitor, target);
    const pending = latest && latest.state === "claimed" ? latest : void 0;
    const effective = lastEffective(entries, monitor, target);
    const event = decideEvent(effective, current, now, repeatMs);
    const nextSeq = (latest?.seq ?? 0) + 1;
    if (pending) {
      if (isIdempotent(target)) {
        if (event === pending.event || event === null) {
          planned.push({ target, event: pending.event, seq: pending.seq, resend: true });
          continue;
        }
      } else {
        notes.push(
          `${target}: the answer to the '${pending.event}' message of ${pending.at} was lost; it is counted as delivered, not sent again (${target} has no idempotency key)`
        );
      }
      const next = decideEvent(pending, current, now, repeatMs);
      if (next) planned.push({ target, event: next, seq: nextSeq });
      continue;
    }
    if (event) planned.push({ target, event, seq: nextSeq });
  }
  return { planned, notes };
}

// src/notify/plan.ts
function fingerprintOf(failedRules, driftedFeatures2) {
  return JSON.stringify([[...failedRules].sort(), [...driftedFeatures2].sort()]);
}
function planNotifications(entries, config, base, state, now) {
  const { planned, notes } = planDeliveries(
    entries,
    base.monitor,
    enabledTargets(config),
    state,
    now,
    config.repeatMs
  );
  const deliveries = planned.map((p) => ({
    ...p,
    fingerprint: state.fingerprint,
    escalated: state.escalated,
    message: { ...base, event: p.event, deliveryKey: deliveryKey(base.monitor, p.target, p.seq, p.event) }
  }));
  return { deliveries, notes };
}
function describeNotifyPlan(plan) {
  const lines = plan.deliveries.map(
    (d) => `${d.resend ? "send again (same idempotency key, the earlier answer was lost)" : "send"} '${d.event}' to the ${TARGET_NAMES[d.target]}`
  );
  return [...lines, ...plan.notes];
}

// src/state/file.ts
import { promises as fs3 } from "node:fs";
import * as path3 from "node:path";
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readState(file) {
  let text;
  try {
    text = await fs3.readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { notify: [], command: [] };
    throw new InputError(`state-file: cannot read '${file}' (${code ?? "error"})`);
  }
  const state = { notify: [], command: [] };
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `state-file '${file}', line ${index + 1}`;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      if (index === lines.length - 1 || index === lines.length - 2 && lines[lines.length - 1] === "")
        return;
      throw new InputError(`${where}: not JSON; fix or remove the line (nothing was sent)`);
    }
    if (!isObject(value)) throw new InputError(`${where}: expected a JSON object`);
    const stateOf = value["state"];
    if (typeof value["monitor"] !== "string" || typeof value["at"] !== "string" || typeof stateOf !== "string") {
      throw new InputError(`${where}: expected 'monitor', 'at' and 'state'`);
    }
    if (value["kind"] === "notify") state.notify.push(value);
    else if (value["kind"] === "command") state.command.push(value);
    else throw new InputError(`${where}: expected 'kind' notify or command`);
  });
  return state;
}
async function appendState(file, kind, entry) {
  try {
    await fs3.mkdir(path3.dirname(file), { recursive: true });
    await fs3.appendFile(file, `${JSON.stringify({ kind, ...entry })}
`, "utf8");
  } catch (error) {
    throw new InputError(
      `state-file: cannot write '${file}' (${error.code ?? "error"})`
    );
  }
}

// src/external.ts
var MAX_COMMAND_FAILURES = 3;
var DEFAULT_COOLDOWN_MS = 864e5;
async function readExternalState(config) {
  return config.stateFile ? readState(config.stateFile) : { notify: [], command: [] };
}
function wantsExternal(config) {
  return config.command !== null || enabledTargets(config.notify).length > 0;
}
function statusOf2(verdict) {
  const status = verdict.status;
  if (status === "due" || status === "healthy" || status === "unknown") return status;
  return verdict.triggered ? "due" : "healthy";
}
function externalSecrets(config) {
  return [...notifySecrets(config.notify), ...config.githubToken ? [config.githubToken] : []];
}
function planExternal(context) {
  const { config, verdict, github, repo, env, now, state } = context;
  const status = statusOf2(verdict);
  const drifted = driftedFeatures(verdict.evidence.drift);
  const command = config.command ? {
    argv: config.command.argv,
    ...planCommand(state.command, {
      monitor: config.monitorKey,
      status,
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      now,
      // The dispatch's cooldown (input `cooldown`) when one is configured, else its default of one day.
      cooldownMs: config.dispatch?.cooldownMs ?? DEFAULT_COOLDOWN_MS,
      maxFailures: MAX_COMMAND_FAILURES
    })
  } : null;
  const escalated = escalationOf(github, command);
  const notify = enabledTargets(config.notify).length > 0 ? planNotifications(
    state.notify,
    config.notify,
    {
      monitor: config.monitorKey,
      status,
      reasons: escalated && status === "due" ? [escalated, ...verdict.reasons] : verdict.reasons,
      failedRules: verdict.failedRules,
      driftedFeatures: drifted,
      time: now.toISOString(),
      ...repo?.runUrl ? { runUrl: repo.runUrl } : {},
      ...github.issueUrl ? { issueUrl: github.issueUrl } : {},
      ...github.runUrl ? { retrainingUrl: github.runUrl } : {}
    },
    { status, fingerprint: fingerprintOf(verdict.failedRules, drifted), escalated: escalated !== null },
    now
  ) : null;
  return { command, notify };
}
function escalationOf(github, command) {
  if (github.escalated) return github.escalated;
  if (command?.gaveUp) return `the retraining command is not started any more: ${command.reason}`;
  return null;
}
function describeExternal(plan, why) {
  const records = [];
  if (plan.command) {
    records.push({
      kind: "command",
      outcome: plan.command.run ? "planned" : "skipped",
      detail: plan.command.run ? `would run ${JSON.stringify(plan.command.argv)} (${why})` : `not run: ${plan.command.reason}`
    });
  }
  if (plan.notify) {
    const lines = describeNotifyPlan(plan.notify);
    if (lines.length === 0) {
      records.push({ kind: "notification", outcome: "skipped", detail: "no change of state to notify" });
    }
    for (const line of lines)
      records.push({ kind: "notification", outcome: "planned", detail: `would ${line} (${why})` });
  }
  return records;
}
async function applyExternal(plan, context) {
  const { config, verdict, env, now } = context;
  const secrets = externalSecrets(config);
  const records = [];
  const failures = [];
  const stateFile = config.stateFile;
  if (plan.command) {
    if (!plan.command.run) {
      records.push({ kind: "command", outcome: "skipped", detail: `not run: ${plan.command.reason}` });
    } else {
      const claim = {
        monitor: config.monitorKey,
        ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
        at: now.toISOString(),
        state: "claimed"
      };
      await appendState(stateFile, "command", claim);
      const argv = plan.command.argv;
      context.log(`command: running ${maskSecrets(JSON.stringify(argv), secrets)}`);
      const result = await runCommand({
        argv,
        env: commandEnv(env, {
          status: statusOf2(verdict),
          reasons: verdict.reasons,
          failedRules: verdict.failedRules,
          driftedFeatures: driftedFeatures(verdict.evidence.drift),
          reportPath: config.reportPath,
          monitor: config.monitorKey
        }),
        timeoutMs: config.command.timeoutMs,
        secrets,
        cwd: config.workingDirectory,
        log: (line) => context.log(`  ${line}`)
      });
      const ok = result.exitCode === 0 && !result.timedOut;
      await appendState(stateFile, "command", {
        ...claim,
        state: ok ? "succeeded" : "failed",
        exitCode: result.exitCode
      });
      const seconds = (result.durationMs / 1e3).toFixed(1);
      const what = result.timedOut ? `stopped after command-timeout (${seconds} s)` : `exited with code ${result.exitCode} after ${seconds} s`;
      records.push({
        kind: "command",
        outcome: ok ? "succeeded" : "failed",
        detail: `${maskSecrets(argv[0] ?? "", secrets)} ${what}`,
        ...result.tail ? { output: result.tail } : {}
      });
      if (!ok) {
        const lastLines = result.tail.split("\n").slice(-10).join("\n");
        failures.push(`The retraining command ${what}.${lastLines ? ` Last lines:
${lastLines}` : ""}`);
      }
    }
  }
  if (plan.notify) {
    if (plan.notify.deliveries.length === 0 && plan.notify.notes.length === 0) {
      records.push({ kind: "notification", outcome: "skipped", detail: "no change of state to notify" });
    }
    for (const note of plan.notify.notes)
      records.push({ kind: "notification", outcome: "skipped", detail: note });
    const ledger = {
      where: `state-file '${stateFile}'`,
      read: async () => (await readState(stateFile)).notify,
      record: (entry) => appendState(stateFile, "notify", entry)
    };
    const source = context.repo ? `${new URL(context.repo.serverUrl).host}/${context.repo.owner}/${context.repo.repo}` : "retrain-trigger";
    const sent = await applyNotifications(
      plan.notify,
      config.notify,
      ledger,
      { report: context.report, source },
      { secrets }
    );
    for (const r of sent.records) {
      records.push({ kind: "notification", outcome: r.outcome, detail: `'${r.event}' \u2192 ${r.detail}` });
    }
    failures.push(...sent.failures);
  }
  return {
    records: records.map((r) => ({
      ...r,
      detail: maskSecrets(r.detail, secrets),
      ...r.output ? { output: maskSecrets(r.output, secrets) } : {}
    })),
    failures: failures.map((f) => maskSecrets(f, secrets))
  };
}

// src/history/claim.ts
var CLAIM_TTL_MS = 6 * 36e5;
function claimGuard(runId, now, cooldownMs, retryAfter = /* @__PURE__ */ new Set()) {
  return (history) => {
    for (let i = history.records.length - 1; i >= 0; i--) {
      const r = history.records[i];
      if (!r) continue;
      if (r.actions?.runId !== void 0 && retryAfter.has(r.actions.runId)) continue;
      const at = Date.parse(r.time);
      if (r.run?.id === runId) {
        if (r.actions?.dispatched) {
          return `an earlier attempt of this workflow run (${runId}) dispatched retraining already`;
        }
        continue;
      }
      const who = r.run ? `run ${r.run.id}` : "another run";
      if (r.actions?.dispatched && at >= now - cooldownMs) {
        return `${who} of this monitor dispatched retraining at ${r.time}, within the cooldown (history)`;
      }
      const claimed = r.actions?.claimedAt;
      if (claimed !== void 0 && Date.parse(claimed) >= now - Math.max(cooldownMs, CLAIM_TTL_MS)) {
        return `${who} of this monitor claimed the retraining dispatch first (at ${claimed}, history)`;
      }
    }
    return void 0;
  };
}
function storeClaim(store, record, options) {
  return async ({ now, retryAfter }) => {
    const early = record(now);
    const result = await store.append(
      { ...early, actions: { ...early.actions, claimedAt: now.toISOString() } },
      options.maxRuns,
      claimGuard(options.runId, now.getTime(), options.cooldownMs, retryAfter)
    );
    return result.refused !== void 0 ? { granted: false, reason: result.refused } : { granted: true };
  };
}

// src/history/detectors.ts
var DETECTOR_DEFAULTS = {
  page_hinkley: { minInstances: 30, delta: 5e-3, threshold: 50, alpha: 1 - 1e-4, mode: "both" },
  cusum: { minInstances: 30, slack: 0.5, threshold: 5, mode: "both" },
  ewma: { minInstances: 30, alpha: 0.1, threshold: 4, mode: "both" }
};
function exceeds(mode, up, down, limit) {
  if (mode === "up") return up > limit;
  if (mode === "down") return down > limit;
  return up > limit || down > limit;
}
var RunningMean = class {
  n = 0;
  value = 0;
  add(x) {
    this.n += 1;
    this.value += (x - this.value) / this.n;
  }
};
var RunningVariance = class {
  mean = new RunningMean();
  value = 0;
  add(x) {
    const before = this.mean.value;
    this.mean.add(x);
    if (this.mean.n > 1)
      this.value += ((x - before) * (x - this.mean.value) - this.value) / (this.mean.n - 1);
  }
};
var FadingMean = class {
  constructor(alpha) {
    this.alpha = alpha;
  }
  alpha;
  value = 0;
  add(x) {
    this.value = this.value === 0 ? x : this.alpha * x + (1 - this.alpha) * this.value;
  }
};
function pageHinkley(p) {
  const mean2 = new RunningMean();
  let up = 0;
  let down = 0;
  let lowest2 = Infinity;
  let highest2 = -1;
  return (x) => {
    mean2.add(x);
    const deviation = x - mean2.value;
    up = p.alpha * up + deviation - p.delta;
    down = p.alpha * down + deviation + p.delta;
    if (up < lowest2) lowest2 = up;
    if (down > highest2) highest2 = down;
    return mean2.n >= p.minInstances && exceeds(p.mode, up - lowest2, highest2 - down, p.threshold);
  };
}
function cusum(p) {
  const warmUp = new RunningVariance();
  let reference;
  let sigma = 0;
  let up = 0;
  let down = 0;
  return (x) => {
    warmUp.add(x);
    if (warmUp.mean.n < p.minInstances) return false;
    if (reference === void 0) {
      reference = warmUp.mean.value;
      sigma = Math.sqrt(Math.max(warmUp.value, 0));
    }
    const deviation = x - reference;
    up = Math.max(0, up + deviation - p.slack * sigma);
    down = Math.max(0, down - deviation - p.slack * sigma);
    return exceeds(p.mode, up, down, p.threshold * sigma);
  };
}
function ewma(p) {
  const mean2 = new RunningMean();
  const first = new FadingMean(p.alpha);
  const second = new FadingMean(p.alpha);
  let z = 0;
  return (x) => {
    mean2.add(x);
    z = mean2.n === 1 ? x : p.alpha * x + (1 - p.alpha) * z;
    first.add(x);
    second.add(x * x);
    if (mean2.n < p.minInstances) return false;
    const sigma = Math.sqrt(Math.max(second.value - first.value ** 2, 0));
    const factor = p.alpha / (2 - p.alpha) * (1 - (1 - p.alpha) ** (2 * mean2.n));
    const bound = p.threshold * sigma * Math.sqrt(factor);
    return exceeds(p.mode, z - mean2.value, mean2.value - z, bound);
  };
}
var FACTORIES = {
  page_hinkley: pageHinkley,
  cusum,
  ewma
};
function alarmPoints(name, series, params = DETECTOR_DEFAULTS[name]) {
  const make = FACTORIES[name];
  const alarms = [];
  let step = make(params);
  series.forEach((x, i) => {
    if (step(x)) {
      alarms.push(i);
      step = make(params);
    }
  });
  return alarms;
}
function detectChange(name, series, params = DETECTOR_DEFAULTS[name]) {
  const alarms = alarmPoints(name, series, params);
  if (alarms.length > 0) return { outcome: "detected", index: alarms[0], alarms };
  if (series.length < params.minInstances) {
    return {
      outcome: "unknown",
      reason: `${name} needs ${params.minInstances} runs since the last retraining, has ${series.length}`
    };
  }
  return { outcome: "not-detected", alarms: [] };
}

// src/history/series.ts
var DAY_MS = 864e5;
var UNITS = { h: 1 / 24, d: 1, w: 7 };
function describeWindow(w) {
  return "runs" in w ? `${w.runs} runs` : `${Number(w.days.toFixed(3))}d`;
}
function withValue(points2) {
  return points2.filter((p) => p.value !== void 0 && Number.isFinite(p.value));
}
function selectWindow(series, w, name) {
  const now = series.at(-1);
  if (now === void 0) return { known: false, reason: `${name} has no runs` };
  if ("runs" in w) {
    const points3 = withValue(series).slice(-w.runs);
    if (points3.length < w.runs) {
      return { known: false, reason: `${name} has ${points3.length} of the ${w.runs} runs the window needs` };
    }
    return { known: true, points: points3 };
  }
  const start = now.time - w.days * DAY_MS;
  const oldest = series[0];
  if (oldest.time > start) {
    const covered = (now.time - oldest.time) / DAY_MS;
    return {
      known: false,
      reason: `${name}'s history covers ${Number(covered.toFixed(1))} of the ${describeWindow(w)} the window needs`
    };
  }
  const points2 = withValue(series.filter((p) => p.time >= start));
  if (points2.length === 0)
    return { known: false, reason: `${name} has no value in the last ${describeWindow(w)}` };
  return { known: true, points: points2 };
}
function over(reduce) {
  return (series, w, name) => {
    const selected = selectWindow(series, w, name);
    if (!selected.known) return selected;
    return { known: true, value: reduce(selected.points.map((p) => p.value)) };
  };
}
var meanOver = over(mean);
var medianOver = over(median);
var minOver = over((values) => Math.min(...values));
var maxOver = over((values) => Math.max(...values));
function previous(series, name) {
  const before = series.at(-2);
  if (before === void 0) return { known: false, reason: `${name} has no earlier run` };
  if (before.value === void 0 || !Number.isFinite(before.value)) {
    return { known: false, reason: `${name} has no value on the previous run` };
  }
  return { known: true, value: before.value };
}
function extreme(pick, what) {
  return (series, name) => {
    const points2 = withValue(series);
    if (points2.length < 2) return { known: false, reason: `${what}(${name}) needs at least one earlier run` };
    return { known: true, value: pick(points2.map((p) => p.value)) };
  };
}
var highest = extreme((values) => Math.max(...values), "highest");
var lowest = extreme((values) => Math.min(...values), "lowest");
function slope(series, w, name) {
  const selected = selectWindow(series, w, name);
  if (!selected.known) return selected;
  const points2 = selected.points;
  const first = points2[0];
  if (points2.length < 2 || points2.every((p) => p.time === first.time)) {
    return { known: false, reason: `slope(${name}) needs runs at two different times in the window` };
  }
  const fit = linearRegression(points2.map((p) => [(p.time - first.time) / DAY_MS, p.value]));
  return { known: true, value: fit.m };
}

// src/history/functions.ts
var HISTORY_FUNCTIONS = {
  previous: ["metric"],
  mean_over: ["metric", "window"],
  median_over: ["metric", "window"],
  min_over: ["metric", "window"],
  max_over: ["metric", "window"],
  highest: ["metric"],
  lowest: ["metric"],
  slope: ["metric", "window"],
  page_hinkley: ["metric"],
  cusum: ["metric"],
  ewma: ["metric"]
};
function isHistoryFunction(name) {
  return Object.prototype.hasOwnProperty.call(HISTORY_FUNCTIONS, name);
}
var WINDOWED = {
  mean_over: meanOver,
  median_over: medianOver,
  min_over: minOver,
  max_over: maxOver,
  slope
};
function evaluateHistoryCall(call, t, detectors) {
  const { fn, metric } = call;
  if (fn === "page_hinkley" || fn === "cusum" || fn === "ewma") {
    const name = fn;
    const result = detectChange(name, sinceRetraining(t, metric), detectors[name]);
    if (result.outcome === "unknown") return { known: false, reason: `${fn}(${metric}): ${result.reason}` };
    return { known: true, value: result.outcome === "detected" ? 1 : 0 };
  }
  const series = metricSeries(t, metric);
  if (fn === "previous") return previous(series, metric);
  if (fn === "highest") return highest(series, metric);
  if (fn === "lowest") return lowest(series, metric);
  if (call.window === void 0) return { known: false, reason: `${fn}(${metric}, \u2026) needs a window` };
  return WINDOWED[fn](series, call.window, metric);
}

// src/history/facts.ts
var DAY_MS2 = 864e5;
function historyFacts(t, options) {
  return {
    evaluate(fn, metric, written) {
      if (!isHistoryFunction(fn))
        return { known: false, reason: `${fn}() is not a function over the history` };
      if (options.timeless && t.records.length > 0 && (fn === "slope" || written?.ms !== void 0)) {
        return { known: false, reason: options.timeless };
      }
      let window;
      if (written?.runs !== void 0) window = { runs: written.runs };
      else if (written?.ms !== void 0) window = { days: written.ms / DAY_MS2 };
      const answer = evaluateHistoryCall({ fn, metric, ...window ? { window } : {} }, t, options.detectors);
      if (answer.known || !options.hint) return answer;
      return { known: false, reason: `${answer.reason} (${options.hint})` };
    }
  };
}

// src/history/model-age-github.ts
var isObject2 = (v) => typeof v === "object" && v !== null;
async function latestSuccessfulRun(client, repo, workflow, branch) {
  const base = { owner: repo.owner, repo: repo.repo };
  const action = `looking up the latest successful ${workflow} run (for the model's age)`;
  try {
    let ref = branch;
    if (ref === void 0) {
      const { data: data2 } = await client.octokit.request("GET /repos/{owner}/{repo}", base);
      const name = isObject2(data2) ? data2["default_branch"] : void 0;
      if (typeof name !== "string") throw unexpected("GET /repos/{owner}/{repo}", "no default_branch");
      ref = name;
    }
    const endpoint = `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/runs`;
    const { data } = await client.octokit.request(
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
      {
        ...base,
        workflow_id: workflow,
        status: "success",
        branch: ref,
        per_page: 10,
        exclude_pull_requests: true
      }
    );
    const runs = isObject2(data) ? data["workflow_runs"] : void 0;
    if (!Array.isArray(runs)) throw unexpected(endpoint, "no workflow_runs list");
    const ok = runs.filter(
      (r) => isObject2(r) && r["conclusion"] === "success" && r["head_branch"] === ref && typeof r["created_at"] === "string"
    );
    const newest2 = ok.sort((a, b) => String(b["created_at"]).localeCompare(String(a["created_at"])))[0];
    if (!newest2) return void 0;
    return {
      workflow,
      createdAt: newest2["created_at"],
      ...typeof newest2["html_url"] === "string" ? { url: newest2["html_url"] } : {}
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (statusOf(error) === 404) {
      throw new InputError(
        `${action} failed: GitHub knows no workflow '${workflow}' in ${repo.owner}/${repo.repo} (404)`
      );
    }
    throw new InputError(explainFailure(error, action, "actions: read"));
  }
}
function unexpected(endpoint, what) {
  return new InputError(`GitHub's answer to ${endpoint} is not what the REST API returns (${what})`);
}

// src/report/charts.ts
var CHART_RUNS = 30;
var MAX_LABEL = 40;
var MAX_POINTS = 60;
function chartLabel(text) {
  const safe = text.replace(/[^\p{L}\p{N} _.:/()%+-]/gu, "_").trim();
  const short = safe.length > MAX_LABEL ? `${safe.slice(0, MAX_LABEL - 1)}\u2026` : safe;
  return short === "" ? "_" : short;
}
function chartNumber(value) {
  if (!Number.isFinite(value)) return "0";
  const rounded = Number(value.toPrecision(6));
  if (rounded === 0) return "0";
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1) return BigInt(Math.round(rounded)).toString();
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  return rounded.toFixed(Math.min(20, Math.max(0, 5 - magnitude))).replace(/\.?0+$/, "");
}
function quoted(text) {
  return `"${chartLabel(text)}"`;
}
function range(spec) {
  const all = [...spec.lines.flat(), ...(spec.bars ?? []).flat(), ...spec.include ?? []].filter(
    Number.isFinite
  );
  let lo = spec.yMin ?? Math.min(...all);
  let hi = spec.yMax ?? Math.max(...all);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  } else if (spec.yMin === void 0 || spec.yMax === void 0) {
    const pad = (hi - lo) * 0.1;
    if (spec.yMin === void 0) lo -= pad;
    if (spec.yMax === void 0) hi += pad;
  }
  return [lo, hi];
}
function render(spec) {
  const [lo, hi] = range(spec);
  const rows = [
    "xychart-beta",
    `  title ${quoted(spec.title)}`,
    `  x-axis [${spec.labels.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(spec.yTitle)} ${chartNumber(lo)} --> ${chartNumber(hi)}`,
    ...(spec.bars ?? []).map((values) => `  bar [${values.map(chartNumber).join(", ")}]`),
    ...spec.lines.map((values) => `  line [${values.map(chartNumber).join(", ")}]`)
  ];
  return rows.join("\n");
}
function newest(points2, limit) {
  return points2.slice(-Math.min(limit, MAX_POINTS));
}
function metricTrendChart(name, points2, options = {}) {
  const shown = newest(
    points2.filter((p) => Number.isFinite(p.value)),
    options.runs ?? CHART_RUNS
  );
  if (shown.length === 0) return null;
  const lines = [shown.map((p) => p.value)];
  const threshold = options.threshold;
  if (threshold !== void 0 && Number.isFinite(threshold)) lines.push(shown.map(() => threshold));
  const title = threshold === void 0 ? name : `${name} (threshold ${chartNumber(threshold)})`;
  return render({ title, labels: shown.map((p) => p.label), yTitle: name, lines });
}
function driftShareChart(points2, options = {}) {
  const shown = newest(points2, options.runs ?? CHART_RUNS);
  if (shown.length === 0) return null;
  const lines = [shown.map((p) => p.value * 100)];
  if (options.share !== void 0) lines.push(shown.map(() => options.share * 100));
  return render({
    title: "share of drifted features (%)",
    labels: shown.map((p) => p.label),
    yTitle: "%",
    lines,
    yMin: 0,
    yMax: 100
  });
}
function distributionChart(feature, d) {
  const n = Math.min(d.labels.length, d.reference.length, d.current.length, MAX_POINTS);
  if (n === 0) return null;
  return render({
    title: `${feature}: reference (bars) vs current (line), % of rows`,
    labels: d.labels.slice(0, n),
    yTitle: "%",
    bars: [d.reference.slice(0, n).map((v) => v * 100)],
    lines: [d.current.slice(0, n).map((v) => v * 100)],
    yMin: 0
  });
}
function mermaidBlock(chart) {
  return ["```mermaid", chart, "```"].join("\n");
}
function collapsedCharts(charts, summary = "Trends") {
  const shown = charts.filter((c) => c !== null);
  if (shown.length === 0) return "";
  return [
    `<details><summary>${summary}</summary>`,
    "",
    ...shown.map((c) => `${mermaidBlock(c)}
`),
    "</details>"
  ].join("\n");
}

// src/history/trends.ts
function runLabels(times) {
  const day = (t) => new Date(t).toISOString().slice(5, 10);
  const minute = (t) => new Date(t).toISOString().slice(5, 16).replace("T", " ");
  const days = times.map(day);
  const labels = times.map(
    (t, i) => days.indexOf(days[i]) !== days.lastIndexOf(days[i]) ? minute(t) : day(t)
  );
  const seen = /* @__PURE__ */ new Map();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} #${n}`;
  });
}
function points(series, runs) {
  const shown = series.filter((p) => p.value !== void 0 && Number.isFinite(p.value)).slice(-runs);
  const labels = runLabels(shown.map((p) => p.time));
  return shown.map((p, i) => ({ label: labels[i], value: p.value }));
}
function trendCharts(t, requests, drift, runs = CHART_RUNS, maxCharts = Number.POSITIVE_INFINITY) {
  const seen = /* @__PURE__ */ new Set();
  const charts = [];
  for (const request of requests) {
    const key = `${request.metric}\0${request.threshold ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const series = points(metricSeries(t, request.metric), runs);
    if (series.length < 2) continue;
    charts.push(metricTrendChart(request.metric, series, { threshold: request.threshold, runs }));
  }
  if (drift) {
    const shares = points(driftShares(t, drift.share), runs);
    if (shares.length >= 2) charts.push(driftShareChart(shares, { share: drift.threshold, runs }));
    for (const d of drift.distributions ?? []) charts.push(distributionChart(d.feature, d.distribution));
  }
  return collapsedCharts(charts.slice(0, maxCharts), `Trends over the last ${runs} runs`);
}

// src/history/rule-charts.ts
var MAX_CHARTS = 8;
function constant(node) {
  if (node.kind === "number") return node.percent ? node.value / 100 : node.value;
  if (node.kind === "negate" && node.operand.kind === "number") {
    const inner = constant(node.operand);
    return inner === void 0 ? void 0 : -inner;
  }
  return void 0;
}
function children(node) {
  switch (node.kind) {
    case "negate":
    case "not":
      return [node.operand];
    case "arith":
    case "compare":
    case "logical":
      return [node.left, node.right];
    case "call":
      return node.args;
    default:
      return [];
  }
}
function chartRequests(rules) {
  const out = [];
  for (const rule of rules) {
    const drawn = /* @__PURE__ */ new Set();
    const visit = (node) => {
      if (node.kind === "compare") {
        const sides = [node.left, node.right];
        const metric = sides.find(
          (s) => s.kind === "fact" && s.namespace === rule.facts.bare.name
        );
        const threshold = sides.map(constant).find((v) => v !== void 0);
        if (metric && threshold !== void 0) {
          out.push({ metric: metric.name, threshold });
          drawn.add(metric.name);
          return;
        }
      }
      for (const child of children(node)) visit(child);
    };
    visit(rule.ast);
    for (const metric of rule.metrics) if (!drawn.has(metric)) out.push({ metric });
  }
  return out;
}
function historyCharts(t, rules, verdict) {
  const drift = verdict.evidence.drift;
  return trendCharts(
    t,
    chartRequests(rules),
    drift ? { share: drift.share, threshold: drift.threshold } : void 0,
    void 0,
    MAX_CHARTS
  );
}

// src/history-stage.ts
async function clientFactory(config, repo) {
  const { createClient } = repo ? await import("./client-QUCY6PRW.js") : { createClient: null };
  let client;
  return () => {
    if (!createClient) throw new Error("no repository (GITHUB_REPOSITORY) to read from: no GitHub client");
    return client ??= createClient(config.githubToken, repo);
  };
}
async function recall(config, rules, evidence, repo, now) {
  const client = await clientFactory(config, repo);
  const store = openStore(config.history, {
    monitorKey: config.monitorKey,
    cwd: config.workingDirectory,
    repo,
    client
  });
  const content = store ? await store.read() : EMPTY_HISTORY;
  const past = evidence.current.history ?? [];
  const records = store ? content.records : past.map(metricsLineRecord);
  const t = timeline(records, {
    time: now.getTime(),
    ...repo?.runId ? { runId: repo.runId } : {},
    metrics: evidence.current.values
  });
  const files = evidence.current.files.join(", ");
  const facts = historyFacts(t, {
    detectors: config.history.detectors,
    ...store === null && past.length > 0 ? {
      timeless: `the earlier lines of ${files} carry no run times, so durations and slopes cannot be measured on them; use a window of runs (e.g. 7), or set 'history' to keep a store`
    } : {},
    ...store === null ? { hint: "no history store is configured: set 'history' to keep one" } : {}
  });
  const readsModel = rules.some((r) => references(r.ast, r.facts).some((ref) => ref.namespace === "model"));
  const age = config.maxModelAgeDays !== void 0 || readsModel ? await lookUpAge(config, evidence, t, store !== null, repo, client, now) : void 0;
  return {
    now,
    rules,
    store,
    content,
    timeline: t,
    verdict: {
      timeline: t,
      facts,
      ...age ? { age } : {},
      ...config.maxModelAgeDays !== void 0 ? { maxModelAgeDays: config.maxModelAgeDays } : {},
      ...config.driftHysteresis ? { driftHysteresis: config.driftHysteresis } : {}
    }
  };
}
function trendsOf(memory, verdict) {
  return memory.store ? historyCharts(memory.timeline, memory.rules, verdict) : "";
}
function metricsLineRecord(values) {
  return {
    schemaVersion: HISTORY_RECORD_VERSION,
    time: (/* @__PURE__ */ new Date(0)).toISOString(),
    status: "unknown",
    metrics: Object.fromEntries(values),
    rules: []
  };
}
async function lookUpAge(config, evidence, t, hasStore, repo, client, now) {
  const key = config.modelTimestamp;
  const current = evidence.current;
  const value = key === void 0 ? void 0 : current.values.get(key) ?? current.metadata.get(key);
  const file = key === void 0 ? void 0 : current.sources.get(key);
  const workflow = config.dispatch?.repository ? void 0 : config.dispatch?.workflow;
  const run2 = value === void 0 && workflow && repo && config.githubToken ? await latestSuccessfulRun(client(), repo, workflow) : void 0;
  const retrained = lastRetraining(t.records);
  return modelAge({
    now: now.getTime(),
    ...key !== void 0 && value !== void 0 ? { timestamp: { key, value, ...file ? { file } : {} } } : {},
    ...run2 ? { lastSuccessfulRun: run2 } : {},
    ...retrained ? { lastRetrainingInHistory: retrained } : {},
    looked: { ...key ? { modelTimestamp: key } : {}, ...workflow ? { workflow } : {}, history: hasStore }
  });
}
function runRecord(config, verdict, effects, repo, now) {
  const { drift, quality } = verdict.evidence;
  return recordOf({
    time: now,
    monitor: config.monitorKey,
    ...repo?.runId ? {
      run: {
        id: repo.runId,
        attempt: repo.runAttempt ?? 1,
        ...repo.runUrl ? { url: repo.runUrl } : {}
      }
    } : {},
    ...repo?.sha ? { sha: repo.sha } : {},
    status: verdict.status,
    metrics: verdict.evidence.current.values,
    rules: verdict.rules.map((r) => ({ id: r.id, outcome: r.outcome })),
    ...drift ? {
      drift: {
        share: drift.share,
        detected: drift.detected,
        features: drift.features.map((f) => ({
          name: f.name,
          statistic: f.statistic,
          drifted: f.drifted
        }))
      }
    } : {},
    ...quality ? {
      quality: quality.features.map((f) => ({
        name: f.name,
        missingShare: f.missingShare.current,
        newShare: f.newShare,
        outOfRangeShare: f.outOfRangeShare
      }))
    } : {},
    actions: {
      ...effects.issueNumber !== void 0 ? { issue: effects.issueNumber } : {},
      dispatched: effects.dispatched,
      ...effects.runId !== void 0 ? { runId: effects.runId } : {}
    }
  });
}
function claimOf(memory, config, verdict, repo) {
  const runId = repo?.runId;
  if (!memory.store || config.history.store?.kind !== "branch" || !config.dispatch || !runId) return {};
  const store = memory.store;
  const nothingYet = { dispatched: false, records: [], failures: [] };
  return {
    claim: storeClaim(store, () => runRecord(config, verdict, nothingYet, repo, memory.now), {
      runId,
      maxRuns: config.history.maxRuns,
      cooldownMs: config.dispatch.cooldownMs
    })
  };
}
async function rememberRun(memory, config, verdict, effects, repo) {
  if (memory.store === null) return effects;
  const record = runRecord(config, verdict, effects, repo, memory.now);
  let line;
  const failures = [];
  try {
    const done = await remember(memory.store, memory.content, record, config.history.maxRuns, config.dryRun);
    if (!done.written) {
      line = { kind: "history", outcome: "would-append", detail: `${done.plan} (dry-run)` };
    } else {
      const r = done.result;
      const dropped = r.dropped > 0 ? `, dropped the ${r.dropped} oldest` : "";
      const tries = r.attempts > 1 ? `, after ${r.attempts} attempts (other runs wrote first)` : "";
      line = {
        kind: "history",
        outcome: r.replaced ? "replaced" : "appended",
        detail: `${r.replaced ? "replaced the record of this run (an earlier attempt) in" : "appended this run to"} ${r.where} (${r.runs} runs stored${dropped}${tries})`
      };
    }
  } catch (error) {
    const message = messageOf(error);
    line = { kind: "history", outcome: "failed", detail: message };
    failures.push(message);
  }
  return {
    ...effects,
    records: [...effects.records, line],
    failures: [...effects.failures, ...failures]
  };
}

// src/plan.ts
function wantsEffects(config) {
  return config.alert.enabled || config.dispatch !== null;
}
function planEffects(verdict, config) {
  const records = [];
  const offline = "not connected to a GitHub repository";
  if (config.alert.enabled) {
    const title = config.alert.title.replace(/\{monitor\}/g, config.monitorTitle);
    records.push(
      verdict.status === "unknown" ? {
        kind: "alert-issue",
        outcome: "planned",
        detail: `could not decide: would keep an open alert issue open and note this run in it; nothing would be closed (${offline})`
      } : verdict.triggered ? {
        kind: "alert-issue",
        outcome: "planned",
        detail: `would open (or update) the alert issue "${title}" labelled ${config.alert.labels.join(", ") || "(none)"} (${offline})`
      } : {
        kind: "alert-issue",
        outcome: "planned",
        detail: config.alert.closeOnRecovery ? `would close the open alert issue for monitor "${config.monitorKey}", if there is one (${offline})` : `nothing to do: retraining is not due (${offline})`
      }
    );
  }
  const dispatch = config.dispatch;
  if (dispatch) {
    const target = dispatch.workflow ? `workflow ${dispatch.workflow} on ${dispatch.ref ?? "the default branch"}` : `repository_dispatch event '${dispatch.eventType}'${dispatch.repository ? ` to ${dispatch.repository.owner}/${dispatch.repository.repo}` : ""}`;
    const inputs = expandInputs(dispatch.inputs, verdict, config.monitorKey, void 0);
    records.push({
      kind: "dispatch",
      outcome: "planned",
      detail: verdict.triggered ? `would dispatch ${target}${Object.keys(inputs).length ? ` with inputs ${JSON.stringify(inputs)}` : ""}, unless a run is active or started within the cooldown (${offline})` : verdict.status === "unknown" ? "no dispatch: the verdict could not be decided" : "no dispatch: retraining is not due"
    });
  }
  return { dispatched: false, records, failures: [] };
}

// src/report/quality.ts
var percent = (share) => formatPercent(share, share > 0 && share < 0.01 ? 2 : 0);
function describeChange(change, style) {
  const name = style.name(change.feature);
  switch (change.type) {
    case "new-categories": {
      if (change.count === 1) {
        return `${name}: new category ${style.label(change.categories[0].label)}, ${percent(change.share)} of rows`;
      }
      const shown = change.categories.map((c) => `${style.label(c.label)} ${percent(c.share)}`);
      const more = change.count > shown.length ? `, ${change.count - shown.length} more` : "";
      return `${name}: ${change.count} new categories (${shown.join(", ")}${more}), ${percent(change.share)} of rows`;
    }
    case "missing":
      return `${name} missing ${percent(change.reference)} \u2192 ${percent(change.current)}`;
    case "out-of-range":
      return `${name}: ${percent(change.share)} of values outside the reference range [${formatNumber(change.range[0])}, ${formatNumber(change.range[1])}]`;
  }
}
var MAX_CHANGES = 10;
function describeChanges(quality, style) {
  if (!quality) return [];
  const lines = quality.changes.slice(0, MAX_CHANGES).map((change) => describeChange(change, style));
  if (quality.changes.length > MAX_CHANGES) {
    lines.push(`\u2026 ${quality.changes.length - MAX_CHANGES} more changes in the JSON report`);
  }
  return lines;
}
function qualityCells(quality) {
  return quality.features.map((f) => ({
    name: f.name,
    cells: [
      `${percent(f.missingShare.reference)} \u2192 ${percent(f.missingShare.current)}`,
      f.newShare === null ? "\u2014" : `${f.newCategoryCount} (${percent(f.newShare)} of rows)`,
      f.outOfRangeShare === null ? "\u2014" : percent(f.outOfRangeShare)
    ]
  }));
}

// src/report/markdown.ts
var SUMMARY_LIMIT = 1e6;
var FOLD_ROWS = 25;
var num = (x) => x === null || x === void 0 || Number.isNaN(x) ? "\u2014" : formatNumber(x);
function table(header, rows) {
  const head = `| ${header.join(" | ")} |
| ${header.map(() => "---").join(" | ")} |
`;
  return head + rows.map((r) => `| ${r.join(" | ")} |`).join("\n") + "\n";
}
function fold(summary, body, rows) {
  return rows > FOLD_ROWS ? `<details><summary>${summary}</summary>

${body}
</details>
` : body;
}
function renderHeadline(verdict) {
  if (verdict.status === "due") {
    const n = verdict.reasons.length;
    return `### \u{1F534} Retraining is due (${n} reason${n === 1 ? "" : "s"})`;
  }
  if (verdict.undecided.length > 0) {
    const what = verdict.undecided.length === 1 ? escapeMarkdown(verdict.undecided[0]) : `${verdict.undecided.length} parts of the verdict could not be evaluated`;
    const treated = verdict.status === "healthy" ? " \u2014 treated as healthy (on-unknown: healthy)" : "";
    return `### \u26AA Could not decide: ${what}${treated}`;
  }
  return "### \u{1F7E2} No retraining needed";
}
function renderReasons(verdict) {
  const reasons = verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`);
  const single = verdict.status !== "due" && verdict.undecided.length === 1;
  const undecided = single ? [] : verdict.undecided.map((u) => `- \u26AA could not evaluate: ${escapeMarkdown(u)}`);
  const lines = [...reasons, ...undecided];
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
var OUTCOME_LABEL = {
  triggered: "\u{1F534} triggered",
  error: "\u26AA error",
  ok: "\u{1F7E2} ok"
};
var OUTCOME_ORDER = { triggered: 0, error: 1, ok: 2 };
function rulesByOutcome(rules) {
  return [...rules].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
}
function outcomeLabel(r) {
  const standing = r.standing;
  if (!standing || standing.state === "inactive") return OUTCOME_LABEL[r.outcome];
  const icon = standing.counts ? "\u{1F534}" : "\u{1F7E1}";
  const now = r.outcome === "error" ? " (not evaluable on this run)" : "";
  return `${icon} ${escapeMarkdown(standing.text)}${now}`;
}
function renderRulesTable(verdict) {
  if (verdict.rules.length === 0) return "";
  const rows = rulesByOutcome(verdict.rules).map((r) => [
    outcomeLabel(r),
    escapeMarkdown(r.id) + (r.description ? `<br>${escapeMarkdown(r.description)}` : ""),
    codeSpan(r.expression),
    r.outcome === "error" ? escapeMarkdown(r.error ?? "") : Object.entries(r.values).map(([k, v]) => `${escapeMarkdown(k)} = ${num(v)}`).join("<br>")
  ]);
  return `#### Rules

${fold(`${rows.length} rules`, table(["Outcome", "Rule", "Expression", "Values"], rows), rows.length)}`;
}
var STATUS_ORDER = {
  drifted: 0,
  "below-effect-floor": 1,
  ok: 2,
  insufficient: 3
};
function bySeverity(a, b) {
  const order = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (order !== 0) return order;
  const score = (f) => f.pValue !== null ? -(f.adjustedPValue ?? f.pValue) : f.threshold > 0 ? f.statistic / f.threshold : f.statistic;
  return score(b) - score(a);
}
var STATUS_LABEL = {
  drifted: "\u{1F534} drifted",
  ok: "\u{1F7E2} ok",
  insufficient: "\u26AA too few rows",
  "below-effect-floor": "\u{1F7E1} significant, effect below floor"
};
function renderDriftTable(drift, undecided = null) {
  if (!drift) return "";
  const verdict = undecided !== null ? `\u26AA could not be decided: ${escapeMarkdown(undecided)}` : drift.detected ? "\u{1F534} dataset drift detected" : "\u{1F7E2} no dataset drift";
  const head = `#### Data drift \u2014 ${verdict}

${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 2)}; threshold ${formatPercent(drift.threshold, 2)})${drift.correction !== "none" ? `, ${drift.correction} correction` : ""}.

`;
  const rows = [...drift.features].sort(bySeverity).map((f) => [
    STATUS_LABEL[f.status],
    escapeMarkdown(f.name),
    f.kind,
    f.method,
    num(f.statistic),
    f.pValue === null ? "\u2014" : num(f.adjustedPValue ?? f.pValue),
    num(f.threshold),
    `${f.referenceSize} / ${f.currentSize}`
  ]);
  const pHeader = drift.correction === "none" ? "p-value" : `p-value (${drift.correction}-adjusted)`;
  const body = table(
    ["Status", "Feature", "Kind", "Method", "Statistic", pHeader, "Threshold", "Rows (ref / cur)"],
    rows
  );
  const warnings = drift.warnings.map((w) => `> \u26A0\uFE0F ${escapeMarkdown(w)}
`).join("");
  return head + fold(`${rows.length} features`, body, rows.length) + (warnings ? `
${warnings}` : "");
}
function metricOrder(verdict) {
  const { values } = verdict.evidence.current;
  const baseline = verdict.evidence.baseline?.values ?? /* @__PURE__ */ new Map();
  const rank2 = /* @__PURE__ */ new Map();
  for (const rule of rulesByOutcome(verdict.rules)) {
    for (const name of rule.metrics) if (!rank2.has(name)) rank2.set(name, OUTCOME_ORDER[rule.outcome]);
  }
  const rel = (name) => {
    const b = baseline.get(name);
    const v = values.get(name);
    return b === void 0 || b === 0 || v === void 0 ? 0 : Math.abs((v - b) / b);
  };
  return [...values.keys()].sort((a, b) => (rank2.get(a) ?? 3) - (rank2.get(b) ?? 3) || rel(b) - rel(a));
}
function renderMetricsTable(verdict, budget = SUMMARY_LIMIT) {
  const metrics = verdict.evidence.current.values;
  const baseline = verdict.evidence.baseline?.values ?? /* @__PURE__ */ new Map();
  if (metrics.size === 0) return "";
  const names = metricOrder(verdict);
  const withBaseline = baseline.size > 0;
  const header = withBaseline ? ["Metric", "Value", "Baseline", "Change", "Relative change"] : ["Metric", "Value"];
  const rows = [];
  let size = 0;
  let cut = 0;
  for (const name of names) {
    const value = metrics.get(name);
    const b = baseline.get(name);
    const r = b === void 0 || b === 0 ? null : (value - b) / Math.abs(b);
    const row = withBaseline ? [
      escapeMarkdown(name),
      num(value),
      num(b),
      b === void 0 ? "\u2014" : num(value - b),
      r === null ? "\u2014" : formatPercent(r, 2)
    ] : [escapeMarkdown(name), num(value)];
    size += Buffer.byteLength(row.join(" | ")) + 6;
    if (size > budget) {
      cut = names.length - rows.length;
      break;
    }
    rows.push(row);
  }
  const note = cut > 0 ? `
_${cut} more metrics not shown (size limit); all are in the JSON report._
` : "";
  return `#### Metrics

${fold(`${metrics.size} metrics`, table(header, rows), rows.length)}${note}`;
}
var MARKDOWN_STYLE = { name: escapeMarkdown, label: codeSpan };
function renderQualityChanges(verdict) {
  const lines = describeChanges(verdict.evidence.quality, MARKDOWN_STYLE);
  return lines.length === 0 ? "" : `#### What changed in the data

${lines.map((l) => `- ${l}`).join("\n")}
`;
}
function renderQualityTable(verdict) {
  const quality = verdict.evidence.quality;
  if (!quality || quality.features.length === 0) return "";
  const rows = qualityCells(quality).map((r) => [escapeMarkdown(r.name), ...r.cells]);
  const head = `#### Data quality

${quality.rows.reference} reference rows, ${quality.rows.current} current rows.

`;
  const body = table(["Feature", "Missing (ref \u2192 cur)", "New categories", "Out of reference range"], rows);
  return head + fold(`${rows.length} features`, body, rows.length);
}
function metadataText(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "null";
  return truncate(text, 120);
}
function renderMetadataTable(verdict) {
  const { metadata } = verdict.evidence.current;
  const baseline = verdict.evidence.baseline?.metadata;
  if (metadata.size === 0 && (baseline?.size ?? 0) === 0) return "";
  const names = [.../* @__PURE__ */ new Set([...metadata.keys(), ...baseline?.keys() ?? []])].slice(0, 50);
  const cell = (map, name) => map?.has(name) ? codeSpan(metadataText(map.get(name))) : "\u2014";
  const rows = names.map(
    (name) => baseline ? [escapeMarkdown(name), cell(metadata, name), cell(baseline, name)] : [escapeMarkdown(name), cell(metadata, name)]
  );
  const header = baseline ? ["Key", "Value", "Baseline"] : ["Key", "Value"];
  return `#### Metadata

${fold(`${rows.length} keys`, table(header, rows), rows.length)}`;
}
function renderVerdictMarkdown(verdict, budget = SUMMARY_LIMIT) {
  const parts = [
    renderQualityChanges(verdict),
    renderRulesTable(verdict),
    renderDriftTable(verdict.evidence.drift, verdict.drift?.undecided ?? null),
    renderQualityTable(verdict),
    renderMetadataTable(verdict)
  ].filter((p) => p !== "");
  const fixed = parts.join("\n");
  return [fixed, renderMetricsTable(verdict, Math.max(0, budget - fixed.length - 2e3))].filter((p) => p).join("\n");
}
function renderActions(records) {
  if (records.length === 0) return "";
  const lines = records.map((r) => {
    const link = r.url ? ` ([link](${encodeURI(r.url)}))` : "";
    const line = `- **${escapeMarkdown(r.kind)}**: ${escapeMarkdown(r.outcome)} \u2014 ${escapeMarkdown(r.detail)}${link}`;
    return r.output ? `${line}

${codeBlock(r.output)}
` : line;
  });
  return `#### Actions

${lines.join("\n")}
`;
}
function renderSummary(verdict, records, failures) {
  const failed = failures.map((f) => `> \u274C ${escapeMarkdown(f)}
`).join("");
  const reasons = renderReasons(verdict);
  const head = `${renderHeadline(verdict)}

${reasons ? `${reasons}
` : ""}`;
  const actions = renderActions(records);
  const budget = SUMMARY_LIMIT - head.length - actions.length - failed.length - 1e3;
  return [head + renderVerdictMarkdown(verdict, budget), actions, failed].filter((p) => p).join("\n");
}
function codeBlock(text) {
  let longest = 2;
  for (const run2 of text.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(longest + 1);
  return `  ${fence}text
${text.replace(/\r\n?/g, "\n").replace(/^/gm, "  ")}
  ${fence}`;
}

// src/pipeline.ts
var ISSUE_VERDICT_BUDGET = 5e4;
var memories = /* @__PURE__ */ new WeakMap();
async function runPipeline(config, options) {
  const output = {
    ...options.log ? { log: options.log } : {},
    ...options.section ? { section: options.section } : {}
  };
  return actOnVerdict(config, await evaluateMonitor(config, output, options.repo), options);
}
async function evaluateMonitor(config, output = {}, repo = null) {
  const rules = config.rules.map((spec) => parseRule(spec));
  const evidence = await gatherEvidence(config, output);
  if (config.championBaseline) evidence.baseline = await readChampion(config, repo);
  const memory = await recall(config, rules, evidence, repo, /* @__PURE__ */ new Date());
  memories.set(config, memory);
  return decideVerdict(rules, evidence, config.onUnknown, memory.verdict);
}
async function actOnVerdict(config, verdict, options) {
  const memory = memories.get(config);
  const now = memory?.now ?? /* @__PURE__ */ new Date();
  const charts = memory ? trendsOf(memory, verdict) : "";
  const reportContext = {
    monitor: config.monitorKey,
    run: {
      ...options.repo?.runUrl ? { url: options.repo.runUrl } : {},
      ...options.repo?.sha ? { sha: options.repo.sha } : {},
      ...options.repo?.workflow ? { workflow: options.repo.workflow } : {}
    }
  };
  const state = wantsExternal(config) ? await readExternalState(config) : null;
  const redact = redactor(config.secrets);
  const log = options.log;
  let effects = { dispatched: false, records: [], failures: [] };
  await writeReport(config.reportPath, redactDeep(buildReport(verdict, effects, reportContext), redact));
  options.onVerdict?.(verdict);
  if (wantsEffects(config)) {
    if (options.repo) {
      const tables = renderVerdictMarkdown(verdict, ISSUE_VERDICT_BUDGET - charts.length);
      const verdictMarkdown = redact(charts ? `${tables}
${charts}
` : tables);
      const { applyEffects } = await import("./effects-Z6WGALFC.js");
      effects = await applyEffects(
        {
          verdict,
          verdictMarkdown,
          config,
          repo: options.repo,
          ...memory ? claimOf(memory, config, verdict, options.repo) : {},
          ...options.github ? { shared: options.github } : {},
          ...options.batchDispatch ? { batchDispatch: options.batchDispatch } : {},
          ...options.client ? { client: options.client } : {}
        },
        log ? (line) => log(redact(line)) : void 0
      );
    } else {
      effects = planEffects(verdict, config);
    }
  }
  if (state) {
    const context = {
      config,
      verdict,
      github: effects,
      repo: options.repo,
      env: options.env ?? {},
      now,
      state
    };
    const plan = planExternal(context);
    const outside = config.dryRun || !options.repo ? {
      records: describeExternal(plan, config.dryRun ? "dry-run" : "not connected to a repository"),
      failures: []
    } : await applyExternal(plan, {
      ...context,
      report: buildReport(verdict, effects, reportContext),
      log: options.log ?? (() => {
      })
    });
    effects = {
      ...effects,
      records: [...effects.records, ...outside.records],
      failures: [...effects.failures, ...outside.failures]
    };
  }
  if (memory) effects = await rememberRun(memory, config, verdict, effects, options.repo);
  const report = redactDeep(buildReport(verdict, effects, reportContext), redact);
  await writeReport(config.reportPath, report);
  const summary = redact(
    [renderSummary(verdict, effects.records, effects.failures), charts].filter((part) => part).join("\n")
  );
  return { verdict, effects, report, summary };
}

// src/monitors/graph.ts
function dependencyOrder(nodes, label) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (const node of nodes) {
    for (const upstream of node.dependsOn) {
      if (upstream === node.key) {
        throw new InputError(`${label(node.key)}: depends-on: a monitor cannot depend on itself`);
      }
      if (!byKey.has(upstream)) {
        throw new InputError(
          `${label(node.key)}: depends-on: unknown monitor '${upstream}'${suggestion(upstream, byKey.keys())} (known: ${listNames(byKey.keys())})`
        );
      }
    }
  }
  const state = /* @__PURE__ */ new Map();
  const order = [];
  for (const start of nodes) {
    if (state.has(start.key)) continue;
    const stack = [{ key: start.key, next: 0 }];
    state.set(start.key, "visiting");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const deps = byKey.get(top.key).dependsOn;
      if (top.next < deps.length) {
        const upstream = deps[top.next++];
        const seen = state.get(upstream);
        if (seen === "visiting") {
          const from = stack.findIndex((f) => f.key === upstream);
          const cycle = [...stack.slice(from).map((f) => f.key), upstream];
          throw new InputError(`monitors: depends-on cycle: ${cycle.join(" \u2192 ")}`);
        }
        if (seen === void 0) {
          state.set(upstream, "visiting");
          stack.push({ key: upstream, next: 0 });
        }
        continue;
      }
      state.set(top.key, "done");
      order.push(top.key);
      stack.pop();
    }
  }
  return order;
}
function propagate(nodes, order, own, settle) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const statuses = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  for (const key of order) {
    const upstream = { due: [], unknown: [] };
    for (const dep of byKey.get(key)?.dependsOn ?? []) {
      const status2 = statuses.get(dep);
      if (status2 === "due") upstream.due.push({ key: dep, origins: origins.get(dep) ?? [dep] });
      else if (status2 === "unknown") upstream.unknown.push(dep);
    }
    const status = settle(key, upstream);
    statuses.set(key, status);
    if (status === "due") {
      const from = new Set(own.get(key) === "due" ? [key] : []);
      for (const d of upstream.due) for (const o of d.origins) from.add(o);
      origins.set(key, from.size > 0 ? [...from] : [key]);
    }
  }
  return statuses;
}

export {
  checkTargetUrl,
  PAGERDUTY_EVENTS_URL,
  enabledTargets,
  externalSecrets,
  DETECTOR_DEFAULTS,
  describeChanges,
  SUMMARY_LIMIT,
  renderHeadline,
  renderReasons,
  rulesByOutcome,
  bySeverity,
  metricOrder,
  metadataText,
  renderActions,
  runPipeline,
  evaluateMonitor,
  actOnVerdict,
  dependencyOrder,
  propagate
};
