/**
 * Evidence → Verdict. Pure: no I/O, no GitHub, tested without mocks.
 * Retraining is due when any rule triggers, or when data drift is detected and no rule mentions drift
 * (a rule that mentions drift.* takes over the decision about drift).
 */
import type { ParsedRule } from './rules/index.js';
import { checkRule, evaluateRule } from './rules/index.js';
import { formatPercent } from './text/format.js';
import type { MetricValues } from './rules/types.js';
import { driftedFeatures, type Evidence, type Verdict } from './verdict.js';

export function decide(rules: readonly ParsedRule[], evidence: Evidence, hasBaseline: boolean): Verdict {
  const drift = evidence.drift;
  const known = {
    metrics: new Set(evidence.metrics.keys()),
    baseline: hasBaseline ? new Set(evidence.baseline.keys()) : null,
    drift: drift !== null,
  };
  for (const rule of rules) checkRule(rule, known);

  const values: MetricValues = {
    current: evidence.metrics,
    baseline: evidence.baseline,
    ...(drift ? { drift: { share: drift.share, count: drift.count, detected: drift.detected } } : {}),
  };
  const results = rules.map((rule) => evaluateRule(rule, values));
  const reasons = results.flatMap((r) => (r.triggered && r.reason ? [r.reason] : []));
  const failedRules = results.filter((r) => r.triggered).map((r) => r.id);

  const driftDecides = drift !== null && !results.some((r) => r.usesDrift);
  const driftTriggers = driftDecides && drift.detected;
  if (driftTriggers) reasons.push(driftReason(evidence));

  return {
    triggered: failedRules.length > 0 || driftTriggers,
    reasons,
    failedRules,
    rules: results,
    evidence,
  };
}

function driftReason(evidence: Evidence): string {
  const drift = evidence.drift;
  if (!drift) return '';
  const names = driftedFeatures(drift);
  const shown =
    names.slice(0, 10).join(', ') + (names.length > 10 ? `, … and ${names.length - 10} more` : '');
  return `data drift: ${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 1)} ≥ ${formatPercent(drift.threshold, 1)}): ${shown}`;
}
