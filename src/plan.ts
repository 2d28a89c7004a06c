/**
 * What would be done, without talking to GitHub: used by the CLI and the demo when there is no repository or
 * token to act on. (With a token, dry-run reads GitHub and says exactly what it would write: github/effects.ts.)
 */
import type { Config } from './config/types.js';
import { expandInputs } from './github/dispatch-inputs.js';
import type { ActionRecord, EffectsOutcome } from './github/types.js';
import type { Verdict } from './verdict.js';

export function wantsEffects(config: Config): boolean {
  return config.alert.enabled || config.dispatch !== null;
}

export function planEffects(verdict: Verdict, config: Config): EffectsOutcome {
  const records: ActionRecord[] = [];
  const offline = 'not connected to a GitHub repository';
  if (config.alert.enabled) {
    const title = config.alert.title.replace(/\{monitor\}/g, config.monitorTitle);
    records.push(
      verdict.status === 'unknown'
        ? {
            kind: 'alert-issue',
            outcome: 'planned',
            detail: `could not decide: would keep an open alert issue open and note this run in it; nothing would be closed (${offline})`,
          }
        : verdict.triggered
          ? {
              kind: 'alert-issue',
              outcome: 'planned',
              detail: `would open (or update) the alert issue "${title}" labelled ${config.alert.labels.join(', ') || '(none)'} (${offline})`,
            }
          : {
              kind: 'alert-issue',
              outcome: 'planned',
              detail: config.alert.closeOnRecovery
                ? `would close the open alert issue for monitor "${config.monitorKey}", if there is one (${offline})`
                : `nothing to do: retraining is not due (${offline})`,
            },
    );
  }
  const dispatch = config.dispatch;
  if (dispatch) {
    const target = dispatch.workflow
      ? `workflow ${dispatch.workflow} on ${dispatch.ref ?? 'the default branch'}`
      : `repository_dispatch event '${dispatch.eventType}'${dispatch.repository ? ` to ${dispatch.repository.owner}/${dispatch.repository.repo}` : ''}`;
    const inputs = expandInputs(dispatch.inputs, verdict, config.monitorKey, undefined);
    records.push({
      kind: 'dispatch',
      outcome: 'planned',
      detail: verdict.triggered
        ? `would dispatch ${target}${Object.keys(inputs).length ? ` with inputs ${JSON.stringify(inputs)}` : ''}, unless a run is active or started within the cooldown (${offline})`
        : verdict.status === 'unknown'
          ? 'no dispatch: the verdict could not be decided'
          : 'no dispatch: retraining is not due',
    });
  }
  return { dispatched: false, records, failures: [] };
}
