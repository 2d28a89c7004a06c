/**
 * The action: inputs → Config → pipeline → outputs, summary, exit status.
 * The only place that sets outputs or fails the step.
 */
import * as core from '@actions/core';
import { getConfig } from './config/config.js';
import { secretValues } from './config/inputs.js';
import type { Config } from './config/types.js';
import { InputError, messageOf } from './errors.js';
import type { RepoContext } from './github/types.js';
import { externalSecrets } from './external.js';
import { driftedFeatures, type Verdict } from './verdict.js';
import { runGatePipeline, renderGateTerminal } from './gate-pipeline.js';
import { runPipeline, type RunResult } from './pipeline.js';
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
    const config = await getConfig((name) => core.getInput(name), {
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      env: process.env,
    });
    for (const secret of externalSecrets(config)) core.setSecret(secret);
    if (config.gate) {
      await runGateStep(config, log);
      return;
    }
    const result = await runPipeline(config, {
      repo: repoFromEnv(process.env),
      env: process.env,
      log: (line) => core.info(log(line)),
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
function warnAbout(verdict: Verdict, log: (text: string) => string): void {
  for (const cause of verdict.undecided) core.warning(log(`Could not decide: ${cause}`));
  for (const warning of verdict.evidence.drift?.warnings ?? []) core.warning(log(warning));
}

/** The gate step: outputs `promote` and `gate-results`, the table in the summary, fail-on-reject. */
async function runGateStep(config: Config, log: (text: string) => string): Promise<void> {
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
        }
      : {}),
    ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
  };
}
