import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  BadAnswerError,
  BudgetExhaustedError,
  ListTooLongError,
  RedirectedWriteError
} from "./chunk-DSE6RNUO.js";
import {
  InputError
} from "./chunk-FI7I53I2.js";

// src/github/failures.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function isAmbiguous(error) {
  if (error instanceof BudgetExhaustedError || error instanceof ListTooLongError) return false;
  const err = error;
  const status = statusOf(error);
  return err.response === void 0 || status === void 0 || status >= 500;
}
function oneLine(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 400 ? `${flat.slice(0, 399)}\u2026` : flat;
}
function githubMessage(error) {
  const err = error;
  const data = err.response?.data;
  const raw = typeof data?.message === "string" ? data.message : err.message ?? String(error);
  const flat = raw.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}\u2026` : flat;
}
function explainFailure(error, action, permission) {
  if (error instanceof BudgetExhaustedError) return `${action} failed: ${error.message}.`;
  if (error instanceof BadAnswerError || error instanceof RedirectedWriteError || error instanceof ListTooLongError) {
    return `${action} failed: ${oneLine(error.message)}.`;
  }
  const status = statusOf(error);
  const message = githubMessage(error);
  const headers = error.response?.headers ?? {};
  if (status === 401) {
    return `${action} failed: GitHub rejected the token (401 ${message}); check the github-token input.`;
  }
  if ((status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1e3).toISOString() : "later";
    return `${action} failed: the GitHub API rate limit is exhausted until ${when} and waiting would exceed the time budget (${status} ${message}).`;
  }
  if ((status === 403 || status === 429) && /secondary rate/i.test(message)) {
    return `${action} failed: GitHub's secondary rate limit did not clear within the time budget (${status} ${message}).`;
  }
  if (status === 403 && /not accessible by integration|resource not accessible/i.test(message)) {
    return `${action} failed: the token is not allowed to do this (403 ${message}). Add \`${permission}\` under \`permissions:\` for the job (or pass a token that has it).`;
  }
  if (status === void 0 || error.response === void 0) {
    return `${action} failed: no answer from GitHub (${message}).`;
  }
  return `${action} failed: GitHub answered ${status} (${message}).`;
}

// src/text/escape.ts
var ZWSP = "\u200B";
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
var hex = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
function showInvisible(text) {
  return text.replace(INVISIBLE, hex);
}
function breakComments(text) {
  return text.replace(/<!--/g, `<${ZWSP}!--`).replace(/--(?=>)/g, `--${ZWSP}`);
}
function escapeMarkdown(text) {
  return breakReferences(
    breakComments(text.replace(/\r\n|\r|\n/g, " ")).replace(/[\\`*_{}[\]()<>|~&]/g, (ch) => `\\${ch}`)
  );
}
var REFERENCE = /@(?=[A-Za-z0-9])|#(?=\d)|\bgh-(?=\d)|:(?=\/\/)|\bwww\.(?=\S)/gi;
function breakReferences(text) {
  return showInvisible(text).replace(
    REFERENCE,
    (match) => match.endsWith(".") ? `${match.slice(0, -1)}${ZWSP}.` : `${match}${ZWSP}`
  );
}
function codeSpan(text) {
  const flat = showInvisible(breakComments(text.replace(/\r\n|\r|\n/g, " ")));
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const body = flat.replace(/\|/g, "\\|");
  const pad = body.startsWith("`") || body.endsWith("`") || body.trim() === "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function escapeLog(text) {
  return showInvisible(text.replace(/\r\n|\r|\n/g, "\\n")).replace(/:(?=:)/g, `:${ZWSP}`).replace(/##\[/g, `##${ZWSP}[`);
}
function escapeLogLines(text) {
  return text.split(/\r\n|\r|\n/).map(escapeLog).join("\n");
}
function truncate(text, max, marker = "\u2026") {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - marker.length);
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return text.slice(0, cut) + marker;
}

// src/text/redact.ts
var REDACTED = "***";
var noRedaction = (text) => text;
function redactor(secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (!secret) continue;
    for (const part of [secret, ...secret.split(/\r\n|\r|\n/)]) {
      const value = part.trim();
      if (value === "") continue;
      for (const form of [
        value,
        escapeMarkdown(value),
        escapeLog(value),
        JSON.stringify(value).slice(1, -1),
        encodeURIComponent(value)
      ])
        forms.add(form);
    }
  }
  if (forms.size === 0) return noRedaction;
  const pattern = new RegExp(
    [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    "g"
  );
  return (text) => text.replace(pattern, REDACTED);
}
function redactDeep(value, redact) {
  if (redact === noRedaction) return value;
  return walk(value, redact);
}
function walk(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, redact));
  if (value !== null && typeof value === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const [key, item] of Object.entries(value)) out[redact(key)] = walk(item, redact);
    return out;
  }
  return value;
}

// src/verdict.ts
function driftedFeatures(drift) {
  return (drift?.features ?? []).filter((f) => f.drifted).map((f) => f.name);
}

