/**
 * Effects outside GitHub — the retraining command and the notifications — planned once from the verdict and the
 * state file, then the same plan is applied, or (dry-run, offline) only described. See plan.ts / github/effects.ts
 * for the GitHub effects; the pipeline runs those first so messages can link the alert issue.
 */
import { commandEnv } from './command/env.js';
import { planCommand, type CommandDecision, type CommandLedgerEntry } from './command/plan.js';
import { runCommand } from './command/run.js';
import type { Config } from './config/types.js';
import type { ActionRecord, EffectsOutcome, RepoContext } from './github/types.js';
import { applyNotifications } from './notify/deliver.js';
import { describeNotifyPlan, fingerprintOf, planNotifications, type NotifyPlan } from './notify/plan.js';
import { maskSecrets } from './notify/text.js';
import { enabledTargets, notifySecrets } from './notify/types.js';
import { appendState, readState, type StateContent } from './state/file.js';
import { driftedFeatures, type Verdict } from './verdict.js';

const MAX_COMMAND_FAILURES = 3;
const DEFAULT_COOLDOWN_MS = 86_400_000;

export interface ExternalPlan {
  command: (CommandDecision & { argv: string[] }) | null;
  notify: NotifyPlan | null;
}

export interface ExternalContext {
  config: Config;
  verdict: Verdict;
  /** What the GitHub effects did (issue and retraining run links for the messages). */
  github: EffectsOutcome;
  repo: RepoContext | null;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** The state file as read before any effect (a bad line fails the run before anything is done). */
  state: StateContent;
}

export async function readExternalState(config: Config): Promise<StateContent> {
  return config.stateFile ? readState(config.stateFile) : { notify: [], command: [] };
}

export function wantsExternal(config: Config): boolean {
  return config.command !== null || enabledTargets(config.notify).length > 0;
}

function statusOf(verdict: Verdict): 'due' | 'healthy' | 'unknown' {
  const status = (verdict as { status?: unknown }).status;
  if (status === 'due' || status === 'healthy' || status === 'unknown') return status;
  return verdict.triggered ? 'due' : 'healthy';
}

/** Every secret this run holds: masked from the command's output, messages and records. */
export function externalSecrets(config: Config): string[] {
  return [...notifySecrets(config.notify), ...(config.githubToken ? [config.githubToken] : [])];
}

export function planExternal(context: ExternalContext): ExternalPlan {
  const { config, verdict, github, repo, env, now, state } = context;
  const status = statusOf(verdict);
  const drifted = driftedFeatures(verdict.evidence.drift);
  const command = config.command
    ? {
        argv: config.command.argv,
        ...planCommand(state.command, {
          monitor: config.monitorKey,
          status,
          ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
          now,
          // The dispatch's cooldown (input `cooldown`) when one is configured, else its default of one day.
          cooldownMs: config.dispatch?.cooldownMs ?? DEFAULT_COOLDOWN_MS,
          maxFailures: MAX_COMMAND_FAILURES,
        }),
      }
    : null;
  const escalated = escalationOf(github, command);
  const notify =
    enabledTargets(config.notify).length > 0
      ? planNotifications(
          state.notify,
          config.notify,
          {
            monitor: config.monitorKey,
            status,
            reasons: escalated && status === 'due' ? [escalated, ...verdict.reasons] : verdict.reasons,
            failedRules: verdict.failedRules,
            driftedFeatures: drifted,
            time: now.toISOString(),
            ...(repo?.runUrl ? { runUrl: repo.runUrl } : {}),
            ...(github.issueUrl ? { issueUrl: github.issueUrl } : {}),
            ...(github.runUrl ? { retrainingUrl: github.runUrl } : {}),
          },
          { status, fingerprint: fingerprintOf(verdict.failedRules, drifted), escalated: escalated !== null },
          now,
        )
      : null;
  return { command, notify };
}

/**
 * Why a person is needed, or null: the open alert carries the `retraining-failed` label (retraining failed
 * `max-retrain-attempts` times), or the retraining command gave up after failing again and again. Sent once as
 * `escalated` while the alert stays open (notify/lifecycle.ts); other or more reasons are `changed`, not this.
 */
export function escalationOf(
  github: Pick<EffectsOutcome, 'escalated'>,
  command: Pick<CommandDecision, 'gaveUp' | 'reason'> | null,
): string | null {
  if (github.escalated) return github.escalated;
  if (command?.gaveUp) return `the retraining command is not started any more: ${command.reason}`;
  return null;
}

