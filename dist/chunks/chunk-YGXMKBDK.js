import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  DETECTOR_DEFAULTS,
  PAGERDUTY_EVENTS_URL,
  bySeverity,
  checkTargetUrl,
  dependencyOrder,
  describeChanges,
  enabledTargets,
  externalSecrets,
  metadataText,
  metricOrder,
  rulesByOutcome,
  runPipeline
} from "./chunk-ZPYZUOVT.js";
import {
  DEFAULT_HISTORY_BRANCH,
  DEFAULT_MAX_RUNS,
  NO_HYSTERESIS,
  formatNumber,
  parseClearAfter,
  parseFor,
  parseMaxAge,
  parseRule,
  parseRuleLines,
  parseYamlDocument
} from "./chunk-SCA5JJMJ.js";
import {
  buildDispatchInputs,
  checkDispatchLimits,
  driftedFeatures,
  escapeLog,
  escapeLogLines,
  parseRepository,
  redactor
} from "./chunk-MNYJVA2X.js";
import {
  debug,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-PW4EGH3P.js";
import {
  PANDAS_NA_VALUES
} from "./chunk-Z64SXLXG.js";
import {
  readText,
  require_dist
} from "./chunk-SXQYWGFC.js";
import {
  InputError,
  messageOf
} from "./chunk-FI7I53I2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MQQLUTP6.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/inputs.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/values.ts
function parseBoolean(value, name) {
  const v = value.trim();
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(`input '${name}': expected true or false, got '${v}'`);
}
function parseNumber(value, name, expected, percent = false) {
  const v = value.trim();
  const isPercent = percent && /^[0-9.eE+-]+%$/.test(v);
  const text = isPercent ? v.slice(0, -1) : v;
  const n = text === "" ? NaN : Number(text) / (isPercent ? 100 : 1);
  if (!Number.isFinite(n)) throw new InputError(`input '${name}': expected ${expected}, got '${v}'`);
  return n;
}
function parseLines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseNames(value) {
  return value.split(/[,\r\n]/).map((item) => item.trim()).filter((item) => item !== "");
}
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(value, name) {
  const v = value.trim();
  if (v === "0") return 0;
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== v) {
    throw new InputError(`${name}: expected a duration like 30m, 6h, 1d or 1h30m (or 0), got '${v}'`);
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
}

// src/config/inputs.ts
var INPUT_PLACES = {
  metrics: { path: ["metrics"], kind: "lines" },
  baseline: { path: ["baseline"], kind: "lines" },
  rules: { path: ["rules"], kind: "string" },
  "fail-on-trigger": { path: ["fail-on-trigger"], kind: "boolean" },
  "on-unknown": { path: ["on-unknown"], kind: "string" },
  "report-path": { path: ["report-path"], kind: "string" },
  "monitor-key": { path: ["monitor-key"], kind: "string" },
  "dry-run": { path: ["dry-run"], kind: "boolean" },
  "reference-data": { path: ["drift", "reference"], kind: "lines" },
  "current-data": { path: ["drift", "current"], kind: "lines" },
  "drift-method": { path: ["drift", "method"], kind: "string" },
  "drift-threshold": { path: ["drift", "threshold"], kind: "number", expected: "a number \u2265 0" },
  "drift-share": {
    path: ["drift", "share"],
    kind: "number",
    expected: "a share from 0 to 1 or a percentage such as 30%",
    percent: true
  },
  features: { path: ["drift", "features"], kind: "names" },
  "exclude-features": { path: ["drift", "exclude"], kind: "names" },
  delimiter: { path: ["drift", "delimiter"], kind: "string" },
  decimal: { path: ["drift", "decimal"], kind: "string" },
  "na-values": { path: ["drift", "na-values"], kind: "names" },
  "alert-issue": { path: ["alert", "enabled"], kind: "boolean" },
  "issue-labels": { path: ["alert", "labels"], kind: "names" },
  "issue-title": { path: ["alert", "title"], kind: "string" },
  "issue-assignees": { path: ["alert", "assignees"], kind: "names" },
  "close-on-recovery": { path: ["alert", "close-on-recovery"], kind: "boolean" },
  "dispatch-workflow": { path: ["dispatch", "workflow"], kind: "string" },
  "dispatch-ref": { path: ["dispatch", "ref"], kind: "string" },
  "dispatch-inputs": { path: ["dispatch", "inputs"], kind: "map" },
  cooldown: { path: ["dispatch", "cooldown"], kind: "string" },
  "dispatch-event-type": { path: ["dispatch", "event-type"], kind: "string" },
  "dispatch-repository": { path: ["dispatch", "repository"], kind: "string" },
  command: { path: ["command"], kind: "list" },
  "command-timeout": { path: ["command-timeout"], kind: "string" },
  "state-file": { path: ["state-file"], kind: "string" },
  "slack-webhook-url": { path: ["notify", "slack-webhook-url"], kind: "string" },
  "teams-webhook-url": { path: ["notify", "teams-webhook-url"], kind: "string" },
  "pagerduty-routing-key": { path: ["notify", "pagerduty-routing-key"], kind: "string" },
  "pagerduty-url": { path: ["notify", "pagerduty-url"], kind: "string" },
  "webhook-url": { path: ["notify", "webhook-url"], kind: "string" },
  "webhook-secret": { path: ["notify", "webhook-secret"], kind: "string" },
  "notify-repeat": { path: ["notify", "repeat"], kind: "string" },
  gates: { path: ["gates"], kind: "string" },
  "fail-on-reject": { path: ["fail-on-reject"], kind: "boolean" },
  "promote-workflow": { path: ["promote", "workflow"], kind: "string" },
  "promote-inputs": { path: ["promote", "inputs"], kind: "map" },
  "issue-number": { path: ["issue-number"], kind: "number", expected: "an issue number" },
  "max-retrain-attempts": { path: ["max-retrain-attempts"], kind: "number", expected: "a whole number \u2265 1" },
  history: { path: ["history", "store"], kind: "string" },
  "history-branch": { path: ["history", "branch"], kind: "string" },
  "history-max-runs": {
    path: ["history", "max-runs"],
    kind: "number",
    expected: "a whole number of runs \u2265 1"
  },
  "max-model-age": { path: ["max-model-age"], kind: "string" },
  "model-timestamp": { path: ["model-timestamp"], kind: "string" }
};
var OTHER_INPUTS = ["config", "github-token"];
var SECRET_INPUTS = ["github-token"];
function secretValues(get, env) {
  const values = [...SECRET_INPUTS.map((name) => get(name)), env.GITHUB_TOKEN];
  return values.filter((v) => typeof v === "string" && v.trim() !== "");
}
function parseYamlInput(name, raw, expected) {
  try {
    return (0, import_yaml.parse)(raw);
  } catch (error) {
    const first = error.message.split("\n")[0];
    throw new InputError(`input '${name}': expected ${expected}, but it does not parse: ${first}`);
  }
}
function convert(name, place, raw) {
  switch (place.kind) {
    case "string":
      return name === "rules" || name === "gates" ? raw : raw.trim();
    case "lines":
      return parseLines(raw);
    case "names":
      return parseNames(raw);
    case "boolean":
      return parseBoolean(raw, name);
    case "number":
      return parseNumber(raw, name, place.expected ?? "a number", place.percent);
    case "list": {
      const value = parseYamlInput(name, raw, "a YAML list of strings");
      if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string" && typeof v !== "number")) {
        throw new InputError(
          `input '${name}': expected a YAML list of strings (e.g. [airflow, dags, trigger, retrain]), got ${JSON.stringify(raw.trim())}`
        );
      }
      return value.map(String);
    }
    case "map": {
      const value = parseYamlInput(name, raw, "a YAML or JSON map (key: value)");
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new InputError(
          `input '${name}': expected a YAML or JSON map (key: value), got ${JSON.stringify(raw.trim())}`
        );
      }
      return value;
    }
  }
}
function readInputSettings(get) {
  const data = {};
  const origins = /* @__PURE__ */ new Map();
  for (const [name, place] of Object.entries(INPUT_PLACES)) {
    const raw = get(name);
    if (raw === void 0 || raw.trim() === "") continue;
    let target = data;
    for (const key of place.path.slice(0, -1)) {
      target = target[key] ??= {};
    }
    target[place.path[place.path.length - 1]] = convert(name, place, raw);
    origins.set(`/${place.path.join("/")}`, name);
  }
  return { data, origins };
}

// src/monitors/expand.ts
import * as path3 from "node:path";

// src/config/config.ts
import * as path from "node:path";

// src/config/file.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_ALIASES = 100;
async function readConfigFile(file, shown) {
  return parseConfigText(await readText(file, shown), shown);
}
function parseConfigText(text, shown) {
  const counter = new import_yaml2.LineCounter();
  const { doc, problem } = parseYamlDocument(text, counter);
  if (problem) {
    const pos = counter.linePos(problem.offset);
    const what = problem.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(`${shown}: line ${pos.line}, column ${pos.col}: invalid YAML: ${what}`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const what = /Excessive alias count/.test(messageOf(error)) ? `too many aliases (*name); a config file may use at most ${MAX_ALIASES}` : messageOf(error);
    throw new InputError(`${shown}: invalid YAML: ${what}`);
  }
  if (data === null || data === void 0) return { shown, data: {}, doc, counter };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(
      `${shown}: line 1, column 1: expected a mapping of settings (metrics:, rules:, drift:, \u2026)`
    );
  }
  return { shown, data, doc, counter };
}

// src/config/positions.ts
var import_yaml4 = __toESM(require_dist(), 1);
function toLinePos(counter, offset) {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
function nodeAt(doc, path4) {
  const node = doc.getIn(path4, true);
  return node && typeof node === "object" && "range" in node ? node : null;
}
function nodePositionOf(doc, counter, path4) {
  for (let depth = path4.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : nodeAt(doc, path4.slice(0, depth));
    if (node?.range) return toLinePos(counter, node.range[0]);
  }
  return null;
}
function keyPositionOf(doc, counter, path4, key) {
  const map = path4.length === 0 ? doc.contents : doc.getIn(path4, true);
  if ((0, import_yaml4.isMap)(map)) {
    const pair = map.items.find(
      (p) => (0, import_yaml4.isPair)(p) && (0, import_yaml4.isScalar)(p.key) && String(p.key.value) === key
    );
    const keyNode = pair?.key;
    if (keyNode?.range) return toLinePos(counter, keyNode.range[0]);
  }
  return nodePositionOf(doc, counter, path4);
}
function scalarTextStart(doc, counter, path4) {
  const node = doc.getIn(path4, true);
  if (!(0, import_yaml4.isScalar)(node) || !node.range) return null;
  const pos = toLinePos(counter, node.range[0]);
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  return quoted ? { line: pos.line, column: pos.column + 1 } : pos;
}

// src/config/gates.ts
var PROMOTE_TEMPLATES = ["monitor", "run_url", "run_id", "issue_number", "passed_gates"];
var DEFAULT_PROMOTE_COOLDOWN = "1d";
var DEFAULT_MAX_RETRAIN_ATTEMPTS = 3;
function gateLines(text, source, first) {
  return parseRuleLines(text, source, first).map(
    (spec) => spec.name === void 0 ? { ...spec, id: spec.id.replace(/^rule-/, "gate-") } : spec
  );
}
function where(file, path4) {
  const source = file?.shown ?? "config";
  const pos = file ? nodePositionOf(file.doc, file.counter, path4) : null;
  return pos ? `${source}: line ${pos.line}, column ${pos.column}: ${path4.join(".")}` : `${source}: ${path4.join(".")}`;
}
function thresholdGate(item, id, at) {
  const metric = item.metric;
  if (item["greater-is-better"] === void 0) {
    throw new InputError(
      `${at}: gate '${id}' needs 'greater-is-better' (true when a higher ${metric} is better, false for errors or latency), as MLflow's MetricThreshold does`
    );
  }
  if (item.threshold === void 0 && item["min-absolute-change"] === void 0 && item["min-relative-change"] === void 0) {
    throw new InputError(
      `${at}: gate '${id}' on '${metric}' checks nothing: set 'threshold', 'min-absolute-change' or 'min-relative-change'`
    );
  }
  return {
    kind: "threshold",
    id,
    ...item.name !== void 0 ? { name: item.name } : {},
    ...item.description !== void 0 ? { description: item.description } : {},
    metric,
    ...item.threshold !== void 0 ? { threshold: item.threshold } : {},
    ...item["min-absolute-change"] !== void 0 ? { minAbsoluteChange: item["min-absolute-change"] } : {},
    ...item["min-relative-change"] !== void 0 ? { minRelativeChange: item["min-relative-change"] } : {},
    greaterIsBetter: item["greater-is-better"],
    origin: at
  };
}
function buildGateSpecs(settings, file, origins) {
  const gates = settings.gates;
  if (gates === void 0) return [];
  if (origins.has("/gates")) {
    return gateLines(gates, "input 'gates'", 1).map((rule) => ({ kind: "expression", rule }));
  }
  const source = file?.shown ?? "config";
  if (typeof gates === "string") {
    const start = file ? scalarTextStart(file.doc, file.counter, ["gates"]) : null;
    return gateLines(gates, source, 1).map((rule) => ({
      kind: "expression",
      rule: start ? { ...rule, origin: { ...rule.origin, line: start.line + rule.origin.line } } : rule
    }));
  }
  const specs = [];
  gates.forEach((item, index) => {
    const n = specs.length + 1;
    if (typeof item === "string") {
      const start = file ? scalarTextStart(file.doc, file.counter, ["gates", index]) : null;
      for (const rule of gateLines(item, source, n)) {
        const origin = start ? { ...rule.origin, line: start.line, column: start.column + rule.origin.column - 1 } : rule.origin;
        specs.push({ kind: "expression", rule: { ...rule, origin } });
      }
    } else if ("expression" in item) {
      const start = file ? scalarTextStart(file.doc, file.counter, ["gates", index, "expression"]) : null;
      const id = item.name ?? `gate-${n}`;
      specs.push({
        kind: "expression",
        rule: {
          id,
          ...item.name ? { name: item.name } : {},
          expression: item.expression,
          ...item.description ? { description: item.description } : {},
          origin: { source, line: start?.line ?? 1, column: start?.column ?? 1 }
        }
      });
    } else {
      specs.push(thresholdGate(item, item.name ?? `gate-${n}`, where(file, ["gates", index])));
    }
  });
  const seen = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const id = spec.kind === "threshold" ? spec.id : spec.rule.id;
    if (seen.has(id))
      throw new InputError(`${source}: gates: the name '${id}' is used twice; gate names must be unique`);
    seen.add(id);
  }
  return specs;
}
function buildPromote(p) {
  if (!p) return null;
  if (p.workflow === void 0) {
    throw new InputError(
      "promote: settings are given but no workflow to dispatch: set 'promote-workflow' (e.g. deploy.yml)"
    );
  }
  const inputs = buildDispatchInputs(p.inputs ?? {}, "promote-inputs", PROMOTE_TEMPLATES);
  checkDispatchLimits("workflow", inputs);
  return {
    workflow: String(p.workflow),
    ...p.ref ? { ref: p.ref } : {},
    inputs,
    cooldownMs: parseDuration(p.cooldown ?? DEFAULT_PROMOTE_COOLDOWN, "promote.cooldown")
  };
}
function buildGateConfig(settings, file, origins) {
  const gates = buildGateSpecs(settings, file, origins);
  if (gates.length === 0) {
    const stray = ["fail-on-reject", "promote", "issue-number"].filter(
      (k) => settings[k] !== void 0
    );
    if (stray.length > 0 || settings.gates !== void 0) {
      throw new InputError(
        `${stray.map((k) => `'${k === "promote" ? "promote-workflow" : k}'`).join(", ") || "'gates'"} ${stray.length > 1 ? "belong" : "belongs"} to a gate step, which needs at least one gate: set 'gates', e.g. \`accuracy >= baseline.accuracy + 0.005\``
      );
    }
    return null;
  }
  if (settings.rules !== void 0) {
    throw new InputError(
      "'gates' and 'rules' in one step: a monitor step checks 'rules', a gate step (in the retraining workflow) checks 'gates'; use two steps"
    );
  }
  if (settings.dispatch !== void 0 || settings.alert?.enabled) {
    throw new InputError(
      "a gate step does not dispatch retraining or open alerts: it deploys with 'promote-workflow' and reports to the monitor's alert given by 'issue-number'"
    );
  }
  return {
    gates,
    failOnReject: settings["fail-on-reject"] ?? false,
    promote: buildPromote(settings.promote),
    issueNumber: settings["issue-number"] ?? null
  };
}

