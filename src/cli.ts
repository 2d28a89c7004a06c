#!/usr/bin/env node
/**
 * The CLI: the same pipeline outside GitHub Actions.
 *   retrain-trigger check --config monitor.yml
 *   retrain-trigger check --metrics eval.json --rules 'accuracy < 0.85'
 *   retrain-trigger profile train.parquet --out reference-profile.json      (src/profile/command.ts)
 * Every action input is a flag of the same name; list inputs (metrics, rules, …) may be repeated.
 * Exit codes: 0 evaluated; 1 retraining due with --fail-on-trigger, undecided with --on-unknown fail, or an
 * action that could not be done; 2 bad input or usage.
 */
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { INPUT_PLACES, OTHER_INPUTS, secretValues } from './config/inputs.js';
import { InputError, messageOf } from './errors.js';
import { repoFromEnv } from './main.js';
import type { Config } from './config/types.js';
import type { RepoContext } from './github/types.js';
import { loadRun, type MonitorsRun } from './monitors/expand.js';
import { runPipeline } from './pipeline.js';
import { runProfileCommand } from './profile/command.js';
import { renderTerminal } from './report/terminal.js';
import { closestName } from './rules/names.js';
import { escapeLogLines } from './text/escape.js';
import { redactor } from './text/redact.js';

const REPEATABLE = new Set([
  'metrics',
  'baseline',
  'rules',
  'reference-data',
  'current-data',
  'features',
  'gates',
]);
const VERSION = '0.1.0';

const USAGE = `Usage: retrain-trigger check [options]
       retrain-trigger profile [options] FILE…   write a drift profile of tables (profile --help)
       retrain-trigger help | --help | -h        this text
       retrain-trigger --version | -V             the version

Evaluates metric rules and data drift exactly as the GitHub Action does, prints the verdict and what would be
done, and writes the JSON report. Every action input is a flag of the same name, e.g.:

  --config FILE             YAML config file (retrain-trigger.schema.json)
  --metrics GLOB            current metrics files (repeatable)
  --baseline GLOB           baseline metrics files (repeatable)
  --rules RULE              a rule, e.g. 'accuracy < 0.85' or 'floor: accuracy < 0.85' (repeatable)
  --reference-data GLOB     reference data for drift (repeatable); --current-data GLOB likewise
  --drift-method NAME       auto, ks, psi, wasserstein, … ; --drift-threshold, --drift-share, --features
  --report-path FILE        where to write the JSON report
  --fail-on-trigger true    exit 1 when retraining is due
  --on-unknown POLICY       keep, healthy, due or fail (exit 1) when the verdict could not be decided
  --summary-file FILE       also write the Markdown summary (as the job summary) to FILE
  --json                    print the JSON report instead of the text summary

GitHub actions (alert issue, dispatch) run only when GITHUB_REPOSITORY and a token (--github-token or
GITHUB_TOKEN) are set; otherwise the CLI prints what would be done. Inputs: ${Object.keys(INPUT_PLACES).join(', ')}.`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'profile') return profile(argv.slice(1));
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    json: { type: 'boolean' },
    'summary-file': { type: 'string' },
  };
  for (const name of [...Object.keys(INPUT_PLACES), ...OTHER_INPUTS]) {
    options[name] = { type: 'string', multiple: REPEATABLE.has(name) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`retrain-trigger: ${usageProblem(error, Object.keys(options))}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || (positionals.length === 1 && positionals[0] === 'help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'check') {
    process.stderr.write(`retrain-trigger: expected the command 'check' or 'profile'\n\n${USAGE}\n`);
    return 2;
  }

  const get = (name: string): string | undefined => {
    const value = values[name];
    return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : undefined;
  };
  // The CLI may run in a workflow step, where its output is the job's log: same redaction and escaping as
  // the action (secrets removed, no line read as a workflow command).
  const redact = redactor(secretValues(get, process.env));
  const log = (text: string): string => escapeLogLines(redact(text));
  try {
    const writeLog = (line: string) => process.stderr.write(`${log(line)}\n`);
    const loaded = await loadRun(get, { cwd: process.cwd(), env: process.env });
    if (loaded.kind === 'monitors') return await monitorsCheck(loaded.run, values, writeLog);
    const config = loaded.config;
    const repo = config.githubToken ? repoFromEnv(process.env) : null;
    if (config.gate) return await gateCheck(config, repo, values, writeLog);
    const result = await runPipeline(config, { repo, env: process.env, log: writeLog });
    if (values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    else {
      process.stdout.write(renderTerminal(result.verdict, result.effects.records, result.effects.failures));
      process.stdout.write(`\nReport: ${config.reportPath}\n`);
    }
    const summaryFile = values['summary-file'];
    if (typeof summaryFile === 'string') await fs.writeFile(summaryFile, result.summary, 'utf8');
    if (result.effects.failures.length > 0) return 1;
    if (result.verdict.assessed === 'unknown' && config.onUnknown === 'fail') return 1;
    return result.verdict.triggered && config.failOnTrigger ? 1 : 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `unexpected error: ${messageOf(error)}`;
    process.stderr.write(`retrain-trigger: ${log(message)}\n`);
    return 2;
  }
}

/** `check` of a config with `monitors:`: every monitor, one after the other in the output; exit 1 as the action fails. */
async function monitorsCheck(
  run: MonitorsRun,
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  log: (line: string) => void,
): Promise<number> {
  const repo = run.githubToken ? repoFromEnv(process.env) : null;
  // Imported when used: single-monitor runs do not load the multi-monitor runner (nor its GitHub client).
  const { runMonitors } = await import('./monitors/run.js');
  const result = await runMonitors(run, { repo, env: process.env, log });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ status: result.status, monitors: result.entries }, null, 2)}\n`);
  } else {
    for (const { monitor, verdict, result: r } of result.outcomes) {
      process.stdout.write(`── monitor ${monitor.key} ──\n`);
      process.stdout.write(renderTerminal(verdict, r.effects.records, r.effects.failures));
    }
    process.stdout.write(`\nStatus: ${result.status}\nReport: ${run.reportPath}\n`);
  }
  const summaryFile = values['summary-file'];
  if (typeof summaryFile === 'string') await fs.writeFile(summaryFile, result.summary, 'utf8');
  if (result.failures.length > 0) return 1;
  const fails = result.outcomes.some(
    (o) =>
      (o.verdict.assessed === 'unknown' && o.monitor.config.onUnknown === 'fail') ||
      (o.verdict.triggered && o.monitor.config.failOnTrigger),
  );
  return fails ? 1 : 0;
}

