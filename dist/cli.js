#!/usr/bin/env node
import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  INPUT_PLACES,
  OTHER_INPUTS,
  loadRun,
  renderTerminal,
  repoFromEnv,
  secretValues
} from "./chunks/chunk-YGXMKBDK.js";
import {
  runPipeline
} from "./chunks/chunk-ZPYZUOVT.js";
import "./chunks/chunk-SCA5JJMJ.js";
import {
  escapeLogLines,
  redactor
} from "./chunks/chunk-MNYJVA2X.js";
import "./chunks/chunk-DSE6RNUO.js";
import "./chunks/chunk-PW4EGH3P.js";
import {
  loadDriftData,
  readProfile
} from "./chunks/chunk-V46IWIYF.js";
import "./chunks/chunk-Z64SXLXG.js";
import {
  displayPath
} from "./chunks/chunk-SXQYWGFC.js";
import "./chunks/chunk-YEUO2G4O.js";
import "./chunks/chunk-7LIEUWGZ.js";
import {
  categoryCounts,
  countIntoBins,
  equalWidthEdges,
  finiteSorted,
  populationStd,
  sturgesBinCount
} from "./chunks/chunk-A3GZVLQJ.js";
import "./chunks/chunk-XIZ7O7JT.js";
import {
  closestName,
  listNames,
  suggestion
} from "./chunks/chunk-56PMEDHV.js";
import {
  InputError,
  messageOf
} from "./chunks/chunk-FI7I53I2.js";
import "./chunks/chunk-MQQLUTP6.js";

// src/cli.ts
import { promises as fs2 } from "node:fs";
import { parseArgs as parseArgs2 } from "node:util";

// src/profile/command.ts
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

// src/profile/quantiles.ts
function quantileRank(k, q, n) {
  return Math.max(1, Math.ceil(k * n / q));
}
function exactQuantiles(sorted, q) {
  const values = [];
  for (let k = 0; k <= q; k++) values.push(sorted[quantileRank(k, q, sorted.length) - 1]);
  return values;
}
function quantileSummary(sorted, q) {
  return { values: exactQuantiles(sorted, q), count: sorted.length, std: populationStd(sorted) };
}

