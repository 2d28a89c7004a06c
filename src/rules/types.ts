/** Contracts of the rules language: parsed once, evaluated purely, never run as code. */

export interface MetricValues {
  /** Current metric values by name. */
  current: ReadonlyMap<string, number>;
  /** Baseline values by name (empty map when no baseline was given). */
  baseline: ReadonlyMap<string, number>;
  /** Drift facts (`drift.share`, `drift.count`, `drift.detected` as 1/0) — undefined when drift is not configured. */
  drift?: { share: number; count: number; detected: boolean };
}

/** Outcome of one rule. */
export interface RuleResult {
  id: string;
  expression: string;
  triggered: boolean;
  /** Every value the rule read, keyed by how the rule names it: `accuracy`, `baseline.accuracy`, `rel_change(rows)`. */
  values: Record<string, number>;
  /** One human sentence when triggered, e.g. `accuracy = 0.8 < 0.85`. */
  reason?: string;
  /** True when the rule mentions drift.* (then detected drift does not trigger on its own). */
  usesDrift: boolean;
}
