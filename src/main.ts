/**
 * The action: inputs → Config → pipeline → outputs, summary, exit status.
 * The only place that sets outputs or fails the step.
 */
import * as core from '@actions/core';
import { secretValues } from './config/inputs.js';
import type { Config } from './config/types.js';
import { InputError, messageOf } from './errors.js';
import type { RepoContext } from './github/types.js';
import { externalSecrets } from './external.js';
import { driftedFeatures, type Verdict } from './verdict.js';
import { runPipeline, type RunResult } from './pipeline.js';
import { loadRun, type MonitorsRun } from './monitors/expand.js';
import type { MonitorsResult } from './monitors/run.js';
import { escapeLogLines } from './text/escape.js';
import { redactor } from './text/redact.js';
import { renderTerminalActions, renderTerminalVerdict } from './report/terminal.js';

export async function run(): Promise<void> {
  // Every line this step writes to the log goes through `log`: secrets redacted first, then each line escaped
  // so no text from files, rules or servers can be read by the runner as a workflow command (`::`, `##[`).
  const secrets = secretValues((name) => core.getInput(name), process.env);
  for (const secret of secrets) core.setSecret(secret);
  const redact = redactor(secrets);
  const log = (text: string): string => escapeLogLines(redact(text));
  try {
    const loaded = await loadRun((name) => core.getInput(name), {
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      env: process.env,
    });
    if (loaded.kind === 'monitors') {
      await runAllMonitors(loaded.run, log);
      return;
    }
    const config = loaded.config;
    for (const secret of externalSecrets(config)) core.setSecret(secret);
    if (config.gate) {
      await runGateStep(config, log);
      return;
    }
    const result = await runPipeline(config, {
      repo: repoFromEnv(process.env),
      env: process.env,
      log: (line) => core.info(log(line)),
      section: (title, work) => core.group(log(title), work),
      onVerdict: (verdict) => {
        // The verdict first, then what was done about it.
        core.info(log(renderTerminalVerdict(verdict)));
        warnAbout(verdict, log);
      },
    });
    setOutputs(config, result);
    // Each cell of the terminal rendering is escaped already; escaping its lines again is harmless.
    core.info(log(renderTerminalActions(result.effects.records, result.effects.failures)));
    await writeSummary(result.summary, log);

    const { verdict, effects } = result;
    if (effects.failures.length > 0) {
      core.setFailed(log(effects.failures.join('\n')));
    } else if (verdict.assessed === 'unknown' && config.onUnknown === 'fail') {
      core.setFailed(log(`Could not decide (on-unknown is 'fail'): ${verdict.undecided.join('; ')}`));
    } else if (verdict.triggered && config.failOnTrigger) {
      core.setFailed(log(`Retraining is due: ${verdict.reasons.join('; ')}`));
    }
  } catch (error) {
    const message =
      error instanceof InputError
        ? error.message
        : `retrain-trigger failed unexpectedly: ${messageOf(error)}`;
    if (!(error instanceof InputError) && error instanceof Error && error.stack) core.debug(log(error.stack));
    core.setFailed(log(message));
    await writeSummary(
      `### ❌ retrain-trigger could not run\n\n\`\`\`text\n${redact(message).replace(/`{3,}/g, '``')}\n\`\`\`\n\n` +
        `Nothing was evaluated or done on GitHub; fix the input above and run again.\n`,
      log,
    );
  }
}

/** Warnings in the workflow's annotations: every part that could not be evaluated, and the data's warnings. */
function warnAbout(verdict: Verdict, log: (text: string) => string, monitor = ''): void {
  for (const cause of verdict.undecided) core.warning(log(`${monitor}Could not decide: ${cause}`));
  for (const warning of verdict.evidence.drift?.warnings ?? []) core.warning(log(`${monitor}${warning}`));
}

/** `monitors:` — every monitor of the config in one run (monitors/run.ts); the step's outputs are the run's. */
async function runAllMonitors(run: MonitorsRun, log: (text: string) => string): Promise<void> {
  // Imported when used: a single-monitor run does not load the multi-monitor runner (nor its GitHub client).
  const { allSecrets, runMonitors } = await import('./monitors/run.js');
  for (const secret of allSecrets(run)) core.setSecret(secret);
  const result = await runMonitors(run, {
    repo: repoFromEnv(process.env),
    env: process.env,
    log: (line) => core.info(log(line)),
    onVerdict: (monitor, verdict) => {
      core.info(log(`── monitor ${monitor.key} ──\n${renderTerminalVerdict(verdict)}`));
      warnAbout(verdict, log, `${monitor.key}: `);
    },
  });
  setMonitorsOutputs(run, result);
  for (const { monitor, result: r } of result.outcomes) {
    core.info(
      log(
        `── monitor ${monitor.key}: actions ──\n${renderTerminalActions(r.effects.records, r.effects.failures)}`,
      ),
    );
  }
  await writeSummary(result.summary, log);
  const undecided = result.outcomes.filter(
    (o) => o.verdict.assessed === 'unknown' && o.monitor.config.onUnknown === 'fail',
  );
  const due = result.outcomes.filter((o) => o.verdict.triggered && o.monitor.config.failOnTrigger);
  if (result.failures.length > 0) {
    core.setFailed(log(result.failures.join('\n')));
  } else if (undecided.length > 0) {
    core.setFailed(
      log(
        `Could not decide (on-unknown is 'fail'): ${undecided.map((o) => `${o.monitor.key}: ${o.verdict.undecided.join('; ')}`).join('; ')}`,
      ),
    );
  } else if (due.length > 0) {
    core.setFailed(
      log(
        `Retraining is due: ${due.map((o) => `${o.monitor.key}: ${o.verdict.reasons.join('; ')}`).join('; ')}`,
      ),
    );
  }
}

