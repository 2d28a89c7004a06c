/**
 * The command's environment: the runner's (PATH, HOME, cloud credentials the workflow exported) plus the verdict
 * under the contract names. The action's own inputs (`INPUT_*`: the GitHub token, webhook URLs, routing keys) are
 * not passed on: the command gets the verdict, not the monitor's secrets.
 */
import type { CommandVerdict } from './types.js';

export const COMMAND_ENV = {
  status: 'RETRAIN_TRIGGER_STATUS',
  reasons: 'RETRAIN_TRIGGER_REASONS',
  failedRules: 'RETRAIN_TRIGGER_FAILED_RULES',
  driftedFeatures: 'RETRAIN_TRIGGER_DRIFTED_FEATURES',
  report: 'RETRAIN_TRIGGER_REPORT',
  monitor: 'RETRAIN_TRIGGER_MONITOR',
} as const;

export function verdictEnv(verdict: CommandVerdict): Record<string, string> {
  return {
    [COMMAND_ENV.status]: verdict.status,
    [COMMAND_ENV.reasons]: JSON.stringify(verdict.reasons),
    [COMMAND_ENV.failedRules]: JSON.stringify(verdict.failedRules),
    [COMMAND_ENV.driftedFeatures]: JSON.stringify(verdict.driftedFeatures),
    [COMMAND_ENV.report]: verdict.reportPath,
    [COMMAND_ENV.monitor]: verdict.monitor,
  };
}

export function commandEnv(
  base: Readonly<Record<string, string | undefined>>,
  verdict: CommandVerdict,
): Record<string, string> {
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || /^INPUT_/i.test(name)) continue;
    env[name] = value;
  }
  return Object.assign(env, verdictEnv(verdict));
}