// src/config/dispatch-checks.ts
var MAX_WORKFLOW_INPUTS = 25;
var MAX_PAYLOAD_PROPERTIES = 10;
var PAYLOAD_OWN_PROPERTIES = ["reasons", "monitor"];
var DISPATCH_TEMPLATES = [
  "reasons",
  "triggered",
  "status",
  "failed_rules",
  "drifted_features",
  "monitor",
  "run_url",
  "issue_number",
  // The monitor keys a dispatch retrains, comma-separated (batch-dispatch: every model due; else the monitor).
  "models"
];
var TEMPLATE_PATTERN = /\{(\w+)\}/g;
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepository(text) {
  const where = `dispatch-repository: '${text}'`;
  const parts = text.trim().split("/");
  if (parts.length !== 2)
    throw new InputError(`${where} is not of the form owner/name (e.g. ml-org/training)`);
  const [owner, repo] = parts;
  if (!OWNER.test(owner)) {
    throw new InputError(
      `${where}: the owner '${owner}' is not a GitHub user or organisation name (1\u201339 letters, digits and single hyphens, not at the start or end; no '_' or '.')`
    );
  }
  if (!REPO.test(repo) || repo === "." || repo === "..") {
    throw new InputError(
      `${where}: the repository name '${repo}' is not valid on GitHub (1\u2013100 letters, digits, '-', '_' and '.')`
    );
  }
  return { owner, repo };
}
function buildDispatchInputs(raw, input = "dispatch-inputs", templates = DISPATCH_TEMPLATES) {
  const inputs = /* @__PURE__ */ Object.create(null);
  for (const [name, value] of Object.entries(raw)) {
    const text = String(value);
    for (const match of text.matchAll(TEMPLATE_PATTERN)) {
      const key = match[1];
      if (!templates.includes(key)) {
        throw new InputError(
          `${input}: input '${name}' uses the unknown template '{${key}}' (known: ${templates.map((t) => `{${t}}`).join(", ")})`
        );
      }
    }
    inputs[name] = text;
  }
  return inputs;
}
function checkDispatchLimits(kind, inputs) {
  const names = Object.keys(inputs);
  if (kind === "workflow") {
    if (names.length > MAX_WORKFLOW_INPUTS) {
      throw new InputError(
        `dispatch-inputs: ${names.length} inputs given; workflow_dispatch accepts at most ${MAX_WORKFLOW_INPUTS}`
      );
    }
    return;
  }
  const taken = names.filter((n) => PAYLOAD_OWN_PROPERTIES.includes(n));
  if (taken.length > 0) {
    throw new InputError(
      `dispatch-inputs: ${taken.map((n) => `'${n}'`).join(" and ")} ${taken.length > 1 ? "are" : "is"} set by retrain-trigger in the repository_dispatch client_payload; give your input another name`
    );
  }
  const total = names.length + PAYLOAD_OWN_PROPERTIES.length;
  if (total > MAX_PAYLOAD_PROPERTIES) {
    throw new InputError(
      `dispatch-inputs: repository_dispatch allows at most ${MAX_PAYLOAD_PROPERTIES} client_payload properties, and ${names.length} inputs + ${PAYLOAD_OWN_PROPERTIES.join(" + ")} make ${total}: give at most ${MAX_PAYLOAD_PROPERTIES - PAYLOAD_OWN_PROPERTIES.length} inputs`
    );
  }
}

// src/github/dispatch-inputs.ts
var MAX_INPUT_CHARS = 1024;
function expandInputs(inputs, verdict, monitorKey, runUrl, issueNumber, models = [monitorKey]) {
  return expandTemplates(
    inputs,
    /* @__PURE__ */ new Map([
      ["reasons", verdict.reasons.join("; ")],
      ["triggered", String(verdict.triggered)],
      ["status", verdict.status],
      ["failed_rules", verdict.failedRules.join(",")],
      ["drifted_features", driftedFeatures(verdict.evidence.drift).join(",")],
      ["monitor", monitorKey],
      ["run_url", runUrl ?? ""],
      ["issue_number", issueNumber !== void 0 ? String(issueNumber) : ""],
      ["models", models.join(",")]
    ])
  );
}
function expandTemplates(inputs, values) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, template] of Object.entries(inputs)) {
    const expanded = template.replace(TEMPLATE_PATTERN, (whole, key) => values.get(key) ?? whole);
    out[name] = truncate(expanded, MAX_INPUT_CHARS);
  }
  return out;
}

export {
  driftedFeatures,
  statusOf,
  isAmbiguous,
  githubMessage,
  explainFailure,
  escapeMarkdown,
  breakReferences,
  codeSpan,
  escapeLog,
  escapeLogLines,
  truncate,
  parseRepository,
  buildDispatchInputs,
  checkDispatchLimits,
  expandInputs,
  expandTemplates,
  redactor,
  redactDeep
};