/** The plan as records, for dry-run and the offline plan (nothing is run or sent). */
export function describeExternal(plan: ExternalPlan, why: string): ActionRecord[] {
  const records: ActionRecord[] = [];
  if (plan.command) {
    records.push({
      kind: 'command',
      outcome: plan.command.run ? 'planned' : 'skipped',
      detail: plan.command.run
        ? `would run ${JSON.stringify(plan.command.argv)} (${why})`
        : `not run: ${plan.command.reason}`,
    });
  }
  if (plan.notify) {
    const lines = describeNotifyPlan(plan.notify);
    if (lines.length === 0) {
      records.push({ kind: 'notification', outcome: 'skipped', detail: 'no change of state to notify' });
    }
    for (const line of lines)
      records.push({ kind: 'notification', outcome: 'planned', detail: `would ${line} (${why})` });
  }
  return records;
}

export async function applyExternal(
  plan: ExternalPlan,
  context: ExternalContext & { report: unknown; log: (line: string) => void },
): Promise<{ records: ActionRecord[]; failures: string[] }> {
  const { config, verdict, env, now } = context;
  const secrets = externalSecrets(config);
  const records: ActionRecord[] = [];
  const failures: string[] = [];
  const stateFile = config.stateFile as string;
  if (plan.command) {
    if (!plan.command.run) {
      records.push({ kind: 'command', outcome: 'skipped', detail: `not run: ${plan.command.reason}` });
    } else {
      const claim: CommandLedgerEntry = {
        monitor: config.monitorKey,
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        at: now.toISOString(),
        state: 'claimed',
      };
      await appendState(stateFile, 'command', claim);
      const argv = plan.command.argv;
      context.log(`command: running ${maskSecrets(JSON.stringify(argv), secrets)}`);
      const result = await runCommand({
        argv,
        env: commandEnv(env, {
          status: statusOf(verdict),
          reasons: verdict.reasons,
          failedRules: verdict.failedRules,
          driftedFeatures: driftedFeatures(verdict.evidence.drift),
          reportPath: config.reportPath,
          monitor: config.monitorKey,
        }),
        timeoutMs: config.command!.timeoutMs,
        secrets,
        cwd: config.workingDirectory,
        log: (line) => context.log(`  ${line}`),
      });
      const ok = result.exitCode === 0 && !result.timedOut;
      await appendState(stateFile, 'command', {
        ...claim,
        state: ok ? 'succeeded' : 'failed',
        exitCode: result.exitCode,
      });
      const seconds = (result.durationMs / 1000).toFixed(1);
      const what = result.timedOut
        ? `stopped after command-timeout (${seconds} s)`
        : `exited with code ${result.exitCode} after ${seconds} s`;
      records.push({
        kind: 'command',
        outcome: ok ? 'succeeded' : 'failed',
        detail: `${maskSecrets(argv[0] ?? '', secrets)} ${what}`,
        ...(result.tail ? { output: result.tail } : {}),
      });
      if (!ok) {
        const lastLines = result.tail.split('\n').slice(-10).join('\n');
        failures.push(`The retraining command ${what}.${lastLines ? ` Last lines:\n${lastLines}` : ''}`);
      }
    }
  }
  if (plan.notify) {
    if (plan.notify.deliveries.length === 0 && plan.notify.notes.length === 0) {
      records.push({ kind: 'notification', outcome: 'skipped', detail: 'no change of state to notify' });
    }
    for (const note of plan.notify.notes)
      records.push({ kind: 'notification', outcome: 'skipped', detail: note });
    const ledger = {
      where: `state-file '${stateFile}'`,
      read: async () => (await readState(stateFile)).notify,
      record: (entry: Parameters<typeof appendState>[2]) => appendState(stateFile, 'notify', entry),
    };
    const source = context.repo
      ? `${new URL(context.repo.serverUrl).host}/${context.repo.owner}/${context.repo.repo}`
      : 'retrain-trigger';
    const sent = await applyNotifications(
      plan.notify,
      config.notify,
      ledger,
      { report: context.report, source },
      { secrets },
    );
    for (const r of sent.records) {
      records.push({ kind: 'notification', outcome: r.outcome, detail: `'${r.event}' → ${r.detail}` });
    }
    failures.push(...sent.failures);
  }
  return {
    records: records.map((r) => ({
      ...r,
      detail: maskSecrets(r.detail, secrets),
      ...(r.output ? { output: maskSecrets(r.output, secrets) } : {}),
    })),
    failures: failures.map((f) => maskSecrets(f, secrets)),
  };
}
