#!/usr/bin/env node
import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  INPUT_PLACES,
  OTHER_INPUTS,
  escapeLogLines,
  loadRun,
  redactor,
  renderGateTerminal,
  renderTerminal,
  repoFromEnv,
  runGatePipeline,
  runMonitors,
  runPipeline,
  secretValues
} from "./chunks/chunk-FR5N3NAW.js";
import "./chunks/chunk-AAE63ZVB.js";
import {
  closestName
} from "./chunks/chunk-N5B3GZII.js";
import {
  InputError,
  messageOf
} from "./chunks/chunk-FI7I53I2.js";
import "./chunks/chunk-MQQLUTP6.js";

// src/cli.ts
import { promises as fs } from "node:fs";
import { parseArgs } from "node:util";
var REPEATABLE = /* @__PURE__ */ new Set([
  "metrics",
  "baseline",
  "rules",
  "reference-data",
  "current-data",
  "features",
  "gates"
]);
var VERSION = "0.1.0";
var USAGE = `Usage: retrain-trigger check [options]
       retrain-trigger help | --help | -h        this text
       retrain-trigger --version | -V             the version

Evaluates metric rules and data drift exactly as the GitHub Action does, prints the verdict and what would be
done, and writes the JSON report. Every action input is a flag of the same name, e.g.:

  --config FILE             YAML config file (retrain-trigger.schema.json)
  --metrics GLOB            current metrics files (repeatable)
  --baseline GLOB           baseline metrics files (repeatable)
  --rules RULE              a rule, e.g. 'accuracy < 0.85' or 'floor: accuracy < 0.85' (repeatable)
  --reference-data GLOB     reference data for drift (repeatable); --current-data GLOB likewise
  --drift-method NAME       auto, ks, psi, wasserstein, \u2026 ; --drift-threshold, --drift-share, --features
  --report-path FILE        where to write the JSON report
  --fail-on-trigger true    exit 1 when retraining is due
  --on-unknown POLICY       keep, healthy, due or fail (exit 1) when the verdict could not be decided
  --summary-file FILE       also write the Markdown summary (as the job summary) to FILE
  --json                    print the JSON report instead of the text summary

GitHub actions (alert issue, dispatch) run only when GITHUB_REPOSITORY and a token (--github-token or
GITHUB_TOKEN) are set; otherwise the CLI prints what would be done. Inputs: ${Object.keys(INPUT_PLACES).join(", ")}.`;
async function main(argv) {
  const options = {
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "V" },
    json: { type: "boolean" },
    "summary-file": { type: "string" }
  };
  for (const name of [...Object.keys(INPUT_PLACES), ...OTHER_INPUTS]) {
    options[name] = { type: "string", multiple: REPEATABLE.has(name) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`retrain-trigger: ${usageProblem(error, Object.keys(options))}

${USAGE}
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 1 && positionals[0] === "help") {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== "check") {
    process.stderr.write(`retrain-trigger: expected the command 'check'

${USAGE}
`);
    return 2;
  }
  const get = (name) => {
    const value = values[name];
    return Array.isArray(value) ? value.join("\n") : typeof value === "string" ? value : void 0;
  };
  const redact = redactor(secretValues(get, process.env));
  const log = (text) => escapeLogLines(redact(text));
  try {
    const writeLog = (line) => process.stderr.write(`${log(line)}
`);
    const loaded = await loadRun(get, { cwd: process.cwd(), env: process.env });
    if (loaded.kind === "monitors") return await monitorsCheck(loaded.run, values, writeLog);
    const config = loaded.config;
    const repo = config.githubToken ? repoFromEnv(process.env) : null;
    if (config.gate) return await gateCheck(config, repo, values, writeLog);
    const result = await runPipeline(config, { repo, env: process.env, log: writeLog });
    if (values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}
`);
    else {
      process.stdout.write(renderTerminal(result.verdict, result.effects.records, result.effects.failures));
      process.stdout.write(`
Report: ${config.reportPath}
`);
    }
    const summaryFile = values["summary-file"];
    if (typeof summaryFile === "string") await fs.writeFile(summaryFile, result.summary, "utf8");
    if (result.effects.failures.length > 0) return 1;
    if (result.verdict.assessed === "unknown" && config.onUnknown === "fail") return 1;
    return result.verdict.triggered && config.failOnTrigger ? 1 : 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `unexpected error: ${messageOf(error)}`;
    process.stderr.write(`retrain-trigger: ${log(message)}
`);
    return 2;
  }
}
async function monitorsCheck(run, values, log) {
  const repo = run.githubToken ? repoFromEnv(process.env) : null;
  const result = await runMonitors(run, { repo, env: process.env, log });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ status: result.status, monitors: result.entries }, null, 2)}
`);
  } else {
    for (const { monitor, verdict, result: r } of result.outcomes) {
      process.stdout.write(`\u2500\u2500 monitor ${monitor.key} \u2500\u2500
`);
      process.stdout.write(renderTerminal(verdict, r.effects.records, r.effects.failures));
    }
    process.stdout.write(`
Status: ${result.status}
Report: ${run.reportPath}
`);
  }
  const summaryFile = values["summary-file"];
  if (typeof summaryFile === "string") await fs.writeFile(summaryFile, result.summary, "utf8");
  if (result.failures.length > 0) return 1;
  const fails = result.outcomes.some(
    (o) => o.verdict.assessed === "unknown" && o.monitor.config.onUnknown === "fail" || o.verdict.triggered && o.monitor.config.failOnTrigger
  );
  return fails ? 1 : 0;
}
function usageProblem(error, flags) {
  const code = error.code;
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(messageOf(error))?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown !== void 0) {
    const closest = closestName(unknown.replace(/^-+/, ""), flags);
    return `unknown option '${unknown}'${closest ? `; did you mean '--${closest}'?` : ""}`;
  }
  return messageOf(error);
}
async function gateCheck(config, repo, values, log) {
  const result = await runGatePipeline(config, { repo, log });
  if (values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}
`);
  else process.stdout.write(`${renderGateTerminal(result.verdict)}

Report: ${config.reportPath}
`);
  const summaryFile = values["summary-file"];
  if (typeof summaryFile === "string") await fs.writeFile(summaryFile, result.summary, "utf8");
  if (result.effects.failures.length > 0) return 1;
  return !result.verdict.promote && config.gate?.failOnReject ? 1 : 0;
}
function silenceWorkflowDebug() {
  if (process.env.RUNNER_DEBUG === "1") return;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => typeof chunk === "string" && chunk.startsWith("::debug::") ? true : write(chunk, ...rest));
}
silenceWorkflowDebug();
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