/**
 * The run's outputs with monitors: `status`/`triggered` for the whole run (monitors/run.ts runStatus), lists
 * with each item prefixed by its monitor key (`churn: …`, `churn:rule-1`), `monitors` as JSON key → entry.
 * `issue-number`/`issue-url` stay empty (each monitor has its own: see `monitors`); `run-id`/`run-url` are the
 * batch dispatch's.
 */
function setMonitorsOutputs(run: MonitorsRun, result: MonitorsResult): void {
  const each = <T>(pick: (o: MonitorsResult['outcomes'][number]) => T[], join: string) =>
    result.outcomes.flatMap((o) => pick(o).map((item) => `${o.monitor.key}${join}${String(item)}`));
  const drifts = result.outcomes.map((o) => o.verdict.evidence.drift).filter((d) => d !== null);
  core.setOutput('status', result.status);
  core.setOutput('triggered', String(result.status === 'due'));
  core.setOutput('reasons', JSON.stringify(each((o) => o.verdict.reasons, ': ')));
  core.setOutput('failed-rules', JSON.stringify(each((o) => o.verdict.failedRules, ':')));
  core.setOutput('report', run.reportPath);
  core.setOutput('drift-detected', String(drifts.some((d) => d.detected)));
  core.setOutput(
    'drifted-features',
    JSON.stringify(each((o) => driftedFeatures(o.verdict.evidence.drift), ':')),
  );
  core.setOutput('drift-share', String(Math.max(0, ...drifts.map((d) => d.share))));
  core.setOutput('issue-number', '');
  core.setOutput('issue-url', '');
  core.setOutput('dispatched', String(result.outcomes.some((o) => o.result.effects.dispatched)));
  core.setOutput('run-id', result.batch?.runId !== undefined ? String(result.batch.runId) : '');
  core.setOutput('run-url', result.batch?.runUrl ?? '');
  core.setOutput('monitors', JSON.stringify(result.entries));
}

/** The gate step: outputs `promote` and `gate-results`, the table in the summary, fail-on-reject. */
async function runGateStep(config: Config, log: (text: string) => string): Promise<void> {
  const { runGatePipeline, renderGateTerminal } = await import('./gate-pipeline.js');
  const result = await runGatePipeline(config, {
    repo: repoFromEnv(process.env),
    log: (line) => core.info(log(line)),
  });
  const { verdict, effects } = result;
  core.setOutput('promote', String(verdict.promote));
  core.setOutput('gate-results', JSON.stringify(verdict.gates));
  core.setOutput('report', config.reportPath);
  core.setOutput('issue-number', effects.issueNumber !== undefined ? String(effects.issueNumber) : '');
  core.setOutput('dispatched', String(effects.dispatched));
  core.setOutput('run-id', effects.runId !== undefined ? String(effects.runId) : '');
  core.setOutput('run-url', effects.runUrl ?? '');
  core.info(log(renderGateTerminal(verdict)));
  await writeSummary(result.summary, log);
  if (effects.failures.length > 0) {
    core.setFailed(log(effects.failures.join('\n')));
  } else if (!verdict.promote && config.gate?.failOnReject) {
    core.setFailed(log(`Candidate rejected by ${verdict.rejectedBy.join(', ') || 'no gates'}`));
  }
}

function setOutputs(config: Config, { verdict, effects }: RunResult): void {
  const drift = verdict.evidence.drift;
  core.setOutput('status', verdict.status);
  core.setOutput('triggered', String(verdict.triggered));
  core.setOutput('reasons', JSON.stringify(verdict.reasons));
  core.setOutput('failed-rules', JSON.stringify(verdict.failedRules));
  core.setOutput('report', config.reportPath);
  core.setOutput('drift-detected', String(drift?.detected ?? false));
  core.setOutput('drifted-features', JSON.stringify(driftedFeatures(drift ?? null)));
  core.setOutput('drift-share', String(drift?.share ?? 0));
  core.setOutput('issue-number', effects.issueNumber !== undefined ? String(effects.issueNumber) : '');
  core.setOutput('issue-url', effects.issueUrl ?? '');
  core.setOutput('dispatched', String(effects.dispatched));
  core.setOutput('run-id', effects.runId !== undefined ? String(effects.runId) : '');
  core.setOutput('run-url', effects.runUrl ?? '');
}

async function writeSummary(markdown: string, log: (text: string) => string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(log(`could not write the job summary: ${messageOf(error)}`));
  }
}

/** The repository this run acts on, from the runner's environment; null outside Actions. */
export function repoFromEnv(env: NodeJS.ProcessEnv): RepoContext | null {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return null;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    owner,
    repo,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_RUN_ID
      ? {
          runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
          runId: env.GITHUB_RUN_ID,
          runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
        }
      : {}),
    ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
  };
}
