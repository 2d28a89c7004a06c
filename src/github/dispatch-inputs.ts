/** The inputs a retraining dispatch sends: templates expanded from the verdict (see dispatch.ts). */
import { truncate } from '../text/escape.js';
import { TEMPLATE_PATTERN } from '../config/dispatch-checks.js';
import { driftedFeatures, type Verdict } from '../verdict.js';

/** Cap per input value: 25 × 1,024 stays well inside GitHub's 65,535-character payload limit. */
export const MAX_INPUT_CHARS = 1024;

/**
 * Expand `{reasons}`, `{triggered}`, `{status}`, `{failed_rules}`, `{drifted_features}`, `{monitor}`,
 * `{run_url}`, `{issue_number}`, `{models}` (the config stage refused any other template).
 */
export function expandInputs(
  inputs: Record<string, string>,
  verdict: Verdict,
  monitorKey: string,
  runUrl: string | undefined,
  issueNumber?: number,
  models: readonly string[] = [monitorKey],
): Record<string, string> {
  return expandTemplates(
    inputs,
    new Map<string, string>([
      ['reasons', verdict.reasons.join('; ')],
      ['triggered', String(verdict.triggered)],
      ['status', verdict.status],
      ['failed_rules', verdict.failedRules.join(',')],
      ['drifted_features', driftedFeatures(verdict.evidence.drift).join(',')],
      ['monitor', monitorKey],
      ['run_url', runUrl ?? ''],
      ['issue_number', issueNumber !== undefined ? String(issueNumber) : ''],
      ['models', models.join(',')],
    ]),
  );
}

/**
 * `{name}` → its value. Maps without prototypes: no template or input name can reach `Object.prototype`
 * (`{constructor}`, an input named `__proto__`).
 */
export function expandTemplates(
  inputs: Record<string, string>,
  values: ReadonlyMap<string, string>,
): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const [name, template] of Object.entries(inputs)) {
    const expanded = template.replace(TEMPLATE_PATTERN, (whole, key: string) => values.get(key) ?? whole);
    out[name] = truncate(expanded, MAX_INPUT_CHARS);
  }
  return out;
}
