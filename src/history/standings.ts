/**
 * What the history adds to a verdict, as pure functions decide.ts calls: where each rule with `for` /
 * `clear-after` stands (hysteresis.ts over the outcomes the history recorded, this run last), where dataset drift
 * stands (`drift.for` / `drift.clear-after`), and `max-model-age` as one more rule of the verdict.
 *
 * The rule's `outcome` stays what its condition gave on this run: that is what the history records and what the
 * next run's fold reads. The standing says whether it counts as triggered (pending rules do not, rules that have
 * not cleared still do); an unknown run (`error`) neither counts nor breaks a streak.
 */
import type { HistoryFacts, ModelFacts } from '../rules/facts/types.js';
import type { RuleResult, RuleStandingInfo } from '../rules/types.js';
import {
  describeStanding,
  NO_HYSTERESIS,
  standingOf,
  type Hysteresis,
  type RuleStanding,
  type RunOutcome,
} from './hysteresis.js';
import { describeAge, type ModelAgeResult } from './model-age.js';
import type { RuleOutcome } from './record.js';
import { ruleOutcomes, type Timeline } from './timeline.js';

/** Everything from the past the verdict needs; built by the pipeline's history stage, read by decide.ts. */
export interface VerdictMemory {
  timeline: Timeline;
  /** The rules' `history` source (facts.ts). */
  facts: HistoryFacts;
  /** The model's age; undefined when it was not looked up. */
  age?: ModelAgeResult;
  /** `max-model-age` in days; undefined = not checked. */
  maxModelAgeDays?: number;
  /** `drift.for` / `drift.clear-after`; undefined = none. */
  driftHysteresis?: Hysteresis;
}

/** The id under which `max-model-age` appears among the rules (and in `failed-rules`). */
export const MODEL_AGE_RULE = 'max-model-age';

function info(s: RuleStanding): RuleStandingInfo {
  return { state: s.standing.state, counts: s.standing.triggered, text: describeStanding(s.standing) };
}

const asRunOutcome = (outcome: RuleOutcome): RunOutcome => (outcome === 'error' ? 'unknown' : outcome);

/** Where a rule stands after this run, given its outcome now and its `for` / `clear-after`. */
export function ruleStanding(
  t: Timeline,
  ruleId: string,
  outcome: RuleOutcome,
  hysteresis: Hysteresis = NO_HYSTERESIS,
): RuleStanding {
  return standingOf(ruleOutcomes(t, ruleId, asRunOutcome(outcome)), hysteresis);
}

/** The results with `standing` set on every rule that has hysteresis (the others are returned as they are). */
export function withStandings(
  results: readonly RuleResult[],
  hysteresis: ReadonlyMap<string, Hysteresis>,
  t: Timeline,
): RuleResult[] {
  return results.map((r) => {
    const spec = hysteresis.get(r.id);
    return spec ? { ...r, standing: info(ruleStanding(t, r.id, r.outcome, spec)) } : r;
  });
}

/** Where dataset drift stands (`drift.for` / `drift.clear-after`); `detected` undefined = undecided this run. */
export function driftStanding(
  t: Timeline,
  detected: boolean | undefined,
  hysteresis: Hysteresis,
): RuleStandingInfo {
  const past = t.records.map((r): RunOutcome =>
    r.drift === undefined ? 'unknown' : r.drift.detected ? 'triggered' : 'ok',
  );
  const now: RunOutcome = detected === undefined ? 'unknown' : detected ? 'triggered' : 'ok';
  return info(standingOf([...past, now], hysteresis));
}

/** The `model` source of the rules: the age in days, or why it is unknown. */
export function modelFacts(age: ModelAgeResult | undefined): ModelFacts | null {
  if (age === undefined) return null;
  return { ageDays: age.known ? { known: true, value: age.age.days } : { known: false, reason: age.reason } };
}

/**
 * `max-model-age` as a rule of the verdict: triggered when the model is older ("model is 34 days old (last
 * successful retrain.yml run, 2026-10-28; max 30d)"), `error` when no source knows its age — never "fresh".
 */
export function modelAgeRule(age: ModelAgeResult | undefined, maxDays: number): RuleResult {
  const max = Number(maxDays.toFixed(3));
  const base = {
    id: MODEL_AGE_RULE,
    expression: `model.age_days > ${max}`,
    description: `the model may be at most ${max}d old`,
    metrics: [],
    usesDrift: false,
  };
  if (age === undefined || !age.known) {
    const reason = age === undefined ? "the model's age was not looked up" : age.reason;
    return { ...base, outcome: 'error', values: {}, error: reason };
  }
  const days = age.age.days;
  return {
    ...base,
    outcome: days > maxDays ? 'triggered' : 'ok',
    values: { 'model.age_days': Number(days.toFixed(2)) },
    ...(days > maxDays ? { reason: describeAge(age.age, maxDays) } : {}),
  };
}
