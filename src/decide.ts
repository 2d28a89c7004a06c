/**
 * Evidence → Verdict. Pure: no I/O, no GitHub, tested without mocks.
 *
 * Every rule is evaluated (one rule's error never stops the others); dataset drift counts when no rule mentions
 * drift (a rule that reads drift.* takes over the decision about drift). Then three outcomes:
 * `due` when anything evaluable triggered; else `unknown` when a part could not be evaluated (a rule that
 * erred, drift that could not be decided); else `healthy`. `on-unknown` says what an unknown verdict becomes.
 *
 * With the run history (`memory`, read by the pipeline before the verdict): the rules can read the past
 * (`mean_over(accuracy, 7)`, `model.age_days`), `for` / `clear-after` decide whether a rule or drift that held
 * counts as triggered (history/standings.ts) before the status is computed, and `max-model-age` is one more rule.
 */
import type { DriftResult } from './drift/types.js';
import type { DriftFacts, FactSources, ParsedRule, RuleResult } from './rules/index.js';
import { checkRule, evaluateRule } from './rules/index.js';
import {
  driftStanding,
  modelAgeRule,
  modelFacts,
  withStandings,
  type VerdictMemory,
} from './history/standings.js';
import { formatPercent } from './text/format.js';
import {
  driftedFeatures,
  type DriftVerdict,
  type Evidence,
  type OnUnknown,
  type Verdict,
  type VerdictStatus,
} from './verdict.js';

export function decideVerdict(
  rules: readonly ParsedRule[],
  evidence: Evidence,
  onUnknown: OnUnknown = 'keep',
  memory?: VerdictMemory,
): Verdict {
  const drift = evidence.drift;
  const driftUnknown = drift ? undecidedDrift(drift) : undefined;
  const sources: FactSources = {
    ...factSources(evidence, driftUnknown),
    history: memory?.facts ?? null,
    model: modelFacts(memory?.age),
  };
  for (const rule of rules) checkRule(rule, sources);

  let results = rules.map((rule) => evaluateRule(rule, sources));
  if (memory) results = withStandings(results, hysteresisOf(rules), memory.timeline);
  if (memory?.maxModelAgeDays !== undefined) results.push(modelAgeRule(memory.age, memory.maxModelAgeDays));
  const reasons = results.flatMap((r) => (counts(r) ? [reasonOf(r)] : []));
  const failedRules = results.filter(counts).map((r) => r.id);
  const undecided = results.flatMap((r) =>
    r.outcome === 'error' ? [`rule '${r.id}' (${r.expression}) could not be evaluated: ${r.error}`] : [],
  );

  let driftVerdict: DriftVerdict | null = null;
  if (drift !== null) {
    const decides = !results.some((r) => r.usesDrift);
    const status = driftUnknown !== undefined ? 'unknown' : drift.detected ? 'due' : 'healthy';
    const standing =
      memory?.driftHysteresis &&
      driftStanding(
        memory.timeline,
        driftUnknown === undefined ? drift.detected : undefined,
        memory.driftHysteresis,
      );
    driftVerdict = { decides, status, undecided: driftUnknown ?? null, ...(standing ? { standing } : {}) };
    const due = standing ? standing.counts : status === 'due';
    if (decides && due) {
      reasons.push(
        status === 'due'
          ? driftReason(drift)
          : `data drift has not cleared: ${standing ? standing.text : ''}`,
      );
    }
    if (decides && driftUnknown !== undefined)
      undecided.push(`data drift could not be decided: ${driftUnknown}`);
  }
  const driftDue =
    driftVerdict?.decides === true &&
    (driftVerdict.standing ? driftVerdict.standing.counts : driftVerdict.status === 'due');

  const assessed: VerdictStatus =
    failedRules.length > 0 || driftDue ? 'due' : undecided.length > 0 ? 'unknown' : 'healthy';
  let status = assessed;
  if (assessed === 'unknown' && (onUnknown === 'healthy' || onUnknown === 'due')) status = onUnknown;
  if (status === 'due' && assessed === 'unknown') {
    reasons.push(`could not decide, and on-unknown is 'due': ${undecided.join('; ')}`);
  }
  return {
    status,
    assessed,
    triggered: status === 'due',
    reasons,
    undecided,
    onUnknown,
    failedRules,
    rules: results,
    drift: driftVerdict,
    evidence,
  };
}