// retrain-trigger.schema.json
var retrain_trigger_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/retrain-trigger/retrain-trigger/retrain-trigger.schema.json",
  title: "retrain-trigger configuration",
  description: "Config file for the retrain-trigger action and CLI. Action inputs override the same settings given here.",
  type: "object",
  additionalProperties: false,
  definitions: {
    paths: {
      description: "A path or glob, or a list of them (relative to the working directory).",
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1
        }
      ]
    },
    names: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    method: {
      description: "A drift method (README: Methods); `ed` and `TVD` are Evidently's names for `energy` and `tvd`.",
      enum: [
        "auto",
        "ks",
        "chisquare",
        "z",
        "wasserstein",
        "psi",
        "kl_div",
        "jensenshannon",
        "hellinger",
        "anderson",
        "cramer_von_mises",
        "t_test",
        "mannw",
        "tvd",
        "linf",
        "energy",
        "es",
        "fisher_exact",
        "g_test",
        "empirical_mmd",
        "ed",
        "TVD"
      ]
    },
    methodChoice: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: {
          $ref: "#/definitions/method"
        },
        threshold: {
          type: "number",
          minimum: 0
        }
      }
    },
    featureKind: {
      enum: ["numerical", "categorical"]
    },
    rule: {
      oneOf: [
        {
          type: "string",
          minLength: 1,
          description: "`expression` or `name: expression`"
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["expression"],
          properties: {
            name: {
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$",
              description: "a rule name: letters, digits, _ . - (starting with a letter or _)"
            },
            expression: {
              type: "string",
              minLength: 1
            },
            description: {
              type: "string"
            },
            for: {
              oneOf: [
                {
                  type: "integer",
                  minimum: 1
                },
                {
                  type: "string",
                  pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"
                }
              ],
              description: "Counts as triggered only once it held on the last N evaluable runs (3), or on K of the last N ('2 of 3'); pending until then. Needs a history store."
            },
            "clear-after": {
              type: "integer",
              minimum: 1,
              description: "Once triggered, stays triggered until this many consecutive healthy evaluable runs (default 1). Needs a history store."
            }
          }
        }
      ]
    }
  },
  properties: {
    $schema: {
      type: "string"
    },
    metrics: {
      $ref: "#/definitions/paths",
      description: "Current metrics files (JSON, YAML, JSONL, CSV)."
    },
    baseline: {
      $ref: "#/definitions/paths",
      description: "Baseline (production / previous) metrics files."
    },
    rules: {
      description: "Rules; retraining is due when any is true. A list, or one multi-line string like the `rules` input.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            $ref: "#/definitions/rule"
          }
        }
      ]
    },
    "fail-on-trigger": {
      type: "boolean",
      description: "Mark the step failed when retraining is due."
    },
    "on-unknown": {
      enum: ["keep", "healthy", "due", "fail"],
      default: "keep",
      description: "What a verdict that could not be decided becomes (a rule that errored, drift that could not be decided): `keep` (default: an open alert stays open and notes the run, nothing is dispatched or closed; output status `unknown`), `healthy`, `due`, or `fail` (like keep, then fail the step after the outputs are set)."
    },
    "report-path": {
      type: "string",
      minLength: 1,
      description: "Where to write the JSON report."
    },
    "monitor-key": {
      type: "string",
      minLength: 1,
      maxLength: 200,
      description: "Stable key of this monitor: one open alert issue per key."
    },
    "dry-run": {
      type: "boolean",
      description: "Read from GitHub, write nothing, say what would be written."
    },
    drift: {
      type: "object",
      additionalProperties: false,
      required: ["reference", "current"],
      properties: {
        reference: {
          $ref: "#/definitions/paths",
          description: "Reference (training) data: CSV, JSONL, Parquet or profile JSON."
        },
        current: {
          $ref: "#/definitions/paths",
          description: "Current (production) data."
        },
        method: {
          $ref: "#/definitions/method"
        },
        threshold: {
          type: "number",
          minimum: 0
        },
        share: {
          description: "The dataset has drifted when at least this share of the tested features drifted.",
          oneOf: [
            {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            {
              type: "string",
              pattern: "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$",
              description: "A percentage, e.g. `30%`."
            }
          ]
        },
        features: {
          $ref: "#/definitions/names"
        },
        exclude: {
          $ref: "#/definitions/names",
          description: "Columns left out of drift and data quality: names or globs (`*_id`, `event_*`)."
        },
        delimiter: {
          enum: [",", ";", "	", "|", "tab", "auto"],
          description: "Cell delimiter of CSV data files. Default: detected from the header (`.tsv` files: tab)."
        },
        decimal: {
          enum: [".", ","],
          description: "Decimal mark of numbers in CSV data files (`,` for European exports). Default: detected (`,` when a `;`- or tab-separated file writes its numbers with decimal commas and none with points), else `.`."
        },
        "na-values": {
          description: "Cell texts read as missing. A list adds to pandas' defaults (`NA`, `N/A`, `null`, `None`, \u2026); `{replace: [...]}` uses only the given ones.",
          oneOf: [
            {
              $ref: "#/definitions/names"
            },
            {
              type: "object",
              additionalProperties: false,
              required: ["replace"],
              properties: {
                replace: {
                  type: "array",
                  items: {
                    type: "string"
                  }
                }
              }
            }
          ]
        },
        bins: {
          type: "integer",
          minimum: 2,
          maximum: 1e4
        },
        binning: {
          enum: ["auto", "equal-width", "quantile"]
        },
        "min-samples": {
          type: "integer",
          minimum: 1
        },
        correction: {
          enum: ["none", "bonferroni", "benjamini-hochberg"]
        },
        "min-effect-size": {
          type: "number",
          minimum: 0
        },
        seed: {
          type: "integer"
        },
        numerical: {
          $ref: "#/definitions/methodChoice"
        },
        categorical: {
          $ref: "#/definitions/methodChoice"
        },
        types: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/featureKind"
          }
        },
        "per-feature": {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              method: {
                $ref: "#/definitions/method"
              },
              threshold: {
                type: "number",
                minimum: 0
              },
              type: {
                $ref: "#/definitions/featureKind"
              }
            }
          }
        },
        for: {
          oneOf: [
            {
              type: "integer",
              minimum: 1
            },
            {
              type: "string",
              pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"
            }
          ],
          description: "Dataset drift counts as detected only once it was detected on the last N evaluable runs (3), or on K of the last N ('2 of 3'). Needs a history store."
        },
        "clear-after": {
          type: "integer",
          minimum: 1,
          description: "Once detected, drift counts until this many consecutive runs without drift (default 1). Needs a history store."
        }
      }
    },
    alert: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean"
        },
        labels: {
          $ref: "#/definitions/names"
        },
        title: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "Issue title; {monitor} is replaced with the monitor key."
        },
        assignees: {
          $ref: "#/definitions/names"
        },
        "close-on-recovery": {
          type: "boolean"
        }
      }
    },
    dispatch: {
      type: "object",
      additionalProperties: false,
      properties: {
        workflow: {
          oneOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "integer",
              minimum: 1
            }
          ],
          description: "Workflow file name (retrain.yml) or numeric id to start with workflow_dispatch."
        },
        "event-type": {
          type: "string",
          minLength: 1,
          maxLength: 100,
          description: "repository_dispatch event type (alternative to workflow)."
        },
        repository: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          description: "a repository as owner/name (where the workflow lives or the event is sent; default: this one)"
        },
        ref: {
          type: "string",
          minLength: 1,
          description: "Git ref for workflow_dispatch (default: the default branch)."
        },
        inputs: {
          type: "object",
          maxProperties: 25,
          additionalProperties: {
            type: ["string", "number", "boolean"]
          },
          description: "Inputs for the dispatched workflow (at most 25); templates {reasons}, {triggered}, {failed_rules}, {drifted_features}, {monitor}, {run_url}, {status}, {issue_number}, {models}."
        },
        cooldown: {
          type: "string",
          pattern: "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$",
          description: "a duration like 30m, 6h, 1d or 1h30m (0 disables the cooldown)"
        }
      }
    },
    history: {
      description: "The run history of this monitor, read by rules over time, hysteresis, model age and trend charts: 'branch', a .jsonl path, or a section.",
      oneOf: [
        {
          type: "string",
          minLength: 1,
          description: "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)."
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            store: {
              type: "string",
              minLength: 1,
              description: "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)."
            },
            branch: {
              type: "string",
              minLength: 1,
              description: "Branch of the branch store. Default retrain-trigger-history."
            },
            "max-runs": {
              type: "integer",
              minimum: 1,
              description: "Runs kept; the oldest are dropped. Default 2000."
            },
            detectors: {
              type: "object",
              additionalProperties: false,
              description: "Parameters of the change detectors page_hinkley(x), cusum(x), ewma(x); defaults are river's.",
              properties: {
                "page-hinkley": {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    "min-instances": {
                      type: "number"
                    },
                    delta: {
                      type: "number"
                    },
                    threshold: {
                      type: "number"
                    },
                    alpha: {
                      type: "number"
                    }
                  }
                },
                cusum: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    "min-instances": {
                      type: "number"
                    },
                    slack: {
                      type: "number"
                    },
                    threshold: {
                      type: "number"
                    }
                  }
                },
                ewma: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    "min-instances": {
                      type: "number"
                    },
                    alpha: {
                      type: "number"
                    },
                    threshold: {
                      type: "number"
                    }
                  }
                }
              }
            }
          }
        }
      ]
    },
    "max-model-age": {
      oneOf: [
        {
          type: "string",
          pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$"
        },
        {
          type: "number",
          exclusiveMinimum: 0
        }
      ],
      description: "Retraining is due when the model is older than this (30d, 36h, 2w; a number is days). The age comes from model-timestamp, the last successful dispatch-workflow run on the default branch, or the last retraining in the history."
    },
    "model-timestamp": {
      type: "string",
      minLength: 1,
      description: "Key of the metrics files holding the model's training time (ISO 8601 or epoch seconds), e.g. trained_at."
    },
    command: {
      type: "array",
      minItems: 1,
      items: {
        type: "string"
      },
      description: "Retraining through a command: an argv (program, then its arguments), run without a shell when retraining is due, with RETRAIN_TRIGGER_STATUS, _REASONS, _FAILED_RULES, _DRIFTED_FEATURES, _REPORT and _MONITOR in its environment."
    },
    "command-timeout": {
      type: "string",
      pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$",
      description: "Stop the command after this long (e.g. 30m); default 30m."
    },
    "state-file": {
      type: "string",
      minLength: 1,
      description: "A .jsonl file where notifications sent and commands started are recorded, so re-runs and later runs never repeat them (keep it between runs with actions/cache, like a history file). Required with notify targets or command."
    },
    notify: {
      type: "object",
      additionalProperties: false,
      description: "Notification targets; each optional. Fill the URLs and keys from secrets.",
      properties: {
        "slack-webhook-url": {
          type: "string",
          minLength: 1,
          description: "Slack incoming webhook URL (Block Kit message)."
        },
        "teams-webhook-url": {
          type: "string",
          minLength: 1,
          description: "Microsoft Teams Workflows webhook URL (Adaptive Card)."
        },
        "pagerduty-routing-key": {
          type: "string",
          minLength: 1,
          description: "PagerDuty Events API v2 routing (integration) key."
        },
        "pagerduty-url": {
          type: "string",
          minLength: 1,
          description: "PagerDuty Events API v2 endpoint; default https://events.pagerduty.com/v2/enqueue."
        },
        "webhook-url": {
          type: "string",
          minLength: 1,
          description: "A URL that receives the JSON report on each change of state."
        },
        "webhook-secret": {
          type: "string",
          minLength: 1,
          description: "HMAC-SHA256 key: the body's signature is sent in X-Retrain-Trigger-Signature-256: sha256=<hex>."
        },
        repeat: {
          type: "string",
          pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$",
          description: "Re-send while an alert stays open, after this long (e.g. 1d, like Alertmanager's repeat_interval); default 0 = only on changes of state."
        }
      }
    },
    gates: {
      description: "Gate step: conditions that must all hold for the candidate (metrics) to be promoted over the champion (baseline).",
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          minItems: 1,
          items: {
            oneOf: [
              {
                type: "string",
                minLength: 1,
                description: "a condition in the rules language: `expression` or `name: expression`"
              },
              {
                type: "object",
                properties: {
                  name: {},
                  description: {},
                  metric: {},
                  threshold: {},
                  "min-absolute-change": {},
                  "min-relative-change": {},
                  "greater-is-better": {},
                  expression: {}
                },
                if: {
                  properties: {
                    metric: {}
                  },
                  required: ["metric"]
                },
                then: {
                  additionalProperties: false,
                  required: ["metric"],
                  description: "MLflow MetricThreshold semantics",
                  properties: {
                    name: {
                      type: "string",
                      pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$",
                      description: "a rule name: letters, digits, _ . - (starting with a letter or _)"
                    },
                    description: {
                      type: "string"
                    },
                    metric: {
                      type: "string",
                      minLength: 1
                    },
                    threshold: {
                      type: "number",
                      description: "challenger >= threshold (<= when lower is better)"
                    },
                    "min-absolute-change": {
                      type: "number",
                      exclusiveMinimum: 0,
                      description: "challenger >= champion + this (<= champion - this when lower is better)"
                    },
                    "min-relative-change": {
                      type: "number",
                      minimum: 0,
                      maximum: 1,
                      description: "relative improvement over the champion of at least this share"
                    },
                    "greater-is-better": {
                      type: "boolean"
                    }
                  }
                },
                else: {
                  additionalProperties: false,
                  required: ["expression"],
                  properties: {
                    name: {
                      type: "string",
                      pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$",
                      description: "a rule name: letters, digits, _ . - (starting with a letter or _)"
                    },
                    expression: {
                      type: "string",
                      minLength: 1
                    },
                    description: {
                      type: "string"
                    }
                  }
                }
              }
            ]
          }
        }
      ]
    },
    "fail-on-reject": {
      type: "boolean",
      description: "Gate step: mark the step failed when the candidate is rejected."
    },
    promote: {
      type: "object",
      additionalProperties: false,
      description: "Gate step: the deployment workflow dispatched once per promoted candidate.",
      properties: {
        workflow: {
          oneOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "integer",
              minimum: 1
            }
          ]
        },
        ref: {
          type: "string",
          minLength: 1
        },
        inputs: {
          type: "object",
          additionalProperties: {
            type: ["string", "number", "boolean"]
          }
        },
        cooldown: {
          type: "string",
          minLength: 1
        }
      }
    },
    "issue-number": {
      type: "integer",
      minimum: 1,
      description: "Gate step: the monitor's alert issue to report the outcome on."
    },
    "max-retrain-attempts": {
      type: "integer",
      minimum: 1,
      description: "Failed retraining attempts in one alert episode before the monitor stops dispatching (default 3)."
    },
    "batch-dispatch": {
      type: "boolean",
      description: "With monitors: send the top-level `dispatch` once for all models due (those without a dispatch of their own), with `{models}` listing their keys, instead of one run per model. Monitors then do not inherit the top-level dispatch."
    },
    monitors: {
      type: "array",
      minItems: 1,
      maxItems: 1e3,
      description: "Several monitors in one run. Each has its own key and inherits every top-level setting it does not set: mappings (drift, alert, notify, dispatch and its inputs) merge key by key, lists and values are replaced. Every setting a monitor ends up with is checked like a top-level configuration.",
      items: {
        type: "object",
        required: ["key"],
        properties: {
          key: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            description: "This monitor's key (its alert issue, history, notifications and dispatch dedup)."
          },
          "depends-on": {
            $ref: "#/definitions/names",
            description: "Keys of the monitors this model depends on: when one of them is due, this model is due too."
          }
        },
        additionalProperties: true
      }
    }
  }
};

// src/config/schema-errors.ts
function inputFor(pointer) {
  return Object.entries(INPUT_PLACES).find(([, place]) => `/${place.path.join("/")}` === pointer)?.[0];
}
function resolve(node) {
  let current = node ?? {};
  while (typeof current.$ref === "string") {
    const name = current.$ref.replace("#/definitions/", "");
    current = retrain_trigger_schema_default.definitions[name] ?? {};
  }
  return current;
}
function branchWith(node, key) {
  if (!Array.isArray(node.oneOf)) return node;
  return node.oneOf.map(resolve).find((b) => key in b) ?? node;
}
function schemaAt(pointer) {
  let node = resolve(retrain_trigger_schema_default);
  for (const segment of pointerSegments(pointer)) {
    if (typeof segment === "number") {
      node = resolve(branchWith(node, "items").items);
      continue;
    }
    const withProps = branchWith(node, "properties");
    const props = withProps.properties;
    if (props && segment in props) node = resolve(props[segment]);
    else node = resolve(branchWith(node, "additionalProperties").additionalProperties);
  }
  return node;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function valueAt(data, pointer) {
  let value = data;
  for (const segment of pointerSegments(pointer)) {
    value = value && typeof value === "object" ? value[segment] : void 0;
  }
  return value;
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping"
};
function expectedOf(node) {
  if (Array.isArray(node.oneOf))
    return node.oneOf.map((b) => expectedOf(resolve(b))).join(" or ");
  if (Array.isArray(node.enum)) return `one of ${node.enum.join(", ")}`;
  const type = node.type;
  if (type === "array") return `a list of ${expectedOf(resolve(node.items)).replace(/^an? /, "")}s`;
  if (Array.isArray(type)) return type.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
  return TYPE_WORDS[String(type)] ?? "a value";
}
function explainSchemaErrors(errors, data) {
  const oneOfFailures = errors.filter((e) => e.keyword === "oneOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const skip = /* @__PURE__ */ new Set();
  const out = [];
  for (const failure of oneOfFailures) {
    const branchErrors = errors.filter(
      (e) => e !== failure && e.schemaPath.startsWith(`${failure.schemaPath}/`)
    );
    const typeMatched = /* @__PURE__ */ new Set();
    const branches = /* @__PURE__ */ new Map();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(failure.schemaPath.length + 1).split("/")[0];
      branches.set(branch, [...branches.get(branch) ?? [], e]);
      skip.add(e);
    }
    for (const [branch, list] of branches) {
      if (!list.some((e) => e.keyword === "type" && e.instancePath === failure.instancePath))
        typeMatched.add(branch);
    }
    const fitting = [...typeMatched].flatMap((b) => branches.get(b) ?? []);
    if (fitting.length > 0) {
      for (const e of fitting) skip.delete(e);
    } else {
      const value = valueAt(data, failure.instancePath);
      out.push({
        pointer: failure.instancePath,
        message: `expected ${expectedOf(schemaAt(failure.instancePath))}, got ${describeValue(value)}`
      });
    }
    skip.add(failure);
  }
  for (const e of errors) {
    if (skip.has(e) || e.keyword === "if") continue;
    out.push(explainOne(e, data));
  }
  return out;
}
function explainOne(e, data) {
  const value = valueAt(data, e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const known = Object.keys(
        branchWith(schemaAt(e.instancePath), "properties").properties ?? {}
      ).filter((k) => k !== "$schema");
      const key = String(p.additionalProperty);
      return { pointer: e.instancePath, key, message: `unknown key '${key}' (known: ${known.join(", ")})` };
    }
    case "required": {
      const missing = String(p.missingProperty);
      const input = inputFor(`${e.instancePath}/${missing}`);
      return {
        pointer: e.instancePath,
        message: `missing '${missing}'${input ? ` (input '${input}')` : ""}`
      };
    }
    case "enum":
      return {
        pointer: e.instancePath,
        message: `expected one of ${p.allowedValues.join(", ")}, got ${describeValue(value)}`
      };
    case "type":
      return {
        pointer: e.instancePath,
        message: `expected ${expectedOf(schemaAt(e.instancePath))}, got ${describeValue(value)}`
      };
    case "minimum":
    case "maximum":
      return {
        pointer: e.instancePath,
        message: `expected a number ${e.keyword === "minimum" ? "\u2265" : "\u2264"} ${String(p.limit)}, got ${describeValue(value)}`
      };
    case "maxProperties":
      return { pointer: e.instancePath, message: `at most ${String(p.limit)} entries are allowed` };
    case "pattern": {
      const described = schemaAt(e.instancePath).description;
      const hint = typeof described === "string" ? described : `text matching ${String(p.pattern)}`;
      return { pointer: e.instancePath, message: `expected ${hint}, got ${describeValue(value)}` };
    }
    default:
      return {
        pointer: e.instancePath,
        message: `${e.message ?? "is invalid"}, got ${describeValue(value)}`
      };
  }
}