/** `retrain-trigger profile …`: exit 0 when the profile was written, 2 for bad input or usage. */
async function profile(argv: string[]): Promise<number> {
  const io = {
    cwd: process.cwd(),
    stdout: (text: string) => void process.stdout.write(text),
    log: (line: string) => void process.stderr.write(`${escapeLogLines(line)}\n`),
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

/** parseArgs' complaint in our words: an unknown flag gets the closest known one. */
function usageProblem(error: unknown, flags: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(messageOf(error))?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const closest = closestName(unknown.replace(/^-+/, ''), flags);
    return `unknown option '${unknown}'${closest ? `; did you mean '--${closest}'?` : ''}`;
  }
  return messageOf(error);
}

/** `check` for a gate step (`--gates`): the champion vs challenger verdict; exit 1 when rejected with fail-on-reject. */
async function gateCheck(
  config: Config,
  repo: RepoContext | null,
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  log: (line: string) => void,
): Promise<number> {
  // Imported when used: other runs do not load the gate step (nor its GitHub client).
  const { renderGateTerminal, runGatePipeline } = await import('./gate-pipeline.js');
  const result = await runGatePipeline(config, { repo, log });
  if (values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else process.stdout.write(`${renderGateTerminal(result.verdict)}\n\nReport: ${config.reportPath}\n`);
  const summaryFile = values['summary-file'];
  if (typeof summaryFile === 'string') await fs.writeFile(summaryFile, result.summary, 'utf8');
  if (result.effects.failures.length > 0) return 1;
  return !result.verdict.promote && config.gate?.failOnReject ? 1 : 0;
}

/**
 * @actions/* libraries (glob, core) log debug lines as workflow commands on stdout (`::debug::…`); outside
 * Actions they are noise, so the CLI drops them unless RUNNER_DEBUG=1.
 */
function silenceWorkflowDebug(): void {
  if (process.env.RUNNER_DEBUG === '1') return;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::')
      ? true
      : write(chunk, ...rest)) as typeof process.stdout.write;
}

silenceWorkflowDebug();
// `retrain-trigger check … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