/** What the rules (and the gates) can read on this run, from the evidence. */
export function factsOf(evidence: Evidence): FactSources {
  return factSources(evidence, evidence.drift ? undecidedDrift(evidence.drift) : undefined);
}

/** A rule counts as triggered when its condition held, or — with `for` / `clear-after` — when it stands so. */
function counts(r: RuleResult): boolean {
  return r.standing ? r.standing.counts : r.outcome === 'triggered';
}

function reasonOf(r: RuleResult): string {
  if (r.outcome === 'triggered' && r.reason) return r.reason;
  const where = `${r.id} (${r.expression})`;
  if (r.outcome === 'error')
    return `${where} still counts as triggered (not evaluable on this run, not cleared)`;
  return `${where} has not cleared: ${r.standing?.text ?? 'triggered'}`;
}

function hysteresisOf(
  rules: readonly ParsedRule[],
): Map<string, NonNullable<ParsedRule['spec']['hysteresis']>> {
  const out = new Map<string, NonNullable<ParsedRule['spec']['hysteresis']>>();
  for (const rule of rules) if (rule.spec.hysteresis) out.set(rule.spec.id, rule.spec.hysteresis);
  return out;
}

/** What the rules can read on this run, from the evidence. */
function factSources(evidence: Evidence, driftUnknown: string | undefined): FactSources {
  const drift = evidence.drift;
  const driftFacts: DriftFacts | null = drift
    ? {
        share: drift.share,
        count: drift.count,
        detected: drift.detected,
        ...(driftUnknown !== undefined ? { undecided: driftUnknown } : {}),
      }
    : null;
  const quality = evidence.quality
    ? new Map(
        evidence.quality.features.map((f) => [
          f.name,
          {
            kind: f.kind,
            missingShare: f.missingShare.current,
            referenceMissingShare: f.missingShare.reference,
            newShare: f.newShare,
            outOfRangeShare: f.outOfRangeShare,
          },
        ]),
      )
    : null;
  return { metrics: evidence.current, baseline: evidence.baseline, drift: driftFacts, quality };
}

/**
 * Why the dataset drift decision cannot be trusted on this data, or undefined when it can: no feature could be
 * tested, or so many features had too few rows (`insufficient`) that counting them as drifted would turn
 * "no drift" into "drift". (Counting them as not drifted never flips a detected drift: the tested features
 * alone reached the share.)
 */
export function undecidedDrift(drift: DriftResult): string | undefined {
  const insufficient = drift.features.filter((f) => f.status === 'insufficient');
  const shown = insufficient
    .slice(0, 5)
    .map((f) => `'${f.name}' (${f.referenceSize} reference / ${f.currentSize} current rows)`)
    .join(', ');
  const more = insufficient.length > 5 ? ` and ${insufficient.length - 5} more` : '';
  if (drift.tested === 0) {
    return drift.features.length === 0
      ? 'there were no features to test'
      : `no feature could be tested: all ${insufficient.length} have too few rows: ${shown}${more}`;
  }
  if (drift.detected || insufficient.length === 0) return undefined;
  const total = drift.tested + insufficient.length;
  const worst = (drift.count + insufficient.length) / total;
  if (worst < drift.threshold) return undefined;
  return (
    `${insufficient.length} of ${total} features have too few rows to test (${shown}${more}); ` +
    `counted as drifted they would make ${formatPercent(worst, 1)} ≥ ${formatPercent(drift.threshold, 1)} ` +
    `and turn "no drift" (${drift.count} of ${drift.tested} tested) into drift`
  );
}

function driftReason(drift: DriftResult): string {
  const names = driftedFeatures(drift);
  const shown =
    names.slice(0, 10).join(', ') + (names.length > 10 ? `, … and ${names.length - 10} more` : '');
  return `data drift: ${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 1)} ≥ ${formatPercent(drift.threshold, 1)}): ${shown}`;
}