// src/profile/build.ts
function buildProfile(table, names, options, description) {
  const features = {};
  for (const name of names) {
    const column = table.columns.get(name);
    features[name] = column.kind === "numerical" ? numerical(name, column.values, table.source, options) : categorical(name, column, table.source);
  }
  return { version: 1, rows: table.rowCount, ...description ? { description } : {}, features };
}
function numerical(name, values, source, options) {
  const { sorted: finite } = finiteSorted(values);
  if (finite.length === 0) throw noValues(name, source);
  const feature = { type: "numerical", count: finite.length };
  const given = options.edges?.get(name);
  const edges = given === void 0 ? ownEdges(finite, options.bins) : given;
  if (edges) {
    feature.edges = edges;
    feature.counts = [...countIntoBins(finite, edges).counts];
  }
  if (options.quantiles > 0) {
    const summary = quantileSummary(finite, options.quantiles);
    feature.std = summary.std;
    feature.quantiles = summary.values;
  }
  return feature;
}
function ownEdges(sorted, bins) {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const width = Number.isFinite(max - min) ? max - min : max / 2 - min / 2;
  return equalWidthEdges(min, max, bins ?? sturgesBinCount(sorted.length, width));
}
function categorical(name, column, source) {
  const { dictionary } = column;
  const { counts } = categoryCounts(column);
  const out = {};
  dictionary.forEach((label, i) => {
    if (counts[i] > 0) out[label] = (out[label] ?? 0) + counts[i];
  });
  if (Object.keys(out).length === 0) throw noValues(name, source);
  return { type: "categorical", counts: out };
}
function noValues(name, source) {
  return new InputError(
    `${source}: column '${name}' has no values (every cell is empty or not finite); leave it out with --exclude`
  );
}
function sharedEdges(features) {
  const edges = /* @__PURE__ */ new Map();
  const categorical2 = /* @__PURE__ */ new Set();
  for (const [name, feature] of features) {
    if (feature.kind === "categorical") categorical2.add(name);
    else edges.set(name, feature.edges ?? null);
  }
  return { edges, categorical: categorical2 };
}
function profileText(document) {
  const lines = ["{", '  "version": 1,', `  "rows": ${document.rows},`];
  if (document.description !== void 0)
    lines.push(`  "description": ${JSON.stringify(document.description)},`);
  lines.push('  "features": {');
  const entries = Object.entries(document.features);
  entries.forEach(([name, feature], i) => {
    const fields = Object.entries(feature).map(
      ([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`
    );
    lines.push(
      `    ${JSON.stringify(name)}: {`,
      fields.join(",\n"),
      `    }${i < entries.length - 1 ? "," : ""}`
    );
  });
  lines.push("  }", "}", "");
  return lines.join("\n");
}

// src/profile/command.ts
var PROFILE_USAGE = `Usage: retrain-trigger profile [options] FILE|GLOB...

Writes a drift profile (docs/profile-format.md) of CSV / JSON Lines / Parquet tables: per numerical column a
histogram, quantiles, count and standard deviation; per categorical column its category counts.

  --out FILE              where to write the profile (default: standard output)
  --edges-from PROFILE    use the bin edges and column kinds of this profile (the reference's), so both
                          sides share them: profile the reference first, then the current data with this
  --bins N                equal-width bins per numerical column (default: Sturges' rule, as numpy)
  --quantiles Q           write Q + 1 quantiles per numerical column (default 1000; 0 = none)
  --features A,B          profile only these columns (repeatable)
  --exclude A,B           leave these columns out (repeatable)
  --categorical A,B       read these columns as categories even when every value is a number
  --description TEXT      free text stored in the profile`;
var OPTIONS = {
  out: { type: "string" },
  "edges-from": { type: "string" },
  bins: { type: "string" },
  quantiles: { type: "string" },
  features: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  categorical: { type: "string", multiple: true },
  description: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function runProfileCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError(`profile: ${usageProblem(error)}

${PROFILE_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return io.stdout(`${PROFILE_USAGE}
`);
  if (positionals.length === 0) throw new InputError(`profile: no table given

${PROFILE_USAGE}`);
  const edgesFrom = values["edges-from"];
  if (edgesFrom !== void 0 && path.extname(edgesFrom).toLowerCase() !== ".json") {
    throw new InputError(`profile --edges-from: expected a profile (.json), found '${edgesFrom}'`);
  }
  const reference = edgesFrom ? await readProfile(path.resolve(io.cwd, edgesFrom), edgesFrom) : void 0;
  const shared = reference ? sharedEdges(reference.features) : void 0;
  const options = { quantiles: wholeNumber(values.quantiles, "--quantiles", 1e3, 0) };
  const bins = values.bins === void 0 ? void 0 : wholeNumber(values.bins, "--bins", 0, 1);
  if (bins !== void 0) options.bins = bins;
  if (shared) options.edges = shared.edges;
  const categorical2 = /* @__PURE__ */ new Set([...list(values.categorical), ...shared?.categorical ?? []]);
  const data = await loadDriftData(positionals, "profile", io.cwd, { categorical: categorical2 });
  if (data.type !== "table") {
    throw new InputError(
      `profile: ${data.profile.source} is a profile already; give tables (.csv, .tsv, .jsonl, .ndjson, .parquet)`
    );
  }
  const table = data.table;
  const names = chooseColumns(
    [...table.columns.keys()],
    list(values.features),
    list(values.exclude),
    table.source
  );
  if (reference) checkAgainstReference(names, table, reference.features, reference.source);
  const document = buildProfile(table, names, options, values.description);
  const text = profileText(document);
  if (values.out === void 0) return io.stdout(text);
  await writeAtomically(path.resolve(io.cwd, values.out), values.out, text);
  io.log(
    `Wrote ${displayPath(path.resolve(io.cwd, values.out), io.cwd)}: ${names.length} feature(s), ${table.rowCount} row(s)`
  );
}
function usageProblem(error) {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(messageOf(error))?.[1];
  if (unknown === void 0) return messageOf(error);
  const closest = closestName(unknown.replace(/^-+/, ""), Object.keys(OPTIONS));
  return `unknown option '${unknown}'${closest ? `; did you mean '--${closest}'?` : ""}`;
}
function list(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
function wholeNumber(text, flag, fallback, min) {
  if (text === void 0) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new InputError(`profile ${flag}: expected a whole number of at least ${min}, found '${text}'`);
  }
  return n;
}
function chooseColumns(columns, features, exclude, source) {
  const known = new Set(columns);
  for (const [flag, name] of [
    ...features.map((n) => ["--features", n]),
    ...exclude.map((n) => ["--exclude", n])
  ]) {
    if (!known.has(name)) {
      throw new InputError(
        `profile ${flag}: '${name}' is no column of ${source}${suggestion(name, known, (n) => `'${n}'`)} (columns: ${listNames(known)})`
      );
    }
  }
  const chosen = (features.length > 0 ? features : columns).filter((n) => !exclude.includes(n));
  if (chosen.length === 0) throw new InputError(`profile: no column left to profile in ${source}`);
  return [...new Set(chosen)];
}
function checkAgainstReference(names, table, features, source) {
  for (const name of names) {
    const feature = features.get(name);
    if (!feature) {
      throw new InputError(
        `profile: column '${name}' of ${table.source} is not in ${source} (features there: ${listNames(features.keys())}); leave it out with --exclude, or profile the reference with it`
      );
    }
    if (feature.kind === "numerical" && table.columns.get(name).kind !== "numerical") {
      throw new InputError(
        `profile: column '${name}' holds text in ${table.source} but is numerical in ${source}; fix the export`
      );
    }
  }
}
async function writeAtomically(file, shown, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temporary, text, "utf8");
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new InputError(
      `profile --out: cannot write ${shown} (${error.code ?? messageOf(error)})`
    );
  }
}

// src/cli.ts
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
       retrain-trigger profile [options] FILE\u2026   write a drift profile of tables (profile --help)
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
  if (argv[0] === "profile") return profile(argv.slice(1));
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
    parsed = parseArgs2({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`retrain-trigger: ${usageProblem2(error, Object.keys(options))}

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
    process.stderr.write(`retrain-trigger: expected the command 'check' or 'profile'

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
    if (typeof summaryFile === "string") await fs2.writeFile(summaryFile, result.summary, "utf8");
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
  const { runMonitors } = await import("./chunks/run-JQCB7KXI.js");
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
  if (typeof summaryFile === "string") await fs2.writeFile(summaryFile, result.summary, "utf8");
  if (result.failures.length > 0) return 1;
  const fails = result.outcomes.some(
    (o) => o.verdict.assessed === "unknown" && o.monitor.config.onUnknown === "fail" || o.verdict.triggered && o.monitor.config.failOnTrigger
  );
  return fails ? 1 : 0;
}
async function profile(argv) {
  const io = {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    log: (line) => void process.stderr.write(`${escapeLogLines(line)}
`)
  };
  try {
    await runProfileCommand(argv, io);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `unexpected error: ${messageOf(error)}`;
    io.log(`retrain-trigger: ${message}`);
    return 2;
  }
}
function usageProblem2(error, flags) {
  const code = error.code;
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(messageOf(error))?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown !== void 0) {
    const closest = closestName(unknown.replace(/^-+/, ""), flags);
    return `unknown option '${unknown}'${closest ? `; did you mean '--${closest}'?` : ""}`;
  }
  return messageOf(error);
}
async function gateCheck(config, repo, values, log) {
  const { renderGateTerminal, runGatePipeline } = await import("./chunks/gate-pipeline-IVAQX6GI.js");
  const result = await runGatePipeline(config, { repo, log });
  if (values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}
`);
  else process.stdout.write(`${renderGateTerminal(result.verdict)}

Report: ${config.reportPath}
`);
  const summaryFile = values["summary-file"];
  if (typeof summaryFile === "string") await fs2.writeFile(summaryFile, result.summary, "utf8");
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