// src/config/sections.ts
var DEFAULTS = {
  driftShare: 0.5,
  minSamples: 30,
  seed: 42,
  issueLabel: "model-alert",
  issueTitle: "Model needs retraining: {monitor}",
  cooldown: "1d",
  commandTimeout: "30m",
  reportFile: "retrain-trigger-report.json"
};
function toList(value) {
  if (value === void 0) return [];
  return (Array.isArray(value) ? value : value.split(/\r?\n/)).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function buildDrift(d) {
  const types = d.types ?? {};
  const perFeature = {};
  for (const [name, kind] of Object.entries(types)) perFeature[name] = { type: kind };
  for (const [name, choice] of Object.entries(d["per-feature"] ?? {})) {
    perFeature[name] = { ...perFeature[name], ...choice };
  }
  return {
    reference: toList(d.reference),
    current: toList(d.current),
    method: d.method ?? "auto",
    ...d.threshold !== void 0 ? { threshold: d.threshold } : {},
    share: typeof d.share === "string" ? Number(d.share.trim().slice(0, -1)) / 100 : d.share ?? DEFAULTS.driftShare,
    ...d.features !== void 0 ? { features: toNames(d.features) } : {},
    exclude: d.exclude !== void 0 ? toNames(d.exclude) : [],
    table: tableFormat(d),
    numerical: d.numerical ?? {},
    categorical: d.categorical ?? {},
    perFeature,
    ...d.bins !== void 0 ? { bins: d.bins } : {},
    binning: d.binning ?? "auto",
    minSamples: d["min-samples"] ?? DEFAULTS.minSamples,
    correction: d.correction ?? "none",
    ...d["min-effect-size"] !== void 0 ? { minEffectSize: d["min-effect-size"] } : {},
    seed: d.seed ?? DEFAULTS.seed
  };
}
function tableFormat(d) {
  const decimal = d.decimal;
  const delimiter = d.delimiter === "tab" ? "	" : d.delimiter === "auto" ? void 0 : d.delimiter;
  if (delimiter === "," && decimal === ",") {
    throw new InputError(
      "drift: delimiter ',' and decimal ',' cannot be used together (European exports separate cells with ';')"
    );
  }
  const na = d["na-values"];
  const naValues = na === void 0 ? PANDAS_NA_VALUES : typeof na === "object" && !Array.isArray(na) ? na.replace : [.../* @__PURE__ */ new Set([...PANDAS_NA_VALUES, ...toNames(na)])];
  return {
    ...delimiter !== void 0 ? { delimiter } : {},
    ...decimal !== void 0 ? { decimal } : {},
    naValues
  };
}
function toNames(value) {
  return (Array.isArray(value) ? value : value.split(/[,\r\n]/)).map((s) => s.trim()).filter((s) => s !== "");
}
function buildAlert(a) {
  return {
    enabled: a?.enabled ?? false,
    labels: a?.labels !== void 0 ? toNames(a.labels) : [DEFAULTS.issueLabel],
    title: a?.title ?? DEFAULTS.issueTitle,
    assignees: a?.assignees !== void 0 ? toNames(a.assignees) : [],
    closeOnRecovery: a?.["close-on-recovery"] ?? true
  };
}
function buildDispatch(d) {
  if (!d) return null;
  const workflow = d.workflow !== void 0 ? String(d.workflow) : void 0;
  const eventType = d["event-type"];
  if (workflow && eventType) {
    throw new InputError(
      "dispatch: set either 'dispatch-workflow' (workflow_dispatch) or 'dispatch-event-type' (repository_dispatch), not both"
    );
  }
  if (!workflow && !eventType) {
    throw new InputError(
      "dispatch: settings are given but nothing to dispatch: set 'dispatch-workflow' (e.g. retrain.yml) or 'dispatch-event-type'"
    );
  }
  const inputs = buildDispatchInputs(d.inputs ?? {});
  checkDispatchLimits(workflow ? "workflow" : "event", inputs);
  return {
    ...workflow ? { workflow } : {},
    ...eventType ? { eventType } : {},
    ...d.repository ? { repository: parseRepository(d.repository) } : {},
    ...d.ref ? { ref: d.ref } : {},
    inputs,
    cooldownMs: parseDuration(d.cooldown ?? DEFAULTS.cooldown, "cooldown")
  };
}
function buildCommand(settings) {
  const argv = settings.command;
  if (!argv) {
    if (settings["command-timeout"] !== void 0) {
      throw new InputError("command-timeout is set but there is no 'command' to run");
    }
    return null;
  }
  if (argv[0]?.trim() === "") throw new InputError("command: the program (first item) is empty");
  const timeoutMs = parseDuration(settings["command-timeout"] ?? DEFAULTS.commandTimeout, "command-timeout");
  if (timeoutMs <= 0) throw new InputError("command-timeout: expected a duration above 0, e.g. 30m");
  return { argv, timeoutMs };
}
function buildNotify(n) {
  const config = {
    pagerdutyUrl: n?.["pagerduty-url"] ?? PAGERDUTY_EVENTS_URL,
    repeatMs: parseDuration(n?.repeat ?? "0", "notify-repeat"),
    ...n?.["slack-webhook-url"] ? { slackWebhookUrl: n["slack-webhook-url"] } : {},
    ...n?.["teams-webhook-url"] ? { teamsWebhookUrl: n["teams-webhook-url"] } : {},
    ...n?.["pagerduty-routing-key"] ? { pagerdutyRoutingKey: n["pagerduty-routing-key"] } : {},
    ...n?.["webhook-url"] ? { webhookUrl: n["webhook-url"] } : {},
    ...n?.["webhook-secret"] ? { webhookSecret: n["webhook-secret"] } : {}
  };
  const urls = [
    [config.slackWebhookUrl, "slack-webhook-url"],
    [config.teamsWebhookUrl, "teams-webhook-url"],
    [config.pagerdutyRoutingKey ? config.pagerdutyUrl : void 0, "pagerduty-url"],
    [config.webhookUrl, "webhook-url"]
  ];
  for (const [url, name] of urls) {
    const problem = url ? checkTargetUrl(url, name) : void 0;
    if (problem) throw new InputError(problem);
  }
  if (config.webhookSecret && !config.webhookUrl) {
    throw new InputError("webhook-secret is set but there is no 'webhook-url' to sign for");
  }
  return config;
}

// src/config/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var validate_config_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/retrain-trigger/retrain-trigger/retrain-trigger.schema.json", "title": "retrain-trigger configuration", "description": "Config file for the retrain-trigger action and CLI. Action inputs override the same settings given here.", "type": "object", "additionalProperties": false, "definitions": { "paths": { "description": "A path or glob, or a list of them (relative to the working directory).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "names": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "method": { "description": "A drift method (README: Methods); `ed` and `TVD` are Evidently's names for `energy` and `tvd`.", "enum": ["auto", "ks", "chisquare", "z", "wasserstein", "psi", "kl_div", "jensenshannon", "hellinger", "anderson", "cramer_von_mises", "t_test", "mannw", "tvd", "linf", "energy", "es", "fisher_exact", "g_test", "empirical_mmd", "ed", "TVD"] }, "methodChoice": { "type": "object", "additionalProperties": false, "properties": { "method": { "$ref": "#/definitions/method" }, "threshold": { "type": "number", "minimum": 0 } } }, "featureKind": { "enum": ["numerical", "categorical"] }, "rule": { "oneOf": [{ "type": "string", "minLength": 1, "description": "`expression` or `name: expression`" }, { "type": "object", "additionalProperties": false, "required": ["expression"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "description": "a rule name: letters, digits, _ . - (starting with a letter or _)" }, "expression": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "for": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }], "description": "Counts as triggered only once it held on the last N evaluable runs (3), or on K of the last N ('2 of 3'); pending until then. Needs a history store." }, "clear-after": { "type": "integer", "minimum": 1, "description": "Once triggered, stays triggered until this many consecutive healthy evaluable runs (default 1). Needs a history store." } } }] } }, "properties": { "$schema": { "type": "string" }, "metrics": { "$ref": "#/definitions/paths", "description": "Current metrics files (JSON, YAML, JSONL, CSV)." }, "baseline": { "$ref": "#/definitions/paths", "description": "Baseline (production / previous) metrics files." }, "rules": { "description": "Rules; retraining is due when any is true. A list, or one multi-line string like the `rules` input.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "$ref": "#/definitions/rule" } }] }, "fail-on-trigger": { "type": "boolean", "description": "Mark the step failed when retraining is due." }, "on-unknown": { "enum": ["keep", "healthy", "due", "fail"], "default": "keep", "description": "What a verdict that could not be decided becomes (a rule that errored, drift that could not be decided): `keep` (default: an open alert stays open and notes the run, nothing is dispatched or closed; output status `unknown`), `healthy`, `due`, or `fail` (like keep, then fail the step after the outputs are set)." }, "report-path": { "type": "string", "minLength": 1, "description": "Where to write the JSON report." }, "monitor-key": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Stable key of this monitor: one open alert issue per key." }, "dry-run": { "type": "boolean", "description": "Read from GitHub, write nothing, say what would be written." }, "drift": { "type": "object", "additionalProperties": false, "required": ["reference", "current"], "properties": { "reference": { "$ref": "#/definitions/paths", "description": "Reference (training) data: CSV, JSONL, Parquet or profile JSON." }, "current": { "$ref": "#/definitions/paths", "description": "Current (production) data." }, "method": { "$ref": "#/definitions/method" }, "threshold": { "type": "number", "minimum": 0 }, "share": { "description": "The dataset has drifted when at least this share of the tested features drifted.", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$", "description": "A percentage, e.g. `30%`." }] }, "features": { "$ref": "#/definitions/names" }, "exclude": { "$ref": "#/definitions/names", "description": "Columns left out of drift and data quality: names or globs (`*_id`, `event_*`)." }, "delimiter": { "enum": [",", ";", "	", "|", "tab", "auto"], "description": "Cell delimiter of CSV data files. Default: detected from the header (`.tsv` files: tab)." }, "decimal": { "enum": [".", ","], "description": "Decimal mark of numbers in CSV data files (`,` for European exports). Default: detected (`,` when a `;`- or tab-separated file writes its numbers with decimal commas and none with points), else `.`." }, "na-values": { "description": "Cell texts read as missing. A list adds to pandas' defaults (`NA`, `N/A`, `null`, `None`, \u2026); `{replace: [...]}` uses only the given ones.", "oneOf": [{ "$ref": "#/definitions/names" }, { "type": "object", "additionalProperties": false, "required": ["replace"], "properties": { "replace": { "type": "array", "items": { "type": "string" } } } }] }, "bins": { "type": "integer", "minimum": 2, "maximum": 1e4 }, "binning": { "enum": ["auto", "equal-width", "quantile"] }, "min-samples": { "type": "integer", "minimum": 1 }, "correction": { "enum": ["none", "bonferroni", "benjamini-hochberg"] }, "min-effect-size": { "type": "number", "minimum": 0 }, "seed": { "type": "integer" }, "numerical": { "$ref": "#/definitions/methodChoice" }, "categorical": { "$ref": "#/definitions/methodChoice" }, "types": { "type": "object", "additionalProperties": { "$ref": "#/definitions/featureKind" } }, "per-feature": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "method": { "$ref": "#/definitions/method" }, "threshold": { "type": "number", "minimum": 0 }, "type": { "$ref": "#/definitions/featureKind" } } } }, "for": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }], "description": "Dataset drift counts as detected only once it was detected on the last N evaluable runs (3), or on K of the last N ('2 of 3'). Needs a history store." }, "clear-after": { "type": "integer", "minimum": 1, "description": "Once detected, drift counts until this many consecutive runs without drift (default 1). Needs a history store." } } }, "alert": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "labels": { "$ref": "#/definitions/names" }, "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Issue title; {monitor} is replaced with the monitor key." }, "assignees": { "$ref": "#/definitions/names" }, "close-on-recovery": { "type": "boolean" } } }, "dispatch": { "type": "object", "additionalProperties": false, "properties": { "workflow": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "integer", "minimum": 1 }], "description": "Workflow file name (retrain.yml) or numeric id to start with workflow_dispatch." }, "event-type": { "type": "string", "minLength": 1, "maxLength": 100, "description": "repository_dispatch event type (alternative to workflow)." }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "a repository as owner/name (where the workflow lives or the event is sent; default: this one)" }, "ref": { "type": "string", "minLength": 1, "description": "Git ref for workflow_dispatch (default: the default branch)." }, "inputs": { "type": "object", "maxProperties": 25, "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Inputs for the dispatched workflow (at most 25); templates {reasons}, {triggered}, {failed_rules}, {drifted_features}, {monitor}, {run_url}, {status}, {issue_number}, {models}." }, "cooldown": { "type": "string", "pattern": "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$", "description": "a duration like 30m, 6h, 1d or 1h30m (0 disables the cooldown)" } } }, "history": { "description": "The run history of this monitor, read by rules over time, hysteresis, model age and trend charts: 'branch', a .jsonl path, or a section.", "oneOf": [{ "type": "string", "minLength": 1, "description": "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)." }, { "type": "object", "additionalProperties": false, "properties": { "store": { "type": "string", "minLength": 1, "description": "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)." }, "branch": { "type": "string", "minLength": 1, "description": "Branch of the branch store. Default retrain-trigger-history." }, "max-runs": { "type": "integer", "minimum": 1, "description": "Runs kept; the oldest are dropped. Default 2000." }, "detectors": { "type": "object", "additionalProperties": false, "description": "Parameters of the change detectors page_hinkley(x), cusum(x), ewma(x); defaults are river's.", "properties": { "page-hinkley": { "type": "object", "additionalProperties": false, "properties": { "min-instances": { "type": "number" }, "delta": { "type": "number" }, "threshold": { "type": "number" }, "alpha": { "type": "number" } } }, "cusum": { "type": "object", "additionalProperties": false, "properties": { "min-instances": { "type": "number" }, "slack": { "type": "number" }, "threshold": { "type": "number" } } }, "ewma": { "type": "object", "additionalProperties": false, "properties": { "min-instances": { "type": "number" }, "alpha": { "type": "number" }, "threshold": { "type": "number" } } } } } } }] }, "max-model-age": { "oneOf": [{ "type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$" }, { "type": "number", "exclusiveMinimum": 0 }], "description": "Retraining is due when the model is older than this (30d, 36h, 2w; a number is days). The age comes from model-timestamp, the last successful dispatch-workflow run on the default branch, or the last retraining in the history." }, "model-timestamp": { "type": "string", "minLength": 1, "description": "Key of the metrics files holding the model's training time (ISO 8601 or epoch seconds), e.g. trained_at." }, "command": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Retraining through a command: an argv (program, then its arguments), run without a shell when retraining is due, with RETRAIN_TRIGGER_STATUS, _REASONS, _FAILED_RULES, _DRIFTED_FEATURES, _REPORT and _MONITOR in its environment." }, "command-timeout": { "type": "string", "pattern": "^(0|(\\d+(\\.\\d+)?[smhdw])+)$", "description": "Stop the command after this long (e.g. 30m); default 30m." }, "state-file": { "type": "string", "minLength": 1, "description": "A .jsonl file where notifications sent and commands started are recorded, so re-runs and later runs never repeat them (keep it between runs with actions/cache, like a history file). Required with notify targets or command." }, "notify": { "type": "object", "additionalProperties": false, "description": "Notification targets; each optional. Fill the URLs and keys from secrets.", "properties": { "slack-webhook-url": { "type": "string", "minLength": 1, "description": "Slack incoming webhook URL (Block Kit message)." }, "teams-webhook-url": { "type": "string", "minLength": 1, "description": "Microsoft Teams Workflows webhook URL (Adaptive Card)." }, "pagerduty-routing-key": { "type": "string", "minLength": 1, "description": "PagerDuty Events API v2 routing (integration) key." }, "pagerduty-url": { "type": "string", "minLength": 1, "description": "PagerDuty Events API v2 endpoint; default https://events.pagerduty.com/v2/enqueue." }, "webhook-url": { "type": "string", "minLength": 1, "description": "A URL that receives the JSON report on each change of state." }, "webhook-secret": { "type": "string", "minLength": 1, "description": "HMAC-SHA256 key: the body's signature is sent in X-Retrain-Trigger-Signature-256: sha256=<hex>." }, "repeat": { "type": "string", "pattern": "^(0|(\\d+(\\.\\d+)?[smhdw])+)$", "description": "Re-send while an alert stays open, after this long (e.g. 1d, like Alertmanager's repeat_interval); default 0 = only on changes of state." } } }, "gates": { "description": "Gate step: conditions that must all hold for the candidate (metrics) to be promoted over the champion (baseline).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "string", "minLength": 1, "description": "a condition in the rules language: `expression` or `name: expression`" }, { "type": "object", "properties": { "name": {}, "description": {}, "metric": {}, "threshold": {}, "min-absolute-change": {}, "min-relative-change": {}, "greater-is-better": {}, "expression": {} }, "if": { "properties": { "metric": {} }, "required": ["metric"] }, "then": { "additionalProperties": false, "required": ["metric"], "description": "MLflow MetricThreshold semantics", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "description": "a rule name: letters, digits, _ . - (starting with a letter or _)" }, "description": { "type": "string" }, "metric": { "type": "string", "minLength": 1 }, "threshold": { "type": "number", "description": "challenger >= threshold (<= when lower is better)" }, "min-absolute-change": { "type": "number", "exclusiveMinimum": 0, "description": "challenger >= champion + this (<= champion - this when lower is better)" }, "min-relative-change": { "type": "number", "minimum": 0, "maximum": 1, "description": "relative improvement over the champion of at least this share" }, "greater-is-better": { "type": "boolean" } } }, "else": { "additionalProperties": false, "required": ["expression"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "description": "a rule name: letters, digits, _ . - (starting with a letter or _)" }, "expression": { "type": "string", "minLength": 1 }, "description": { "type": "string" } } } }] } }] }, "fail-on-reject": { "type": "boolean", "description": "Gate step: mark the step failed when the candidate is rejected." }, "promote": { "type": "object", "additionalProperties": false, "description": "Gate step: the deployment workflow dispatched once per promoted candidate.", "properties": { "workflow": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "integer", "minimum": 1 }] }, "ref": { "type": "string", "minLength": 1 }, "inputs": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "cooldown": { "type": "string", "minLength": 1 } } }, "issue-number": { "type": "integer", "minimum": 1, "description": "Gate step: the monitor's alert issue to report the outcome on." }, "max-retrain-attempts": { "type": "integer", "minimum": 1, "description": "Failed retraining attempts in one alert episode before the monitor stops dispatching (default 3)." }, "batch-dispatch": { "type": "boolean", "description": "With monitors: send the top-level `dispatch` once for all models due (those without a dispatch of their own), with `{models}` listing their keys, instead of one run per model. Monitors then do not inherit the top-level dispatch." }, "monitors": { "type": "array", "minItems": 1, "maxItems": 1e3, "description": "Several monitors in one run. Each has its own key and inherits every top-level setting it does not set: mappings (drift, alert, notify, dispatch and its inputs) merge key by key, lists and values are replaced. Every setting a monitor ends up with is checked like a top-level configuration.", "items": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string", "minLength": 1, "maxLength": 200, "description": "This monitor's key (its alert issue, history, notifications and dispatch dedup)." }, "depends-on": { "$ref": "#/definitions/names", "description": "Keys of the monitors this model depends on: when one of them is due, this model is due too." } }, "additionalProperties": true } } } };
var schema17 = { "description": "A drift method (README: Methods); `ed` and `TVD` are Evidently's names for `energy` and `tvd`.", "enum": ["auto", "ks", "chisquare", "z", "wasserstein", "psi", "kl_div", "jensenshannon", "hellinger", "anderson", "cramer_von_mises", "t_test", "mannw", "tvd", "linf", "energy", "es", "fisher_exact", "g_test", "empirical_mmd", "ed", "TVD"] };
var schema23 = { "enum": ["numerical", "categorical"] };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
var pattern1 = new RegExp("^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$", "u");
var pattern2 = new RegExp("^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern5 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$", "u");
var pattern6 = new RegExp("^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$", "u");
var pattern7 = new RegExp("^(0|(\\d+(\\.\\d+)?[smhdw])+)$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "method" || key0 === "threshold")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      let data0 = data.method;
      if (!(data0 === "auto" || data0 === "ks" || data0 === "chisquare" || data0 === "z" || data0 === "wasserstein" || data0 === "psi" || data0 === "kl_div" || data0 === "jensenshannon" || data0 === "hellinger" || data0 === "anderson" || data0 === "cramer_von_mises" || data0 === "t_test" || data0 === "mannw" || data0 === "tvd" || data0 === "linf" || data0 === "energy" || data0 === "es" || data0 === "fisher_exact" || data0 === "g_test" || data0 === "empirical_mmd" || data0 === "ed" || data0 === "TVD")) {
        const err1 = { instancePath: instancePath + "/method", schemaPath: "#/definitions/method/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.threshold !== void 0) {
      let data1 = data.threshold;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data1 = data.metrics;
      const _errs6 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err2 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs9 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err5 = { instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data3 = data.baseline;
      const _errs15 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs16 = errors;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err9 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs18 = errors;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err11 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err12 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      const _errs23 = errors;
      let valid9 = false;
      let passing2 = null;
      const _errs24 = errors;
      if (typeof data5 !== "string") {
        const err16 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid2 = _errs24 === errors;
      if (_valid2) {
        valid9 = true;
        passing2 = 0;
      }
      const _errs26 = errors;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          const _errs30 = errors;
          let valid13 = false;
          let passing3 = null;
          const _errs31 = errors;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err17 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid3 = _errs31 === errors;
          if (_valid3) {
            valid13 = true;
            passing3 = 0;
          }
          const _errs33 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.expression === void 0) {
              const err19 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/1/required", keyword: "required", params: { missingProperty: "expression" }, message: "must have required property 'expression'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "name" || key1 === "expression" || key1 === "description" || key1 === "for" || key1 === "clear-after")) {
                const err20 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.name !== void 0) {
              let data7 = data6.name;
              if (typeof data7 === "string") {
                if (!pattern0.test(data7)) {
                  const err21 = { instancePath: instancePath + "/rules/" + i2 + "/name", schemaPath: "#/definitions/rule/oneOf/1/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/rules/" + i2 + "/name", schemaPath: "#/definitions/rule/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.expression !== void 0) {
              let data8 = data6.expression;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err23 = { instancePath: instancePath + "/rules/" + i2 + "/expression", schemaPath: "#/definitions/rule/oneOf/1/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/rules/" + i2 + "/expression", schemaPath: "#/definitions/rule/oneOf/1/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.description !== void 0) {
              if (typeof data6.description !== "string") {
                const err25 = { instancePath: instancePath + "/rules/" + i2 + "/description", schemaPath: "#/definitions/rule/oneOf/1/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.for !== void 0) {
              let data10 = data6.for;
              const _errs43 = errors;
              let valid15 = false;
              let passing4 = null;
              const _errs44 = errors;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err26 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err27 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              var _valid4 = _errs44 === errors;
              if (_valid4) {
                valid15 = true;
                passing4 = 0;
              }
              const _errs46 = errors;
              if (typeof data10 === "string") {
                if (!pattern1.test(data10)) {
                  const err28 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid4 = _errs46 === errors;
              if (_valid4 && valid15) {
                valid15 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid15 = true;
                  passing4 = 1;
                }
              }
              if (!valid15) {
                const err30 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs43;
                if (vErrors !== null) {
                  if (_errs43) {
                    vErrors.length = _errs43;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data6["clear-after"] !== void 0) {
              let data11 = data6["clear-after"];
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err31 = { instancePath: instancePath + "/rules/" + i2 + "/clear-after", schemaPath: "#/definitions/rule/oneOf/1/properties/clear-after/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err32 = { instancePath: instancePath + "/rules/" + i2 + "/clear-after", schemaPath: "#/definitions/rule/oneOf/1/properties/clear-after/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid3 = _errs33 === errors;
          if (_valid3 && valid13) {
            valid13 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid13 = true;
              passing3 = 1;
            }
          }
          if (!valid13) {
            const err34 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs30;
            if (vErrors !== null) {
              if (_errs30) {
                vErrors.length = _errs30;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      if (_valid2 && valid9) {
        valid9 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid9 = true;
          passing2 = 1;
        }
      }
      if (!valid9) {
        const err36 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["fail-on-trigger"] !== void 0) {
      if (typeof data["fail-on-trigger"] !== "boolean") {
        const err37 = { instancePath: instancePath + "/fail-on-trigger", schemaPath: "#/properties/fail-on-trigger/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data["on-unknown"] !== void 0) {
      let data13 = data["on-unknown"];
      if (!(data13 === "keep" || data13 === "healthy" || data13 === "due" || data13 === "fail")) {
        const err38 = { instancePath: instancePath + "/on-unknown", schemaPath: "#/properties/on-unknown/enum", keyword: "enum", params: { allowedValues: schema11.properties["on-unknown"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data["report-path"] !== void 0) {
      let data14 = data["report-path"];
      if (typeof data14 === "string") {
        if (func3(data14) < 1) {
          const err39 = { instancePath: instancePath + "/report-path", schemaPath: "#/properties/report-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/report-path", schemaPath: "#/properties/report-path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data["monitor-key"] !== void 0) {
      let data15 = data["monitor-key"];
      if (typeof data15 === "string") {
        if (func3(data15) > 200) {
          const err41 = { instancePath: instancePath + "/monitor-key", schemaPath: "#/properties/monitor-key/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (func3(data15) < 1) {
          const err42 = { instancePath: instancePath + "/monitor-key", schemaPath: "#/properties/monitor-key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/monitor-key", schemaPath: "#/properties/monitor-key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data["dry-run"] !== void 0) {
      if (typeof data["dry-run"] !== "boolean") {
        const err44 = { instancePath: instancePath + "/dry-run", schemaPath: "#/properties/dry-run/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data17 = data.drift;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.reference === void 0) {
          const err45 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data17.current === void 0) {
          const err46 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key2 in data17) {
          if (!func2.call(schema11.properties.drift.properties, key2)) {
            const err47 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data17.reference !== void 0) {
          let data18 = data17.reference;
          const _errs64 = errors;
          let valid18 = false;
          let passing5 = null;
          const _errs65 = errors;
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err48 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid5 = _errs65 === errors;
          if (_valid5) {
            valid18 = true;
            passing5 = 0;
          }
          const _errs67 = errors;
          if (Array.isArray(data18)) {
            if (data18.length < 1) {
              const err50 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data19 = data18[i3];
              if (typeof data19 === "string") {
                if (func3(data19) < 1) {
                  const err51 = { instancePath: instancePath + "/drift/reference/" + i3, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/drift/reference/" + i3, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var _valid5 = _errs67 === errors;
          if (_valid5 && valid18) {
            valid18 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid18 = true;
              passing5 = 1;
            }
          }
          if (!valid18) {
            const err54 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          } else {
            errors = _errs64;
            if (vErrors !== null) {
              if (_errs64) {
                vErrors.length = _errs64;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.current !== void 0) {
          let data20 = data17.current;
          const _errs73 = errors;
          let valid22 = false;
          let passing6 = null;
          const _errs74 = errors;
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err55 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid6 = _errs74 === errors;
          if (_valid6) {
            valid22 = true;
            passing6 = 0;
          }
          const _errs76 = errors;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err57 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            const len4 = data20.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data21 = data20[i4];
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err58 = { instancePath: instancePath + "/drift/current/" + i4, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/drift/current/" + i4, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var _valid6 = _errs76 === errors;
          if (_valid6 && valid22) {
            valid22 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid22 = true;
              passing6 = 1;
            }
          }
          if (!valid22) {
            const err61 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          } else {
            errors = _errs73;
            if (vErrors !== null) {
              if (_errs73) {
                vErrors.length = _errs73;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.method !== void 0) {
          let data22 = data17.method;
          if (!(data22 === "auto" || data22 === "ks" || data22 === "chisquare" || data22 === "z" || data22 === "wasserstein" || data22 === "psi" || data22 === "kl_div" || data22 === "jensenshannon" || data22 === "hellinger" || data22 === "anderson" || data22 === "cramer_von_mises" || data22 === "t_test" || data22 === "mannw" || data22 === "tvd" || data22 === "linf" || data22 === "energy" || data22 === "es" || data22 === "fisher_exact" || data22 === "g_test" || data22 === "empirical_mmd" || data22 === "ed" || data22 === "TVD")) {
            const err62 = { instancePath: instancePath + "/drift/method", schemaPath: "#/definitions/method/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data17.threshold !== void 0) {
          let data23 = data17.threshold;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err63 = { instancePath: instancePath + "/drift/threshold", schemaPath: "#/properties/drift/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/drift/threshold", schemaPath: "#/properties/drift/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data17.share !== void 0) {
          let data24 = data17.share;
          const _errs85 = errors;
          let valid26 = false;
          let passing7 = null;
          const _errs86 = errors;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 1 || isNaN(data24)) {
              const err65 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err66 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var _valid7 = _errs86 === errors;
          if (_valid7) {
            valid26 = true;
            passing7 = 0;
          }
          const _errs88 = errors;
          if (typeof data24 === "string") {
            if (!pattern2.test(data24)) {
              const err68 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$" }, message: 'must match pattern "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$"' };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          var _valid7 = _errs88 === errors;
          if (_valid7 && valid26) {
            valid26 = false;
            passing7 = [passing7, 1];
          } else {
            if (_valid7) {
              valid26 = true;
              passing7 = 1;
            }
          }
          if (!valid26) {
            const err70 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          } else {
            errors = _errs85;
            if (vErrors !== null) {
              if (_errs85) {
                vErrors.length = _errs85;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.features !== void 0) {
          let data25 = data17.features;
          const _errs92 = errors;
          let valid28 = false;
          let passing8 = null;
          const _errs93 = errors;
          if (typeof data25 === "string") {
            if (func3(data25) < 1) {
              const err71 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          var _valid8 = _errs93 === errors;
          if (_valid8) {
            valid28 = true;
            passing8 = 0;
          }
          const _errs95 = errors;
          if (Array.isArray(data25)) {
            const len5 = data25.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data26 = data25[i5];
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err73 = { instancePath: instancePath + "/drift/features/" + i5, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/drift/features/" + i5, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          var _valid8 = _errs95 === errors;
          if (_valid8 && valid28) {
            valid28 = false;
            passing8 = [passing8, 1];
          } else {
            if (_valid8) {
              valid28 = true;
              passing8 = 1;
            }
          }
          if (!valid28) {
            const err76 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          } else {
            errors = _errs92;
            if (vErrors !== null) {
              if (_errs92) {
                vErrors.length = _errs92;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.exclude !== void 0) {
          let data27 = data17.exclude;
          const _errs101 = errors;
          let valid32 = false;
          let passing9 = null;
          const _errs102 = errors;
          if (typeof data27 === "string") {
            if (func3(data27) < 1) {
              const err77 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          var _valid9 = _errs102 === errors;
          if (_valid9) {
            valid32 = true;
            passing9 = 0;
          }
          const _errs104 = errors;
          if (Array.isArray(data27)) {
            const len6 = data27.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data28 = data27[i6];
              if (typeof data28 === "string") {
                if (func3(data28) < 1) {
                  const err79 = { instancePath: instancePath + "/drift/exclude/" + i6, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/drift/exclude/" + i6, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          var _valid9 = _errs104 === errors;
          if (_valid9 && valid32) {
            valid32 = false;
            passing9 = [passing9, 1];
          } else {
            if (_valid9) {
              valid32 = true;
              passing9 = 1;
            }
          }
          if (!valid32) {
            const err82 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          } else {
            errors = _errs101;
            if (vErrors !== null) {
              if (_errs101) {
                vErrors.length = _errs101;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.delimiter !== void 0) {
          let data29 = data17.delimiter;
          if (!(data29 === "," || data29 === ";" || data29 === "	" || data29 === "|" || data29 === "tab" || data29 === "auto")) {
            const err83 = { instancePath: instancePath + "/drift/delimiter", schemaPath: "#/properties/drift/properties/delimiter/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.delimiter.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data17.decimal !== void 0) {
          let data30 = data17.decimal;
          if (!(data30 === "." || data30 === ",")) {
            const err84 = { instancePath: instancePath + "/drift/decimal", schemaPath: "#/properties/drift/properties/decimal/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.decimal.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data17["na-values"] !== void 0) {
          let data31 = data17["na-values"];
          const _errs111 = errors;
          let valid35 = false;
          let passing10 = null;
          const _errs112 = errors;
          const _errs114 = errors;
          let valid37 = false;
          let passing11 = null;
          const _errs115 = errors;
          if (typeof data31 === "string") {
            if (func3(data31) < 1) {
              const err85 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          } else {
            const err86 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          var _valid11 = _errs115 === errors;
          if (_valid11) {
            valid37 = true;
            passing11 = 0;
          }
          const _errs117 = errors;
          if (Array.isArray(data31)) {
            const len7 = data31.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data32 = data31[i7];
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err87 = { instancePath: instancePath + "/drift/na-values/" + i7, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/drift/na-values/" + i7, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          var _valid11 = _errs117 === errors;
          if (_valid11 && valid37) {
            valid37 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid37 = true;
              passing11 = 1;
            }
          }
          if (!valid37) {
            const err90 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          } else {
            errors = _errs114;
            if (vErrors !== null) {
              if (_errs114) {
                vErrors.length = _errs114;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid10 = _errs112 === errors;
          if (_valid10) {
            valid35 = true;
            passing10 = 0;
          }
          const _errs121 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.replace === void 0) {
              const err91 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/required", keyword: "required", params: { missingProperty: "replace" }, message: "must have required property 'replace'" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            for (const key3 in data31) {
              if (!(key3 === "replace")) {
                const err92 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data31.replace !== void 0) {
              let data33 = data31.replace;
              if (Array.isArray(data33)) {
                const len8 = data33.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data33[i8] !== "string") {
                    const err93 = { instancePath: instancePath + "/drift/na-values/replace/" + i8, schemaPath: "#/properties/drift/properties/na-values/oneOf/1/properties/replace/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/drift/na-values/replace", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/properties/replace/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          var _valid10 = _errs121 === errors;
          if (_valid10 && valid35) {
            valid35 = false;
            passing10 = [passing10, 1];
          } else {
            if (_valid10) {
              valid35 = true;
              passing10 = 1;
            }
          }
          if (!valid35) {
            const err96 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          } else {
            errors = _errs111;
            if (vErrors !== null) {
              if (_errs111) {
                vErrors.length = _errs111;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.bins !== void 0) {
          let data35 = data17.bins;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
            const err97 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 > 1e4 || isNaN(data35)) {
              const err98 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data35 < 2 || isNaN(data35)) {
              const err99 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          }
        }
        if (data17.binning !== void 0) {
          let data36 = data17.binning;
          if (!(data36 === "auto" || data36 === "equal-width" || data36 === "quantile")) {
            const err100 = { instancePath: instancePath + "/drift/binning", schemaPath: "#/properties/drift/properties/binning/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.binning.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data17["min-samples"] !== void 0) {
          let data37 = data17["min-samples"];
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err101 = { instancePath: instancePath + "/drift/min-samples", schemaPath: "#/properties/drift/properties/min-samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 < 1 || isNaN(data37)) {
              const err102 = { instancePath: instancePath + "/drift/min-samples", schemaPath: "#/properties/drift/properties/min-samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          }
        }
        if (data17.correction !== void 0) {
          let data38 = data17.correction;
          if (!(data38 === "none" || data38 === "bonferroni" || data38 === "benjamini-hochberg")) {
            const err103 = { instancePath: instancePath + "/drift/correction", schemaPath: "#/properties/drift/properties/correction/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.correction.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data17["min-effect-size"] !== void 0) {
          let data39 = data17["min-effect-size"];
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 < 0 || isNaN(data39)) {
              const err104 = { instancePath: instancePath + "/drift/min-effect-size", schemaPath: "#/properties/drift/properties/min-effect-size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          } else {
            const err105 = { instancePath: instancePath + "/drift/min-effect-size", schemaPath: "#/properties/drift/properties/min-effect-size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data17.seed !== void 0) {
          let data40 = data17.seed;
          if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
            const err106 = { instancePath: instancePath + "/drift/seed", schemaPath: "#/properties/drift/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data17.numerical !== void 0) {
          if (!validate11(data17.numerical, { instancePath: instancePath + "/drift/numerical", parentData: data17, parentDataProperty: "numerical", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.categorical !== void 0) {
          if (!validate11(data17.categorical, { instancePath: instancePath + "/drift/categorical", parentData: data17, parentDataProperty: "categorical", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.types !== void 0) {
          let data43 = data17.types;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key4 in data43) {
              let data44 = data43[key4];
              if (!(data44 === "numerical" || data44 === "categorical")) {
                const err107 = { instancePath: instancePath + "/drift/types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/featureKind/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/drift/types", schemaPath: "#/properties/drift/properties/types/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data17["per-feature"] !== void 0) {
          let data45 = data17["per-feature"];
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            for (const key5 in data45) {
              let data46 = data45[key5];
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                for (const key6 in data46) {
                  if (!(key6 === "method" || key6 === "threshold" || key6 === "type")) {
                    const err109 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data46.method !== void 0) {
                  let data47 = data46.method;
                  if (!(data47 === "auto" || data47 === "ks" || data47 === "chisquare" || data47 === "z" || data47 === "wasserstein" || data47 === "psi" || data47 === "kl_div" || data47 === "jensenshannon" || data47 === "hellinger" || data47 === "anderson" || data47 === "cramer_von_mises" || data47 === "t_test" || data47 === "mannw" || data47 === "tvd" || data47 === "linf" || data47 === "energy" || data47 === "es" || data47 === "fisher_exact" || data47 === "g_test" || data47 === "empirical_mmd" || data47 === "ed" || data47 === "TVD")) {
                    const err110 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/method", schemaPath: "#/definitions/method/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data46.threshold !== void 0) {
                  let data48 = data46.threshold;
                  if (typeof data48 == "number" && isFinite(data48)) {
                    if (data48 < 0 || isNaN(data48)) {
                      const err111 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data46.type !== void 0) {
                  let data49 = data46.type;
                  if (!(data49 === "numerical" || data49 === "categorical")) {
                    const err113 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/featureKind/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/drift/per-feature", schemaPath: "#/properties/drift/properties/per-feature/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data17.for !== void 0) {
          let data50 = data17.for;
          const _errs158 = errors;
          let valid49 = false;
          let passing12 = null;
          const _errs159 = errors;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
            const err116 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          if (typeof data50 == "number" && isFinite(data50)) {
            if (data50 < 1 || isNaN(data50)) {
              const err117 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          }
          var _valid12 = _errs159 === errors;
          if (_valid12) {
            valid49 = true;
            passing12 = 0;
          }
          const _errs161 = errors;
          if (typeof data50 === "string") {
            if (!pattern1.test(data50)) {
              const err118 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"' };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          } else {
            const err119 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
          var _valid12 = _errs161 === errors;
          if (_valid12 && valid49) {
            valid49 = false;
            passing12 = [passing12, 1];
          } else {
            if (_valid12) {
              valid49 = true;
              passing12 = 1;
            }
          }
          if (!valid49) {
            const err120 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          } else {
            errors = _errs158;
            if (vErrors !== null) {
              if (_errs158) {
                vErrors.length = _errs158;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17["clear-after"] !== void 0) {
          let data51 = data17["clear-after"];
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
            const err121 = { instancePath: instancePath + "/drift/clear-after", schemaPath: "#/properties/drift/properties/clear-after/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (typeof data51 == "number" && isFinite(data51)) {
            if (data51 < 1 || isNaN(data51)) {
              const err122 = { instancePath: instancePath + "/drift/clear-after", schemaPath: "#/properties/drift/properties/clear-after/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data.alert !== void 0) {
      let data52 = data.alert;
      if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
        for (const key7 in data52) {
          if (!(key7 === "enabled" || key7 === "labels" || key7 === "title" || key7 === "assignees" || key7 === "close-on-recovery")) {
            const err124 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data52.enabled !== void 0) {
          if (typeof data52.enabled !== "boolean") {
            const err125 = { instancePath: instancePath + "/alert/enabled", schemaPath: "#/properties/alert/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data52.labels !== void 0) {
          let data54 = data52.labels;
          const _errs172 = errors;
          let valid52 = false;
          let passing13 = null;
          const _errs173 = errors;
          if (typeof data54 === "string") {
            if (func3(data54) < 1) {
              const err126 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          } else {
            const err127 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          var _valid13 = _errs173 === errors;
          if (_valid13) {
            valid52 = true;
            passing13 = 0;
          }
          const _errs175 = errors;
          if (Array.isArray(data54)) {
            const len9 = data54.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data55 = data54[i9];
              if (typeof data55 === "string") {
                if (func3(data55) < 1) {
                  const err128 = { instancePath: instancePath + "/alert/labels/" + i9, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/alert/labels/" + i9, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
          var _valid13 = _errs175 === errors;
          if (_valid13 && valid52) {
            valid52 = false;
            passing13 = [passing13, 1];
          } else {
            if (_valid13) {
              valid52 = true;
              passing13 = 1;
            }
          }
          if (!valid52) {
            const err131 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          } else {
            errors = _errs172;
            if (vErrors !== null) {
              if (_errs172) {
                vErrors.length = _errs172;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data52.title !== void 0) {
          let data56 = data52.title;
          if (typeof data56 === "string") {
            if (func3(data56) > 200) {
              const err132 = { instancePath: instancePath + "/alert/title", schemaPath: "#/properties/alert/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (func3(data56) < 1) {
              const err133 = { instancePath: instancePath + "/alert/title", schemaPath: "#/properties/alert/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else {
            const err134 = { instancePath: instancePath + "/alert/title", schemaPath: "#/properties/alert/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data52.assignees !== void 0) {
          let data57 = data52.assignees;
          const _errs183 = errors;
          let valid56 = false;
          let passing14 = null;
          const _errs184 = errors;
          if (typeof data57 === "string") {
            if (func3(data57) < 1) {
              const err135 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
          } else {
            const err136 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
          var _valid14 = _errs184 === errors;
          if (_valid14) {
            valid56 = true;
            passing14 = 0;
          }
          const _errs186 = errors;
          if (Array.isArray(data57)) {
            const len10 = data57.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data58 = data57[i10];
              if (typeof data58 === "string") {
                if (func3(data58) < 1) {
                  const err137 = { instancePath: instancePath + "/alert/assignees/" + i10, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              } else {
                const err138 = { instancePath: instancePath + "/alert/assignees/" + i10, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          var _valid14 = _errs186 === errors;
          if (_valid14 && valid56) {
            valid56 = false;
            passing14 = [passing14, 1];
          } else {
            if (_valid14) {
              valid56 = true;
              passing14 = 1;
            }
          }
          if (!valid56) {
            const err140 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          } else {
            errors = _errs183;
            if (vErrors !== null) {
              if (_errs183) {
                vErrors.length = _errs183;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data52["close-on-recovery"] !== void 0) {
          if (typeof data52["close-on-recovery"] !== "boolean") {
            const err141 = { instancePath: instancePath + "/alert/close-on-recovery", schemaPath: "#/properties/alert/properties/close-on-recovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
      } else {
        const err142 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.dispatch !== void 0) {
      let data60 = data.dispatch;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        for (const key8 in data60) {
          if (!(key8 === "workflow" || key8 === "event-type" || key8 === "repository" || key8 === "ref" || key8 === "inputs" || key8 === "cooldown")) {
            const err143 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data60.workflow !== void 0) {
          let data61 = data60.workflow;
          const _errs196 = errors;
          let valid60 = false;
          let passing15 = null;
          const _errs197 = errors;
          if (typeof data61 === "string") {
            if (func3(data61) < 1) {
              const err144 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
          } else {
            const err145 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
          var _valid15 = _errs197 === errors;
          if (_valid15) {
            valid60 = true;
            passing15 = 0;
          }
          const _errs199 = errors;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
            const err146 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (typeof data61 == "number" && isFinite(data61)) {
            if (data61 < 1 || isNaN(data61)) {
              const err147 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          }
          var _valid15 = _errs199 === errors;
          if (_valid15 && valid60) {
            valid60 = false;
            passing15 = [passing15, 1];
          } else {
            if (_valid15) {
              valid60 = true;
              passing15 = 1;
            }
          }
          if (!valid60) {
            const err148 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          } else {
            errors = _errs196;
            if (vErrors !== null) {
              if (_errs196) {
                vErrors.length = _errs196;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data60["event-type"] !== void 0) {
          let data62 = data60["event-type"];
          if (typeof data62 === "string") {
            if (func3(data62) > 100) {
              const err149 = { instancePath: instancePath + "/dispatch/event-type", schemaPath: "#/properties/dispatch/properties/event-type/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (func3(data62) < 1) {
              const err150 = { instancePath: instancePath + "/dispatch/event-type", schemaPath: "#/properties/dispatch/properties/event-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          } else {
            const err151 = { instancePath: instancePath + "/dispatch/event-type", schemaPath: "#/properties/dispatch/properties/event-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data60.repository !== void 0) {
          let data63 = data60.repository;
          if (typeof data63 === "string") {
            if (!pattern4.test(data63)) {
              const err152 = { instancePath: instancePath + "/dispatch/repository", schemaPath: "#/properties/dispatch/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"' };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          } else {
            const err153 = { instancePath: instancePath + "/dispatch/repository", schemaPath: "#/properties/dispatch/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data60.ref !== void 0) {
          let data64 = data60.ref;
          if (typeof data64 === "string") {
            if (func3(data64) < 1) {
              const err154 = { instancePath: instancePath + "/dispatch/ref", schemaPath: "#/properties/dispatch/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          } else {
            const err155 = { instancePath: instancePath + "/dispatch/ref", schemaPath: "#/properties/dispatch/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        if (data60.inputs !== void 0) {
          let data65 = data60.inputs;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            if (Object.keys(data65).length > 25) {
              const err156 = { instancePath: instancePath + "/dispatch/inputs", schemaPath: "#/properties/dispatch/properties/inputs/maxProperties", keyword: "maxProperties", params: { limit: 25 }, message: "must NOT have more than 25 properties" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            for (const key9 in data65) {
              let data66 = data65[key9];
              if (typeof data66 !== "string" && !(typeof data66 == "number" && isFinite(data66)) && typeof data66 !== "boolean") {
                const err157 = { instancePath: instancePath + "/dispatch/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dispatch/properties/inputs/additionalProperties/type", keyword: "type", params: { type: schema11.properties.dispatch.properties.inputs.additionalProperties.type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/dispatch/inputs", schemaPath: "#/properties/dispatch/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data60.cooldown !== void 0) {
          let data67 = data60.cooldown;
          if (typeof data67 === "string") {
            if (!pattern5.test(data67)) {
              const err159 = { instancePath: instancePath + "/dispatch/cooldown", schemaPath: "#/properties/dispatch/properties/cooldown/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$" }, message: 'must match pattern "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$"' };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
          } else {
            const err160 = { instancePath: instancePath + "/dispatch/cooldown", schemaPath: "#/properties/dispatch/properties/cooldown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
      } else {
        const err161 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
    }
    if (data.history !== void 0) {
      let data68 = data.history;
      const _errs215 = errors;
      let valid62 = false;
      let passing16 = null;
      const _errs216 = errors;
      if (typeof data68 === "string") {
        if (func3(data68) < 1) {
          const err162 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err162];
          } else {
            vErrors.push(err162);
          }
          errors++;
        }
      } else {
        const err163 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
      var _valid16 = _errs216 === errors;
      if (_valid16) {
        valid62 = true;
        passing16 = 0;
      }
      const _errs218 = errors;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        for (const key10 in data68) {
          if (!(key10 === "store" || key10 === "branch" || key10 === "max-runs" || key10 === "detectors")) {
            const err164 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data68.store !== void 0) {
          let data69 = data68.store;
          if (typeof data69 === "string") {
            if (func3(data69) < 1) {
              const err165 = { instancePath: instancePath + "/history/store", schemaPath: "#/properties/history/oneOf/1/properties/store/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
          } else {
            const err166 = { instancePath: instancePath + "/history/store", schemaPath: "#/properties/history/oneOf/1/properties/store/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data68.branch !== void 0) {
          let data70 = data68.branch;
          if (typeof data70 === "string") {
            if (func3(data70) < 1) {
              const err167 = { instancePath: instancePath + "/history/branch", schemaPath: "#/properties/history/oneOf/1/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          } else {
            const err168 = { instancePath: instancePath + "/history/branch", schemaPath: "#/properties/history/oneOf/1/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data68["max-runs"] !== void 0) {
          let data71 = data68["max-runs"];
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
            const err169 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/oneOf/1/properties/max-runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
          if (typeof data71 == "number" && isFinite(data71)) {
            if (data71 < 1 || isNaN(data71)) {
              const err170 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/oneOf/1/properties/max-runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
          }
        }
        if (data68.detectors !== void 0) {
          let data72 = data68.detectors;
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            for (const key11 in data72) {
              if (!(key11 === "page-hinkley" || key11 === "cusum" || key11 === "ewma")) {
                const err171 = { instancePath: instancePath + "/history/detectors", schemaPath: "#/properties/history/oneOf/1/properties/detectors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data72["page-hinkley"] !== void 0) {
              let data73 = data72["page-hinkley"];
              if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                for (const key12 in data73) {
                  if (!(key12 === "min-instances" || key12 === "delta" || key12 === "threshold" || key12 === "alpha")) {
                    const err172 = { instancePath: instancePath + "/history/detectors/page-hinkley", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data73["min-instances"] !== void 0) {
                  let data74 = data73["min-instances"];
                  if (!(typeof data74 == "number" && isFinite(data74))) {
                    const err173 = { instancePath: instancePath + "/history/detectors/page-hinkley/min-instances", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/min-instances/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
                if (data73.delta !== void 0) {
                  let data75 = data73.delta;
                  if (!(typeof data75 == "number" && isFinite(data75))) {
                    const err174 = { instancePath: instancePath + "/history/detectors/page-hinkley/delta", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/delta/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                if (data73.threshold !== void 0) {
                  let data76 = data73.threshold;
                  if (!(typeof data76 == "number" && isFinite(data76))) {
                    const err175 = { instancePath: instancePath + "/history/detectors/page-hinkley/threshold", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data73.alpha !== void 0) {
                  let data77 = data73.alpha;
                  if (!(typeof data77 == "number" && isFinite(data77))) {
                    const err176 = { instancePath: instancePath + "/history/detectors/page-hinkley/alpha", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
              } else {
                const err177 = { instancePath: instancePath + "/history/detectors/page-hinkley", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data72.cusum !== void 0) {
              let data78 = data72.cusum;
              if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                for (const key13 in data78) {
                  if (!(key13 === "min-instances" || key13 === "slack" || key13 === "threshold")) {
                    const err178 = { instancePath: instancePath + "/history/detectors/cusum", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data78["min-instances"] !== void 0) {
                  let data79 = data78["min-instances"];
                  if (!(typeof data79 == "number" && isFinite(data79))) {
                    const err179 = { instancePath: instancePath + "/history/detectors/cusum/min-instances", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/properties/min-instances/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data78.slack !== void 0) {
                  let data80 = data78.slack;
                  if (!(typeof data80 == "number" && isFinite(data80))) {
                    const err180 = { instancePath: instancePath + "/history/detectors/cusum/slack", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/properties/slack/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data78.threshold !== void 0) {
                  let data81 = data78.threshold;
                  if (!(typeof data81 == "number" && isFinite(data81))) {
                    const err181 = { instancePath: instancePath + "/history/detectors/cusum/threshold", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
              } else {
                const err182 = { instancePath: instancePath + "/history/detectors/cusum", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
            }
            if (data72.ewma !== void 0) {
              let data82 = data72.ewma;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                for (const key14 in data82) {
                  if (!(key14 === "min-instances" || key14 === "alpha" || key14 === "threshold")) {
                    const err183 = { instancePath: instancePath + "/history/detectors/ewma", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
                if (data82["min-instances"] !== void 0) {
                  let data83 = data82["min-instances"];
                  if (!(typeof data83 == "number" && isFinite(data83))) {
                    const err184 = { instancePath: instancePath + "/history/detectors/ewma/min-instances", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/properties/min-instances/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data82.alpha !== void 0) {
                  let data84 = data82.alpha;
                  if (!(typeof data84 == "number" && isFinite(data84))) {
                    const err185 = { instancePath: instancePath + "/history/detectors/ewma/alpha", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                }
                if (data82.threshold !== void 0) {
                  let data85 = data82.threshold;
                  if (!(typeof data85 == "number" && isFinite(data85))) {
                    const err186 = { instancePath: instancePath + "/history/detectors/ewma/threshold", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                }
              } else {
                const err187 = { instancePath: instancePath + "/history/detectors/ewma", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/history/detectors", schemaPath: "#/properties/history/oneOf/1/properties/detectors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
      } else {
        const err189 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
      var _valid16 = _errs218 === errors;
      if (_valid16 && valid62) {
        valid62 = false;
        passing16 = [passing16, 1];
      } else {
        if (_valid16) {
          valid62 = true;
          passing16 = 1;
        }
      }
      if (!valid62) {
        const err190 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      } else {
        errors = _errs215;
        if (vErrors !== null) {
          if (_errs215) {
            vErrors.length = _errs215;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["max-model-age"] !== void 0) {
      let data86 = data["max-model-age"];
      const _errs260 = errors;
      let valid68 = false;
      let passing17 = null;
      const _errs261 = errors;
      if (typeof data86 === "string") {
        if (!pattern6.test(data86)) {
          const err191 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$"' };
          if (vErrors === null) {
            vErrors = [err191];
          } else {
            vErrors.push(err191);
          }
          errors++;
        }
      } else {
        const err192 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err192];
        } else {
          vErrors.push(err192);
        }
        errors++;
      }
      var _valid17 = _errs261 === errors;
      if (_valid17) {
        valid68 = true;
        passing17 = 0;
      }
      const _errs263 = errors;
      if (typeof data86 == "number" && isFinite(data86)) {
        if (data86 <= 0 || isNaN(data86)) {
          const err193 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/1/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err193];
          } else {
            vErrors.push(err193);
          }
          errors++;
        }
      } else {
        const err194 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
      var _valid17 = _errs263 === errors;
      if (_valid17 && valid68) {
        valid68 = false;
        passing17 = [passing17, 1];
      } else {
        if (_valid17) {
          valid68 = true;
          passing17 = 1;
        }
      }
      if (!valid68) {
        const err195 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      } else {
        errors = _errs260;
        if (vErrors !== null) {
          if (_errs260) {
            vErrors.length = _errs260;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["model-timestamp"] !== void 0) {
      let data87 = data["model-timestamp"];
      if (typeof data87 === "string") {
        if (func3(data87) < 1) {
          const err196 = { instancePath: instancePath + "/model-timestamp", schemaPath: "#/properties/model-timestamp/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err196];
          } else {
            vErrors.push(err196);
          }
          errors++;
        }
      } else {
        const err197 = { instancePath: instancePath + "/model-timestamp", schemaPath: "#/properties/model-timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data88 = data.command;
      if (Array.isArray(data88)) {
        if (data88.length < 1) {
          const err198 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err198];
          } else {
            vErrors.push(err198);
          }
          errors++;
        }
        const len11 = data88.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (typeof data88[i11] !== "string") {
            const err199 = { instancePath: instancePath + "/command/" + i11, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    }
    if (data["command-timeout"] !== void 0) {
      let data90 = data["command-timeout"];
      if (typeof data90 === "string") {
        if (!pattern7.test(data90)) {
          const err201 = { instancePath: instancePath + "/command-timeout", schemaPath: "#/properties/command-timeout/pattern", keyword: "pattern", params: { pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$" }, message: 'must match pattern "^(0|(\\d+(\\.\\d+)?[smhdw])+)$"' };
          if (vErrors === null) {
            vErrors = [err201];
          } else {
            vErrors.push(err201);
          }
          errors++;
        }
      } else {
        const err202 = { instancePath: instancePath + "/command-timeout", schemaPath: "#/properties/command-timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err202];
        } else {
          vErrors.push(err202);
        }
        errors++;
      }
    }
    if (data["state-file"] !== void 0) {
      let data91 = data["state-file"];
      if (typeof data91 === "string") {
        if (func3(data91) < 1) {
          const err203 = { instancePath: instancePath + "/state-file", schemaPath: "#/properties/state-file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err203];
          } else {
            vErrors.push(err203);
          }
          errors++;
        }
      } else {
        const err204 = { instancePath: instancePath + "/state-file", schemaPath: "#/properties/state-file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err204];
        } else {
          vErrors.push(err204);
        }
        errors++;
      }
    }
    if (data.notify !== void 0) {
      let data92 = data.notify;
      if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
        for (const key15 in data92) {
          if (!(key15 === "slack-webhook-url" || key15 === "teams-webhook-url" || key15 === "pagerduty-routing-key" || key15 === "pagerduty-url" || key15 === "webhook-url" || key15 === "webhook-secret" || key15 === "repeat")) {
            const err205 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          }
        }
        if (data92["slack-webhook-url"] !== void 0) {
          let data93 = data92["slack-webhook-url"];
          if (typeof data93 === "string") {
            if (func3(data93) < 1) {
              const err206 = { instancePath: instancePath + "/notify/slack-webhook-url", schemaPath: "#/properties/notify/properties/slack-webhook-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
          } else {
            const err207 = { instancePath: instancePath + "/notify/slack-webhook-url", schemaPath: "#/properties/notify/properties/slack-webhook-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
        if (data92["teams-webhook-url"] !== void 0) {
          let data94 = data92["teams-webhook-url"];
          if (typeof data94 === "string") {
            if (func3(data94) < 1) {
              const err208 = { instancePath: instancePath + "/notify/teams-webhook-url", schemaPath: "#/properties/notify/properties/teams-webhook-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
          } else {
            const err209 = { instancePath: instancePath + "/notify/teams-webhook-url", schemaPath: "#/properties/notify/properties/teams-webhook-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data92["pagerduty-routing-key"] !== void 0) {
          let data95 = data92["pagerduty-routing-key"];
          if (typeof data95 === "string") {
            if (func3(data95) < 1) {
              const err210 = { instancePath: instancePath + "/notify/pagerduty-routing-key", schemaPath: "#/properties/notify/properties/pagerduty-routing-key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
          } else {
            const err211 = { instancePath: instancePath + "/notify/pagerduty-routing-key", schemaPath: "#/properties/notify/properties/pagerduty-routing-key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
        if (data92["pagerduty-url"] !== void 0) {
          let data96 = data92["pagerduty-url"];
          if (typeof data96 === "string") {
            if (func3(data96) < 1) {
              const err212 = { instancePath: instancePath + "/notify/pagerduty-url", schemaPath: "#/properties/notify/properties/pagerduty-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          } else {
            const err213 = { instancePath: instancePath + "/notify/pagerduty-url", schemaPath: "#/properties/notify/properties/pagerduty-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
        if (data92["webhook-url"] !== void 0) {
          let data97 = data92["webhook-url"];
          if (typeof data97 === "string") {
            if (func3(data97) < 1) {
              const err214 = { instancePath: instancePath + "/notify/webhook-url", schemaPath: "#/properties/notify/properties/webhook-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
          } else {
            const err215 = { instancePath: instancePath + "/notify/webhook-url", schemaPath: "#/properties/notify/properties/webhook-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
        }
        if (data92["webhook-secret"] !== void 0) {
          let data98 = data92["webhook-secret"];
          if (typeof data98 === "string") {
            if (func3(data98) < 1) {
              const err216 = { instancePath: instancePath + "/notify/webhook-secret", schemaPath: "#/properties/notify/properties/webhook-secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
          } else {
            const err217 = { instancePath: instancePath + "/notify/webhook-secret", schemaPath: "#/properties/notify/properties/webhook-secret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
        }
        if (data92.repeat !== void 0) {
          let data99 = data92.repeat;
          if (typeof data99 === "string") {
            if (!pattern7.test(data99)) {
              const err218 = { instancePath: instancePath + "/notify/repeat", schemaPath: "#/properties/notify/properties/repeat/pattern", keyword: "pattern", params: { pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$" }, message: 'must match pattern "^(0|(\\d+(\\.\\d+)?[smhdw])+)$"' };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          } else {
            const err219 = { instancePath: instancePath + "/notify/repeat", schemaPath: "#/properties/notify/properties/repeat/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data100 = data.gates;
      const _errs293 = errors;
      let valid72 = false;
      let passing18 = null;
      const _errs294 = errors;
      if (typeof data100 === "string") {
        if (func3(data100) < 1) {
          const err221 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
      } else {
        const err222 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err222];
        } else {
          vErrors.push(err222);
        }
        errors++;
      }
      var _valid18 = _errs294 === errors;
      if (_valid18) {
        valid72 = true;
        passing18 = 0;
      }
      const _errs296 = errors;
      if (Array.isArray(data100)) {
        if (data100.length < 1) {
          const err223 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err223];
          } else {
            vErrors.push(err223);
          }
          errors++;
        }
        const len12 = data100.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data101 = data100[i12];
          const _errs299 = errors;
          let valid75 = false;
          let passing19 = null;
          const _errs300 = errors;
          if (typeof data101 === "string") {
            if (func3(data101) < 1) {
              const err224 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
          } else {
            const err225 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err225];
            } else {
              vErrors.push(err225);
            }
            errors++;
          }
          var _valid19 = _errs300 === errors;
          if (_valid19) {
            valid75 = true;
            passing19 = 0;
          }
          const _errs302 = errors;
          const _errs304 = errors;
          let valid76 = true;
          const _errs305 = errors;
          if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
            let missing0;
            if (data101.metric === void 0 && (missing0 = "metric")) {
              const err226 = {};
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
          }
          var _valid20 = _errs305 === errors;
          errors = _errs304;
          if (vErrors !== null) {
            if (_errs304) {
              vErrors.length = _errs304;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid20) {
            const _errs306 = errors;
            if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
              if (data101.metric === void 0) {
                const err227 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
              for (const key16 in data101) {
                if (!(key16 === "name" || key16 === "description" || key16 === "metric" || key16 === "threshold" || key16 === "min-absolute-change" || key16 === "min-relative-change" || key16 === "greater-is-better")) {
                  const err228 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
              }
              if (data101.name !== void 0) {
                let data102 = data101.name;
                if (typeof data102 === "string") {
                  if (!pattern0.test(data102)) {
                    const err229 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                } else {
                  const err230 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              }
              if (data101.description !== void 0) {
                if (typeof data101.description !== "string") {
                  const err231 = { instancePath: instancePath + "/gates/" + i12 + "/description", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
              }
              if (data101.metric !== void 0) {
                let data104 = data101.metric;
                if (typeof data104 === "string") {
                  if (func3(data104) < 1) {
                    const err232 = { instancePath: instancePath + "/gates/" + i12 + "/metric", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                } else {
                  const err233 = { instancePath: instancePath + "/gates/" + i12 + "/metric", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              }
              if (data101.threshold !== void 0) {
                let data105 = data101.threshold;
                if (!(typeof data105 == "number" && isFinite(data105))) {
                  const err234 = { instancePath: instancePath + "/gates/" + i12 + "/threshold", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              }
              if (data101["min-absolute-change"] !== void 0) {
                let data106 = data101["min-absolute-change"];
                if (typeof data106 == "number" && isFinite(data106)) {
                  if (data106 <= 0 || isNaN(data106)) {
                    const err235 = { instancePath: instancePath + "/gates/" + i12 + "/min-absolute-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-absolute-change/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                } else {
                  const err236 = { instancePath: instancePath + "/gates/" + i12 + "/min-absolute-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-absolute-change/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
              }
              if (data101["min-relative-change"] !== void 0) {
                let data107 = data101["min-relative-change"];
                if (typeof data107 == "number" && isFinite(data107)) {
                  if (data107 > 1 || isNaN(data107)) {
                    const err237 = { instancePath: instancePath + "/gates/" + i12 + "/min-relative-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-relative-change/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                  if (data107 < 0 || isNaN(data107)) {
                    const err238 = { instancePath: instancePath + "/gates/" + i12 + "/min-relative-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-relative-change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                } else {
                  const err239 = { instancePath: instancePath + "/gates/" + i12 + "/min-relative-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-relative-change/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
              }
              if (data101["greater-is-better"] !== void 0) {
                if (typeof data101["greater-is-better"] !== "boolean") {
                  const err240 = { instancePath: instancePath + "/gates/" + i12 + "/greater-is-better", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/greater-is-better/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
              }
            }
            var _valid20 = _errs306 === errors;
            valid76 = _valid20;
            ifClause0 = "then";
          } else {
            const _errs322 = errors;
            if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
              if (data101.expression === void 0) {
                const err241 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/required", keyword: "required", params: { missingProperty: "expression" }, message: "must have required property 'expression'" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
              for (const key17 in data101) {
                if (!(key17 === "name" || key17 === "expression" || key17 === "description")) {
                  const err242 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              }
              if (data101.name !== void 0) {
                let data109 = data101.name;
                if (typeof data109 === "string") {
                  if (!pattern0.test(data109)) {
                    const err243 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                } else {
                  const err244 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
              if (data101.expression !== void 0) {
                let data110 = data101.expression;
                if (typeof data110 === "string") {
                  if (func3(data110) < 1) {
                    const err245 = { instancePath: instancePath + "/gates/" + i12 + "/expression", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                } else {
                  const err246 = { instancePath: instancePath + "/gates/" + i12 + "/expression", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err246];
                  } else {
                    vErrors.push(err246);
                  }
                  errors++;
                }
              }
              if (data101.description !== void 0) {
                if (typeof data101.description !== "string") {
                  const err247 = { instancePath: instancePath + "/gates/" + i12 + "/description", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              }
            }
            var _valid20 = _errs322 === errors;
            valid76 = _valid20;
            ifClause0 = "else";
          }
          if (!valid76) {
            const err248 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
          if (!(data101 && typeof data101 == "object" && !Array.isArray(data101))) {
            const err249 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          var _valid19 = _errs302 === errors;
          if (_valid19 && valid75) {
            valid75 = false;
            passing19 = [passing19, 1];
          } else {
            if (_valid19) {
              valid75 = true;
              passing19 = 1;
            }
          }
          if (!valid75) {
            const err250 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          } else {
            errors = _errs299;
            if (vErrors !== null) {
              if (_errs299) {
                vErrors.length = _errs299;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err251 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
      var _valid18 = _errs296 === errors;
      if (_valid18 && valid72) {
        valid72 = false;
        passing18 = [passing18, 1];
      } else {
        if (_valid18) {
          valid72 = true;
          passing18 = 1;
        }
      }
      if (!valid72) {
        const err252 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err252];
        } else {
          vErrors.push(err252);
        }
        errors++;
      } else {
        errors = _errs293;
        if (vErrors !== null) {
          if (_errs293) {
            vErrors.length = _errs293;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["fail-on-reject"] !== void 0) {
      if (typeof data["fail-on-reject"] !== "boolean") {
        const err253 = { instancePath: instancePath + "/fail-on-reject", schemaPath: "#/properties/fail-on-reject/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err253];
        } else {
          vErrors.push(err253);
        }
        errors++;
      }
    }
    if (data.promote !== void 0) {
      let data113 = data.promote;
      if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
        for (const key18 in data113) {
          if (!(key18 === "workflow" || key18 === "ref" || key18 === "inputs" || key18 === "cooldown")) {
            const err254 = { instancePath: instancePath + "/promote", schemaPath: "#/properties/promote/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err254];
            } else {
              vErrors.push(err254);
            }
            errors++;
          }
        }
        if (data113.workflow !== void 0) {
          let data114 = data113.workflow;
          const _errs336 = errors;
          let valid80 = false;
          let passing20 = null;
          const _errs337 = errors;
          if (typeof data114 === "string") {
            if (func3(data114) < 1) {
              const err255 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
          } else {
            const err256 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
          var _valid21 = _errs337 === errors;
          if (_valid21) {
            valid80 = true;
            passing20 = 0;
          }
          const _errs339 = errors;
          if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
            const err257 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
          if (typeof data114 == "number" && isFinite(data114)) {
            if (data114 < 1 || isNaN(data114)) {
              const err258 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors++;
            }
          }
          var _valid21 = _errs339 === errors;
          if (_valid21 && valid80) {
            valid80 = false;
            passing20 = [passing20, 1];
          } else {
            if (_valid21) {
              valid80 = true;
              passing20 = 1;
            }
          }
          if (!valid80) {
            const err259 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          } else {
            errors = _errs336;
            if (vErrors !== null) {
              if (_errs336) {
                vErrors.length = _errs336;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data113.ref !== void 0) {
          let data115 = data113.ref;
          if (typeof data115 === "string") {
            if (func3(data115) < 1) {
              const err260 = { instancePath: instancePath + "/promote/ref", schemaPath: "#/properties/promote/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err260];
              } else {
                vErrors.push(err260);
              }
              errors++;
            }
          } else {
            const err261 = { instancePath: instancePath + "/promote/ref", schemaPath: "#/properties/promote/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err261];
            } else {
              vErrors.push(err261);
            }
            errors++;
          }
        }
        if (data113.inputs !== void 0) {
          let data116 = data113.inputs;
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            for (const key19 in data116) {
              let data117 = data116[key19];
              if (typeof data117 !== "string" && !(typeof data117 == "number" && isFinite(data117)) && typeof data117 !== "boolean") {
                const err262 = { instancePath: instancePath + "/promote/inputs/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promote/properties/inputs/additionalProperties/type", keyword: "type", params: { type: schema11.properties.promote.properties.inputs.additionalProperties.type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
          } else {
            const err263 = { instancePath: instancePath + "/promote/inputs", schemaPath: "#/properties/promote/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
        if (data113.cooldown !== void 0) {
          let data118 = data113.cooldown;
          if (typeof data118 === "string") {
            if (func3(data118) < 1) {
              const err264 = { instancePath: instancePath + "/promote/cooldown", schemaPath: "#/properties/promote/properties/cooldown/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
            }
          } else {
            const err265 = { instancePath: instancePath + "/promote/cooldown", schemaPath: "#/properties/promote/properties/cooldown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
      } else {
        const err266 = { instancePath: instancePath + "/promote", schemaPath: "#/properties/promote/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err266];
        } else {
          vErrors.push(err266);
        }
        errors++;
      }
    }
    if (data["issue-number"] !== void 0) {
      let data119 = data["issue-number"];
      if (!(typeof data119 == "number" && (!(data119 % 1) && !isNaN(data119)) && isFinite(data119))) {
        const err267 = { instancePath: instancePath + "/issue-number", schemaPath: "#/properties/issue-number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
      if (typeof data119 == "number" && isFinite(data119)) {
        if (data119 < 1 || isNaN(data119)) {
          const err268 = { instancePath: instancePath + "/issue-number", schemaPath: "#/properties/issue-number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err268];
          } else {
            vErrors.push(err268);
          }
          errors++;
        }
      }
    }
    if (data["max-retrain-attempts"] !== void 0) {
      let data120 = data["max-retrain-attempts"];
      if (!(typeof data120 == "number" && (!(data120 % 1) && !isNaN(data120)) && isFinite(data120))) {
        const err269 = { instancePath: instancePath + "/max-retrain-attempts", schemaPath: "#/properties/max-retrain-attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err269];
        } else {
          vErrors.push(err269);
        }
        errors++;
      }
      if (typeof data120 == "number" && isFinite(data120)) {
        if (data120 < 1 || isNaN(data120)) {
          const err270 = { instancePath: instancePath + "/max-retrain-attempts", schemaPath: "#/properties/max-retrain-attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err270];
          } else {
            vErrors.push(err270);
          }
          errors++;
        }
      }
    }
    if (data["batch-dispatch"] !== void 0) {
      if (typeof data["batch-dispatch"] !== "boolean") {
        const err271 = { instancePath: instancePath + "/batch-dispatch", schemaPath: "#/properties/batch-dispatch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data122 = data.monitors;
      if (Array.isArray(data122)) {
        if (data122.length > 1e3) {
          const err272 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err272];
          } else {
            vErrors.push(err272);
          }
          errors++;
        }
        if (data122.length < 1) {
          const err273 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err273];
          } else {
            vErrors.push(err273);
          }
          errors++;
        }
        const len13 = data122.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data123 = data122[i13];
          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
            if (data123.key === void 0) {
              const err274 = { instancePath: instancePath + "/monitors/" + i13, schemaPath: "#/properties/monitors/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err274];
              } else {
                vErrors.push(err274);
              }
              errors++;
            }
            if (data123.key !== void 0) {
              let data124 = data123.key;
              if (typeof data124 === "string") {
                if (func3(data124) > 200) {
                  const err275 = { instancePath: instancePath + "/monitors/" + i13 + "/key", schemaPath: "#/properties/monitors/items/properties/key/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
                if (func3(data124) < 1) {
                  const err276 = { instancePath: instancePath + "/monitors/" + i13 + "/key", schemaPath: "#/properties/monitors/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
              } else {
                const err277 = { instancePath: instancePath + "/monitors/" + i13 + "/key", schemaPath: "#/properties/monitors/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data123["depends-on"] !== void 0) {
              let data125 = data123["depends-on"];
              const _errs365 = errors;
              let valid86 = false;
              let passing21 = null;
              const _errs366 = errors;
              if (typeof data125 === "string") {
                if (func3(data125) < 1) {
                  const err278 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
              } else {
                const err279 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
              var _valid22 = _errs366 === errors;
              if (_valid22) {
                valid86 = true;
                passing21 = 0;
              }
              const _errs368 = errors;
              if (Array.isArray(data125)) {
                const len14 = data125.length;
                for (let i14 = 0; i14 < len14; i14++) {
                  let data126 = data125[i14];
                  if (typeof data126 === "string") {
                    if (func3(data126) < 1) {
                      const err280 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on/" + i14, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err280];
                      } else {
                        vErrors.push(err280);
                      }
                      errors++;
                    }
                  } else {
                    const err281 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on/" + i14, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err281];
                    } else {
                      vErrors.push(err281);
                    }
                    errors++;
                  }
                }
              } else {
                const err282 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
              var _valid22 = _errs368 === errors;
              if (_valid22 && valid86) {
                valid86 = false;
                passing21 = [passing21, 1];
              } else {
                if (_valid22) {
                  valid86 = true;
                  passing21 = 1;
                }
              }
              if (!valid86) {
                const err283 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              } else {
                errors = _errs365;
                if (vErrors !== null) {
                  if (_errs365) {
                    vErrors.length = _errs365;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err284 = { instancePath: instancePath + "/monitors/" + i13, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
        }
      } else {
        const err285 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err285];
        } else {
          vErrors.push(err285);
        }
        errors++;
      }
    }
  } else {
    const err286 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err286];
    } else {
      vErrors.push(err286);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/history/settings.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var DETECTOR_KEYS = {
  "page-hinkley": {
    name: "page_hinkley",
    keys: { "min-instances": "minInstances", delta: "delta", threshold: "threshold", alpha: "alpha" }
  },
  cusum: { name: "cusum", keys: { "min-instances": "minInstances", slack: "slack", threshold: "threshold" } },
  ewma: { name: "ewma", keys: { "min-instances": "minInstances", alpha: "alpha", threshold: "threshold" } }
};
var BRANCH = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/$|\.lock$|\.$))[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
function parseHistorySettings(raw) {
  const problems = [];
  const section = isObject(raw.history) ? raw.history : {};
  for (const key of Object.keys(section)) {
    if (!["store", "branch", "max-runs", "detectors"].includes(key)) {
      problems.push(`history.${key}: unknown key (known: store, branch, max-runs, detectors)`);
    }
  }
  const storeValue = isObject(raw.history) ? section["store"] : raw.history;
  const branch = raw.branch ?? section["branch"] ?? DEFAULT_HISTORY_BRANCH;
  let store = null;
  if (storeValue !== void 0 && storeValue !== null && storeValue !== "") {
    if (storeValue === "branch") {
      if (typeof branch !== "string" || !BRANCH.test(branch)) {
        problems.push(`history-branch: ${JSON.stringify(branch)} is not a valid branch name`);
      } else store = { kind: "branch", branch };
    } else if (typeof storeValue === "string" && /\.jsonl$/i.test(storeValue.trim())) {
      store = { kind: "file", path: storeValue.trim() };
    } else {
      problems.push(
        `history: expected 'branch' or a path ending in .jsonl, got ${JSON.stringify(storeValue)}`
      );
    }
  }
  const maxRunsValue = raw.maxRuns ?? section["max-runs"] ?? DEFAULT_MAX_RUNS;
  const maxRuns = typeof maxRunsValue === "string" && /^\d+$/.test(maxRunsValue) ? Number(maxRunsValue) : maxRunsValue;
  if (typeof maxRuns !== "number" || !Number.isInteger(maxRuns) || maxRuns < 1) {
    problems.push(
      `history-max-runs: expected a whole number of runs \u2265 1, got ${JSON.stringify(maxRunsValue)}`
    );
  }
  const detectors = parseDetectors(section["detectors"], problems);
  if (problems.length > 0) return problems;
  return { store, maxRuns, detectors };
}
function parseDetectors(raw, problems) {
  const out = {
    page_hinkley: { ...DETECTOR_DEFAULTS.page_hinkley },
    cusum: { ...DETECTOR_DEFAULTS.cusum },
    ewma: { ...DETECTOR_DEFAULTS.ewma }
  };
  if (raw === void 0) return out;
  if (!isObject(raw)) {
    problems.push("history.detectors: expected a map of page-hinkley, cusum, ewma");
    return out;
  }
  for (const [detector, params] of Object.entries(raw)) {
    const spec = DETECTOR_KEYS[detector];
    if (!spec) {
      problems.push(`history.detectors.${detector}: unknown detector (known: page-hinkley, cusum, ewma)`);
      continue;
    }
    if (!isObject(params)) {
      problems.push(`history.detectors.${detector}: expected a map of ${Object.keys(spec.keys).join(", ")}`);
      continue;
    }
    const target = out[spec.name];
    for (const [key, value] of Object.entries(params)) {
      const field = spec.keys[key];
      const where2 = `history.detectors.${detector}.${key}`;
      if (!field) {
        problems.push(`${where2}: unknown parameter (known: ${Object.keys(spec.keys).join(", ")})`);
        continue;
      }
      const problem = checkParam(spec.name, field, value);
      if (problem) problems.push(`${where2}: ${problem}`);
      else target[field] = value;
    }
  }
  return out;
}
function checkParam(detector, field, value) {
  if (typeof value !== "number" || !Number.isFinite(value))
    return `expected a number, got ${JSON.stringify(value)}`;
  if (field === "minInstances")
    return Number.isInteger(value) && value >= 1 ? void 0 : "expected a whole number \u2265 1";
  if (field === "threshold") return value > 0 ? void 0 : "expected a number > 0";
  if (field === "slack") return value >= 0 ? void 0 : "expected a number \u2265 0";
  if (field === "delta") return value >= 0 ? void 0 : "expected a number \u2265 0";
  if (field === "alpha") {
    if (detector === "ewma") return value > 0 && value <= 1 ? void 0 : "expected a number in (0, 1]";
    return value > 0 && value <= 1 ? void 0 : "expected a forgetting factor in (0, 1]";
  }
  return void 0;
}

// src/config/history.ts
function buildHistory(section) {
  const parsed = parseHistorySettings({ history: section ?? {} });
  if (Array.isArray(parsed)) throw new InputError(parsed.join("\n"));
  return parsed;
}
function buildMaxModelAge(maxAge, timestampKey) {
  const key = timestampKey?.trim() || void 0;
  if (maxAge === void 0 || maxAge === "") return key ? { modelTimestamp: key } : {};
  const days = parseMaxAge(maxAge);
  if (typeof days === "string") throw new InputError(`max-model-age: ${days}`);
  return { maxModelAgeDays: days, ...key ? { modelTimestamp: key } : {} };
}
function buildHysteresis(item, where2) {
  if (item.for === void 0 && item["clear-after"] === void 0) return void 0;
  const window = item.for === void 0 ? NO_HYSTERESIS.for : parseFor(item.for);
  if (typeof window === "string") throw new InputError(`${where2}: for: ${window}`);
  const clearAfter = item["clear-after"] === void 0 ? NO_HYSTERESIS.clearAfter : parseClearAfter(item["clear-after"]);
  if (typeof clearAfter === "string") throw new InputError(`${where2}: clear-after: ${clearAfter}`);
  return { for: window, clearAfter };
}
function checkHysteresisNeedsStore(rules, drift, history) {
  if (history.store !== null) return;
  const rule = rules.find((r) => r.hysteresis);
  const what = rule ? `rules: '${rule.id}' has` : drift ? "drift has" : void 0;
  if (what === void 0) return;
  throw new InputError(
    `${what} for / clear-after, which count the outcomes of earlier runs: set 'history' (branch, or a path ending in .jsonl) so they are recorded`
  );
}

// src/config/config.ts
async function readSettings(get, environment) {
  const configInput = get("config")?.trim() || void 0;
  const file = configInput ? await readConfigFile(path.resolve(environment.cwd, configInput), configInput) : null;
  const inputs = readInputSettings(get);
  return { file, inputs, merged: mergeSettings(file?.data ?? {}, inputs.data), configInput };
}
function checkSettings(settings, file, origins, placement2, ignore = () => false) {
  if (validate_config_default(settings)) return;
  const errors = (validate_config_default.errors ?? []).filter((e) => !ignore(e));
  if (errors.length === 0) return;
  const problems = explainSchemaErrors(errors, settings);
  throw new InputError(formatProblems(problems, file, origins, placement2));
}
function configFromSettings(settings, get, environment, source) {
  const { cwd, env } = environment;
  const { file, configInput } = source;
  const rules = buildRules(
    settings,
    file,
    source.rulesAt.length > 0 ? /* @__PURE__ */ new Map() : source.origins,
    source.rulesAt
  );
  const drift = settings.drift ? buildDrift(settings.drift) : null;
  const metrics = toList(settings.metrics);
  const gate = buildGateConfig(settings, file, source.origins);
  if (gate) {
    if (metrics.length === 0) {
      throw new InputError(
        "'gates' are given but no 'metrics' files: give the candidate's metrics as 'metrics' (and the production model's as 'baseline')"
      );
    }
  } else if (rules.length > 0 && metrics.length === 0 && rules.some((r) => !/\bdrift\./.test(r.expression))) {
    throw new InputError(
      "'rules' are given but no 'metrics' files to evaluate them on: set the 'metrics' input"
    );
  }
  if (metrics.length === 0 && !drift) {
    throw new InputError(
      "nothing to check: give 'metrics' (metrics files) with 'rules', or 'reference-data' and 'current-data' for drift"
    );
  }
  if (!gate && metrics.length > 0 && rules.length === 0 && !drift) {
    throw new InputError(
      "'metrics' are given but there are no 'rules': add at least one, e.g. `accuracy < 0.85`"
    );
  }
  if (toList(settings.baseline).length > 0 && metrics.length === 0) {
    throw new InputError(
      "'baseline' is given without 'metrics': the baseline is compared with current metrics"
    );
  }
  const command = buildCommand(settings);
  const notify = buildNotify(settings.notify);
  const stateFile = settings["state-file"];
  if ((command || enabledTargets(notify).length > 0) && !stateFile) {
    throw new InputError(
      "'command' and notification targets need 'state-file': a .jsonl file (kept between runs with actions/cache) where what was sent and started is recorded, so a re-run never repeats it"
    );
  }
  const history = buildHistory(settings.history);
  const baselineFiles = toList(settings.baseline);
  const championBaseline = baselineFiles.length === 1 && baselineFiles[0] === "champion";
  if (championBaseline && history.store === null) {
    throw new InputError(
      "baseline: champion reads the champion record, which is kept in the run history: set 'history' (e.g. `history: branch`) here and in the gate step that promotes"
    );
  }
  const driftHysteresis = settings.drift ? buildHysteresis(settings.drift, "drift") : void 0;
  checkHysteresisNeedsStore(rules, driftHysteresis, history);
  const token = get("github-token")?.trim() || env.GITHUB_TOKEN || "";
  return {
    metrics,
    baseline: championBaseline ? [] : baselineFiles,
    ...championBaseline ? { championBaseline } : {},
    rules,
    drift,
    failOnTrigger: settings["fail-on-trigger"] ?? false,
    onUnknown: settings["on-unknown"] ?? "keep",
    reportPath: path.resolve(
      cwd,
      settings["report-path"] ?? path.join(env.RUNNER_TEMP || cwd, DEFAULTS.reportFile)
    ),
    monitorKey: settings["monitor-key"] ?? defaultMonitorKey(env, configInput),
    monitorTitle: settings["monitor-key"] ?? defaultMonitorTitle(env, configInput),
    alert: buildAlert(settings.alert),
    dispatch: buildDispatch(settings.dispatch),
    command,
    notify,
    ...stateFile ? { stateFile: path.resolve(cwd, stateFile) } : {},
    gate,
    maxRetrainAttempts: settings["max-retrain-attempts"] ?? DEFAULT_MAX_RETRAIN_ATTEMPTS,
    dryRun: settings["dry-run"] ?? false,
    githubToken: token,
    secrets: secretValues(get, env),
    workingDirectory: cwd,
    history,
    ...buildMaxModelAge(settings["max-model-age"], settings["model-timestamp"]),
    ...driftHysteresis ? { driftHysteresis } : {}
  };
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function mergeSettings(file, inputs) {
  const out = { ...file };
  for (const [key, value] of Object.entries(inputs)) {
    const base = out[key];
    out[key] = isPlainObject(base) && isPlainObject(value) && key !== "inputs" ? mergeSettings(base, value) : value;
  }
  return out;
}
function formatProblems(problems, file, origins, placement2) {
  const lines = problems.slice(0, 10).map((problem) => `${locate(problem, file, origins, placement2)}: ${problem.message}`);
  if (problems.length > 10) lines.push(`\u2026 and ${problems.length - 10} more problems`);
  return lines.length === 1 ? lines[0] : `invalid configuration:
${lines.map((l) => `  - ${l}`).join("\n")}`;
}
function locate(problem, file, origins, placement2) {
  const pointer = problem.key !== void 0 ? `${problem.pointer}/${problem.key}` : problem.pointer;
  const placed = placement2?.ownSegments(pointerSegments(problem.pointer), problem.key) ?? null;
  for (const [origin, input] of origins) {
    if (!placed && (pointer === origin || pointer.startsWith(`${origin}/`))) return `input '${input}'`;
  }
  const dotted = pointerSegments(problem.pointer).join(".") || "(top level)";
  if (!file) return dotted;
  const segments = placed ?? pointerSegments(problem.pointer);
  const pos = problem.key !== void 0 ? keyPositionOf(file.doc, file.counter, segments, problem.key) : nodePositionOf(file.doc, file.counter, segments);
  return pos ? `${file.shown}: line ${pos.line}, column ${pos.column}: ${dotted}` : `${file.shown}: ${dotted}`;
}
function buildRules(settings, file, origins, at = []) {
  const rules = settings.rules;
  if (rules === void 0) return [];
  if (origins.has("/rules")) return parseRuleLines(rules, "input 'rules'");
  const source = file?.shown ?? "config";
  if (typeof rules === "string") {
    const start = file ? scalarTextStart(file.doc, file.counter, [...at, "rules"]) : null;
    return shiftOrigins(parseRuleLines(rules, source), start, rules);
  }
  const specs = [];
  rules.forEach((item, index) => {
    if (typeof item === "string") {
      const start = file ? scalarTextStart(file.doc, file.counter, [...at, "rules", index]) : null;
      for (const spec of shiftOrigins(parseRuleLines(item, source, specs.length + 1), start, item))
        specs.push(spec);
    } else {
      const start = file ? scalarTextStart(file.doc, file.counter, [...at, "rules", index, "expression"]) : null;
      const id = item.name ?? `rule-${specs.length + 1}`;
      const hysteresis = buildHysteresis(item, `${source}: rules: '${id}'`);
      specs.push({
        id,
        ...item.name ? { name: item.name } : {},
        expression: item.expression,
        ...item.description ? { description: item.description } : {},
        ...hysteresis ? { hysteresis } : {},
        origin: { source, line: start?.line ?? 1, column: start?.column ?? 1 }
      });
    }
  });
  const seen = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    if (seen.has(spec.id))
      throw new InputError(
        `${source}: rules: the name '${spec.id}' is used twice; rule names must be unique`
      );
    seen.add(spec.id);
  }
  return specs;
}
function shiftOrigins(specs, start, text) {
  if (!start || text.includes("\n")) {
    return start ? specs.map((s) => ({ ...s, origin: { ...s.origin, line: start.line + s.origin.line } })) : specs;
  }
  return specs.map((s) => ({
    ...s,
    origin: { ...s.origin, line: start.line, column: start.column + s.origin.column - 1 }
  }));
}
function defaultMonitorKey(env, configPath) {
  const parts = defaultMonitorParts(env, configPath);
  return parts.length > 0 ? parts.join(":") : "retrain-trigger";
}
function defaultMonitorTitle(env, configPath) {
  const names = [];
  for (const part of defaultMonitorParts(env, configPath)) {
    const name = path.basename(part).replace(/\.ya?ml$/i, "");
    if (name !== "" && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length > 0 ? names.join(" / ") : "retrain-trigger";
}
function defaultMonitorParts(env, configPath) {
  const workflowRef = env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, "").split("/").slice(2).join("/");
  return [workflowRef || env.GITHUB_WORKFLOW, env.GITHUB_JOB, configPath].filter((p) => !!p);
}

// src/monitors/apart.ts
import * as path2 from "node:path";

// src/monitors/merge.ts
function isPlainObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function define(target, name, value) {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
function inherit(base, own) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, value] of Object.entries(base)) define(out, name, value);
  for (const [name, value] of Object.entries(own)) {
    const inherited = out[name];
    define(out, name, isPlainObject2(inherited) && isPlainObject2(value) ? inherit(inherited, value) : value);
  }
  return out;
}

// src/monitors/apart.ts
function markSharedDispatches(monitors, labels) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of monitors) {
    const d = m.config.dispatch;
    if (!d) continue;
    const where2 = d.repository ? `${d.repository.owner}/${d.repository.repo}` : "";
    const target = `${where2}|${d.workflow !== void 0 ? `workflow:${d.workflow}` : `event:${d.eventType ?? ""}`}`;
    groups.set(target, [...groups.get(target) ?? [], m]);
  }
  for (const group2 of groups.values()) {
    if (group2.length < 2) continue;
    const keys = group2.map((m) => m.key);
    for (const m of group2) {
      const d = m.config.dispatch;
      if (d.workflow !== void 0 && !Object.values(d.inputs).some((v) => v.includes("{monitor}"))) {
        throw new InputError(
          `${labels.get(m.key)}: dispatch: ${keys.map((k) => `'${k}'`).join(", ")} dispatch the same workflow ${d.workflow} one by one, so its runs must say which model they retrain: pass '{monitor}' in an input (e.g. model: '{monitor}') and name it in the workflow's run-name (run-name: Retrain \${{ inputs.model }}), or set batch-dispatch: true for one run for all models due`
        );
      }
      d.sharedWith = keys;
    }
  }
}
function fileSafe(key) {
  return key.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "monitor";
}
function reportFor(runReport, key) {
  const ext = path2.extname(runReport);
  return ext ? `${runReport.slice(0, -ext.length)}.${fileSafe(key)}${ext}` : `${runReport}.${fileSafe(key)}.json`;
}
function ownHistoryFile(settings, own, key) {
  const history = settings.history;
  const section = isPlainObject2(history) ? history : null;
  const store = section ? section.store : history;
  if (typeof store !== "string" || !/\.jsonl$/i.test(store.trim())) return void 0;
  const ownStore = isPlainObject2(own.history) ? own.history.store : own.history;
  if (ownStore !== void 0) return store.trim();
  const file = store.trim().replace(/\.jsonl$/i, `.${fileSafe(key)}.jsonl`);
  if (section) define(settings, "history", inherit(section, { store: file }));
  else define(settings, "history", file);
  return file;
}

// src/monitors/expand.ts
var NOT_INHERITED = ["monitors", "batch-dispatch", "$schema"];
var NOT_IN_MONITOR = {
  "monitor-key": "its 'key' is its monitor key",
  "dry-run": "it is a setting of the whole run; set it at the top level",
  "batch-dispatch": "it is a setting of the whole run; set it at the top level",
  monitors: "monitors do not nest"
};
var MAX_MONITORS = 1e3;
async function loadRun(get, environment) {
  const loaded = await readSettings(get, environment);
  if (loaded.merged.monitors === void 0) {
    if (loaded.merged["batch-dispatch"] !== void 0) {
      throw new InputError("'batch-dispatch' is set but there is no 'monitors:' list to dispatch for");
    }
    checkSettings(loaded.merged, loaded.file, loaded.inputs.origins);
    const config = configFromSettings(loaded.merged, get, environment, {
      file: loaded.file,
      origins: loaded.inputs.origins,
      configInput: loaded.configInput,
      rulesAt: []
    });
    return { kind: "single", config };
  }
  return { kind: "monitors", run: expandMonitors(loaded, get, environment) };
}
function expandMonitors(loaded, get, environment) {
  const { merged: top, file, inputs } = loaded;
  checkSettings(
    top,
    file,
    inputs.origins,
    void 0,
    (e) => e.keyword === "required" && !e.instancePath.startsWith("/monitors")
  );
  const items = top.monitors;
  if (items.length > MAX_MONITORS) {
    throw new InputError(`monitors: at most ${MAX_MONITORS} monitors in one run, got ${items.length}`);
  }
  if (top["monitor-key"] !== void 0) {
    throw new InputError(
      `${inputs.origins.has("/monitor-key") ? "input 'monitor-key'" : "monitor-key"}: with 'monitors:' each monitor has its own key ('key:'); remove monitor-key`
    );
  }
  const batchOn = top["batch-dispatch"] === true;
  const batch = batchOn ? buildBatch(top.dispatch) : null;
  const base = /* @__PURE__ */ Object.create(null);
  for (const [name, value] of Object.entries(top)) {
    if (NOT_INHERITED.includes(name) || batchOn && name === "dispatch") continue;
    define(base, name, value);
  }
  const runReport = path3.resolve(
    environment.cwd,
    top["report-path"] ?? path3.join(environment.env.RUNNER_TEMP || environment.cwd, DEFAULTS.reportFile)
  );
  const seen = /* @__PURE__ */ new Map();
  const reports = /* @__PURE__ */ new Map();
  const historyFiles = /* @__PURE__ */ new Map();
  const monitors = items.map((item, index) => {
    const key = item.key;
    const label = `monitors[${index}] (${key})`;
    const earlier = seen.get(key);
    if (earlier !== void 0) {
      throw new InputError(
        `${label}: the key '${key}' is used twice (also monitors[${earlier}]); keys must be unique`
      );
    }
    seen.set(key, index);
    const own = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(item)) {
      if (name === "key" || name === "depends-on") continue;
      const why = NOT_IN_MONITOR[name];
      if (why) throw new InputError(`${label}: '${name}' cannot be set for one monitor: ${why}`);
      define(own, name, value);
    }
    const settings = inherit(base, own);
    define(settings, "monitor-key", key);
    if (own["report-path"] === void 0) define(settings, "report-path", reportFor(runReport, key));
    const historyFile = ownHistoryFile(settings, own, key);
    const sharing = historyFile !== void 0 ? historyFiles.get(path3.resolve(environment.cwd, historyFile)) : void 0;
    if (sharing !== void 0) {
      throw new InputError(
        `${label}: history: the file '${historyFile}' is also the history of monitors[${sharing}]; a history file holds one monitor's runs`
      );
    }
    if (historyFile !== void 0) historyFiles.set(path3.resolve(environment.cwd, historyFile), index);
    try {
      checkSettings(settings, file, inputs.origins, placement(index, own));
      const config = configFromSettings(settings, get, environment, {
        file,
        origins: inputs.origins,
        configInput: loaded.configInput,
        rulesAt: own.rules !== void 0 ? ["monitors", index] : []
      });
      if (config.gate) {
        throw new InputError(
          "'gates' belong to the gate step of the retraining workflow, which judges one candidate: run it there with this monitor's key as monitor-key"
        );
      }
      for (const rule of config.rules) parseRule(rule);
      const other = reports.get(config.reportPath);
      if (other !== void 0 || config.reportPath === runReport) {
        throw new InputError(
          `report-path '${config.reportPath}' is also the report of ${other ?? "the whole run"}; give each monitor its own`
        );
      }
      reports.set(config.reportPath, label);
      const dependsOn = toList(item["depends-on"]).flatMap(
        (d) => d.split(",").map((s) => s.trim()).filter((s) => s !== "")
      );
      return { index, key, dependsOn, config };
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${label}: ${error.message}`);
      throw error;
    }
  });
  const labels = new Map(monitors.map((m) => [m.key, `monitors[${m.index}] (${m.key})`]));
  markSharedDispatches(monitors, labels);
  const order = dependencyOrder(monitors, (key) => labels.get(key) ?? key);
  const first = monitors[0].config;
  return {
    monitors,
    order,
    batch,
    reportPath: runReport,
    dryRun: first.dryRun,
    githubToken: first.githubToken,
    secrets: secretValues(get, environment.env),
    workingDirectory: environment.cwd
  };
}
function buildBatch(dispatch) {
  if (!dispatch) {
    throw new InputError(
      "batch-dispatch: true needs the top-level 'dispatch:' (workflow or event-type) to send once for all models due"
    );
  }
  try {
    return buildDispatch(dispatch);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`batch-dispatch: ${error.message}`);
    throw error;
  }
}
function placement(index, own) {
  return {
    ownSegments(segments, key) {
      let node = own;
      for (const segment of segments) {
        if (!isPlainObject2(node) && !Array.isArray(node)) break;
        if (!Object.prototype.hasOwnProperty.call(node, segment)) return null;
        node = node[segment];
      }
      if (segments.length === 0 && key !== void 0 && !Object.prototype.hasOwnProperty.call(own, key)) {
        return key === "monitor-key" || key === "report-path" ? ["monitors", index] : null;
      }
      if (segments.length > 0 && key !== void 0 && isPlainObject2(node) && !(key in node)) return null;
      return ["monitors", index, ...segments];
    }
  };
}

// src/report/terminal.ts
var num = (x) => x === null || x === void 0 || Number.isNaN(x) ? "-" : formatNumber(x);
function columns(rows) {
  const widths = rows[0]?.map(
    (_, i) => Math.min(
      48,
      rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), 0)
    )
  ) ?? [];
  return rows.map((r) => r.map((cell, i) => i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}
var MAX_ROWS = 40;
function renderTerminal(verdict, records, failures) {
  return renderTerminalVerdict(verdict) + renderTerminalActions(records, failures);
}
function renderTerminalVerdict(verdict) {
  const out = [];
  out.push(headline(verdict));
  for (const reason of verdict.reasons) out.push(`  - ${escapeLog(reason)}`);
  for (const cause of verdict.undecided) out.push(`  - could not evaluate: ${escapeLog(cause)}`);
  const changes = describeChanges(verdict.evidence.quality, {
    name: escapeLog,
    label: (text) => `'${escapeLog(text)}'`
  });
  if (changes.length > 0) {
    out.push("", "What changed in the data:");
    for (const line of changes) out.push(`  - ${line}`);
  }
  if (verdict.rules.length > 0) {
    out.push("", "Rules:");
    const rows = rulesByOutcome(verdict.rules).map((r) => [
      (r.outcome === "triggered" ? "TRIGGERED" : r.outcome === "error" ? "ERROR" : "ok") + (r.standing && r.standing.state !== "inactive" ? ` (${r.standing.text})` : ""),
      escapeLog(r.id),
      escapeLog(r.expression),
      r.outcome === "error" ? escapeLog(r.error ?? "") : Object.entries(r.values).map(([k, v]) => `${escapeLog(k)}=${num(v)}`).join(", ")
    ]);
    out.push(columns([["outcome", "rule", "expression", "values"], ...rows]).replace(/^/gm, "  "));
    for (const r of verdict.rules) {
      if (r.description) out.push(`  ${escapeLog(r.id)}: ${escapeLog(r.description)}`);
    }
  }
  const drift = verdict.evidence.drift;
  if (drift) {
    const state = verdict.drift?.undecided ? `COULD NOT BE DECIDED (${escapeLog(verdict.drift.undecided)})` : drift.detected ? "DETECTED" : "not detected";
    out.push(
      "",
      `Data drift: ${state} \u2014 ${drift.count} of ${drift.tested} features drifted (share ${num(drift.share)}, threshold ${num(drift.threshold)})`
    );
    const features = [...drift.features].sort(bySeverity);
    const rows = features.slice(0, MAX_ROWS).map((f) => [
      f.status,
      escapeLog(f.name),
      f.method,
      num(f.statistic),
      f.pValue === null ? "-" : num(f.adjustedPValue ?? f.pValue),
      num(f.threshold),
      `${f.referenceSize}/${f.currentSize}`
    ]);
    out.push(
      columns([
        ["status", "feature", "method", "statistic", "p-value", "threshold", "rows"],
        ...rows
      ]).replace(/^/gm, "  ")
    );
    if (features.length > MAX_ROWS)
      out.push(`  \u2026 ${features.length - MAX_ROWS} more features in the JSON report`);
    for (const w of drift.warnings) out.push(`  warning: ${escapeLog(w)}`);
  }
  const metrics = verdict.evidence.current.values;
  if (metrics.size > 0) {
    out.push("", `Metrics (${metrics.size}):`);
    const baseline = verdict.evidence.baseline?.values;
    const rows = metricOrder(verdict).slice(0, MAX_ROWS).map((name) => {
      const b = baseline?.get(name);
      return [escapeLog(name), num(metrics.get(name)), b === void 0 ? "" : `baseline ${num(b)}`];
    });
    out.push(columns(rows).replace(/^/gm, "  "));
    if (metrics.size > MAX_ROWS) out.push(`  \u2026 ${metrics.size - MAX_ROWS} more in the JSON report`);
  }
  const metadata = verdict.evidence.current.metadata;
  if (metadata.size > 0) {
    out.push("", `Metadata (${metadata.size}):`);
    const rows = [...metadata].slice(0, MAX_ROWS).map(([name, value]) => [escapeLog(name), escapeLog(metadataText(value))]);
    out.push(columns(rows).replace(/^/gm, "  "));
  }
  return out.join("\n") + "\n";
}
function renderTerminalActions(records, failures) {
  const out = [];
  if (records.length > 0) {
    out.push("", "Actions:");
    for (const r of records)
      out.push(`  - ${r.kind}: ${escapeLog(r.outcome)} \u2014 ${escapeLog(r.detail)}${r.url ? ` ${r.url}` : ""}`);
  }
  for (const f of failures) out.push(`error: ${escapeLog(f)}`);
  return out.length > 0 ? out.join("\n") + "\n" : "";
}
function headline(verdict) {
  if (verdict.status === "due") return "RETRAINING IS DUE";
  if (verdict.undecided.length > 0) {
    const treated = verdict.status === "healthy" ? " (treated as healthy: on-unknown is healthy)" : "";
    return `\u26AA Could not decide: ${verdict.undecided.length === 1 ? escapeLog(verdict.undecided[0]) : `${verdict.undecided.length} parts of the verdict could not be evaluated`}${treated}`;
  }
  return "No retraining needed";
}

// src/main.ts
async function run() {
  const secrets = secretValues((name) => getInput(name), process.env);
  for (const secret of secrets) setSecret(secret);
  const redact = redactor(secrets);
  const log = (text) => escapeLogLines(redact(text));
  try {
    const loaded = await loadRun((name) => getInput(name), {
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      env: process.env
    });
    if (loaded.kind === "monitors") {
      await runAllMonitors(loaded.run, log);
      return;
    }
    const config = loaded.config;
    for (const secret of externalSecrets(config)) setSecret(secret);
    if (config.gate) {
      await runGateStep(config, log);
      return;
    }
    const result = await runPipeline(config, {
      repo: repoFromEnv(process.env),
      env: process.env,
      log: (line) => info(log(line)),
      section: (title, work) => group(log(title), work),
      onVerdict: (verdict2) => {
        info(log(renderTerminalVerdict(verdict2)));
        warnAbout(verdict2, log);
      }
    });
    setOutputs(config, result);
    info(log(renderTerminalActions(result.effects.records, result.effects.failures)));
    await writeSummary(result.summary, log);
    const { verdict, effects } = result;
    if (effects.failures.length > 0) {
      setFailed(log(effects.failures.join("\n")));
    } else if (verdict.assessed === "unknown" && config.onUnknown === "fail") {
      setFailed(log(`Could not decide (on-unknown is 'fail'): ${verdict.undecided.join("; ")}`));
    } else if (verdict.triggered && config.failOnTrigger) {
      setFailed(log(`Retraining is due: ${verdict.reasons.join("; ")}`));
    }
  } catch (error) {
    const message = error instanceof InputError ? error.message : `retrain-trigger failed unexpectedly: ${messageOf(error)}`;
    if (!(error instanceof InputError) && error instanceof Error && error.stack) debug(log(error.stack));
    setFailed(log(message));
    await writeSummary(
      `### \u274C retrain-trigger could not run

\`\`\`text
${redact(message).replace(/`{3,}/g, "``")}
\`\`\`

Nothing was evaluated or done on GitHub; fix the input above and run again.
`,
      log
    );
  }
}
function warnAbout(verdict, log, monitor = "") {
  for (const cause of verdict.undecided) warning(log(`${monitor}Could not decide: ${cause}`));
  for (const warning2 of verdict.evidence.drift?.warnings ?? []) warning(log(`${monitor}${warning2}`));
}
async function runAllMonitors(run2, log) {
  const { allSecrets, runMonitors } = await import("./run-JQCB7KXI.js");
  for (const secret of allSecrets(run2)) setSecret(secret);
  const result = await runMonitors(run2, {
    repo: repoFromEnv(process.env),
    env: process.env,
    log: (line) => info(log(line)),
    onVerdict: (monitor, verdict) => {
      info(log(`\u2500\u2500 monitor ${monitor.key} \u2500\u2500
${renderTerminalVerdict(verdict)}`));
      warnAbout(verdict, log, `${monitor.key}: `);
    }
  });
  setMonitorsOutputs(run2, result);
  for (const { monitor, result: r } of result.outcomes) {
    info(
      log(
        `\u2500\u2500 monitor ${monitor.key}: actions \u2500\u2500
${renderTerminalActions(r.effects.records, r.effects.failures)}`
      )
    );
  }
  await writeSummary(result.summary, log);
  const undecided = result.outcomes.filter(
    (o) => o.verdict.assessed === "unknown" && o.monitor.config.onUnknown === "fail"
  );
  const due = result.outcomes.filter((o) => o.verdict.triggered && o.monitor.config.failOnTrigger);
  if (result.failures.length > 0) {
    setFailed(log(result.failures.join("\n")));
  } else if (undecided.length > 0) {
    setFailed(
      log(
        `Could not decide (on-unknown is 'fail'): ${undecided.map((o) => `${o.monitor.key}: ${o.verdict.undecided.join("; ")}`).join("; ")}`
      )
    );
  } else if (due.length > 0) {
    setFailed(
      log(
        `Retraining is due: ${due.map((o) => `${o.monitor.key}: ${o.verdict.reasons.join("; ")}`).join("; ")}`
      )
    );
  }
}
function setMonitorsOutputs(run2, result) {
  const each = (pick, join3) => result.outcomes.flatMap((o) => pick(o).map((item) => `${o.monitor.key}${join3}${String(item)}`));
  const drifts = result.outcomes.map((o) => o.verdict.evidence.drift).filter((d) => d !== null);
  setOutput("status", result.status);
  setOutput("triggered", String(result.status === "due"));
  setOutput("reasons", JSON.stringify(each((o) => o.verdict.reasons, ": ")));
  setOutput("failed-rules", JSON.stringify(each((o) => o.verdict.failedRules, ":")));
  setOutput("report", run2.reportPath);
  setOutput("drift-detected", String(drifts.some((d) => d.detected)));
  setOutput(
    "drifted-features",
    JSON.stringify(each((o) => driftedFeatures(o.verdict.evidence.drift), ":"))
  );
  setOutput("drift-share", String(Math.max(0, ...drifts.map((d) => d.share))));
  setOutput("issue-number", "");
  setOutput("issue-url", "");
  setOutput("dispatched", String(result.outcomes.some((o) => o.result.effects.dispatched)));
  setOutput("run-id", result.batch?.runId !== void 0 ? String(result.batch.runId) : "");
  setOutput("run-url", result.batch?.runUrl ?? "");
  setOutput("monitors", JSON.stringify(result.entries));
}
async function runGateStep(config, log) {
  const { runGatePipeline, renderGateTerminal } = await import("./gate-pipeline-IVAQX6GI.js");
  const result = await runGatePipeline(config, {
    repo: repoFromEnv(process.env),
    log: (line) => info(log(line))
  });
  const { verdict, effects } = result;
  setOutput("promote", String(verdict.promote));
  setOutput("gate-results", JSON.stringify(verdict.gates));
  setOutput("report", config.reportPath);
  setOutput("issue-number", effects.issueNumber !== void 0 ? String(effects.issueNumber) : "");
  setOutput("dispatched", String(effects.dispatched));
  setOutput("run-id", effects.runId !== void 0 ? String(effects.runId) : "");
  setOutput("run-url", effects.runUrl ?? "");
  info(log(renderGateTerminal(verdict)));
  await writeSummary(result.summary, log);
  if (effects.failures.length > 0) {
    setFailed(log(effects.failures.join("\n")));
  } else if (!verdict.promote && config.gate?.failOnReject) {
    setFailed(log(`Candidate rejected by ${verdict.rejectedBy.join(", ") || "no gates"}`));
  }
}
function setOutputs(config, { verdict, effects }) {
  const drift = verdict.evidence.drift;
  setOutput("status", verdict.status);
  setOutput("triggered", String(verdict.triggered));
  setOutput("reasons", JSON.stringify(verdict.reasons));
  setOutput("failed-rules", JSON.stringify(verdict.failedRules));
  setOutput("report", config.reportPath);
  setOutput("drift-detected", String(drift?.detected ?? false));
  setOutput("drifted-features", JSON.stringify(driftedFeatures(drift ?? null)));
  setOutput("drift-share", String(drift?.share ?? 0));
  setOutput("issue-number", effects.issueNumber !== void 0 ? String(effects.issueNumber) : "");
  setOutput("issue-url", effects.issueUrl ?? "");
  setOutput("dispatched", String(effects.dispatched));
  setOutput("run-id", effects.runId !== void 0 ? String(effects.runId) : "");
  setOutput("run-url", effects.runUrl ?? "");
}
async function writeSummary(markdown, log) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown, true).write();
  } catch (error) {
    warning(log(`could not write the job summary: ${messageOf(error)}`));
  }
}
function repoFromEnv(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) return null;
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    owner,
    repo,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...env.GITHUB_RUN_ID ? {
      runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
      runId: env.GITHUB_RUN_ID,
      runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1
    } : {},
    ...env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {},
    ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}
  };
}

export {
  INPUT_PLACES,
  OTHER_INPUTS,
  secretValues,
  loadRun,
  renderTerminal,
  run,
  repoFromEnv
};
