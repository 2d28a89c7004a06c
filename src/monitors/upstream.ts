/**
 * What an upstream model's state does to the verdict of a model that depends on it (pure).
 *
 * - An upstream model is due → this model is due too: one reason per upstream model, naming it (and the models
 *   whose own evidence started it, when it is due only through its own upstream), and a pseudo rule id
 *   `depends-on:<key>` in `failedRules`, so the alert's fingerprint — and with it the "verdict changed" comment
 *   and the `changed` notification — follows the upstream models too.
 * - An upstream model could not be decided and this model is otherwise healthy → this model could not be decided
 *   either (could not evaluate is never healthy): its own `on-unknown` says what that becomes.
 */
import type { Verdict, VerdictStatus } from '../verdict.js';
import type { Upstream } from './graph.js';

export const UPSTREAM_RULE_PREFIX = 'depends-on:';

export function upstreamReason(due: Upstream['due'][number]): string {
  const others = due.origins.filter((o) => o !== due.key);
  return (
    `upstream model '${due.key}' is due, and this model depends on it` +
    (others.length > 0 ? ` ('${due.key}' is due through ${others.map((o) => `'${o}'`).join(', ')})` : '')
  );
}

export function withUpstream(verdict: Verdict, upstream: Upstream): Verdict {
  if (upstream.due.length > 0) {
    return {
      ...verdict,
      status: 'due',
      assessed: 'due',
      triggered: true,
      reasons: [...verdict.reasons, ...upstream.due.map(upstreamReason)],
      failedRules: [...verdict.failedRules, ...upstream.due.map((d) => `${UPSTREAM_RULE_PREFIX}${d.key}`)],
    };
  }
  if (upstream.unknown.length === 0 || verdict.assessed !== 'healthy') return verdict;
  const undecided = [
    ...verdict.undecided,
    ...upstream.unknown.map((key) => `upstream model '${key}' could not be decided`),
  ];
  const onUnknown = verdict.onUnknown;
  const status: VerdictStatus = onUnknown === 'healthy' || onUnknown === 'due' ? onUnknown : 'unknown';
  return {
    ...verdict,
    status,
    assessed: 'unknown',
    triggered: status === 'due',
    undecided,
    reasons:
      status === 'due'
        ? [...verdict.reasons, `could not decide, and on-unknown is 'due': ${undecided.join('; ')}`]
        : verdict.reasons,
  };
}
