/** Contracts of the rules language: parsed once, evaluated purely, never run as code. */

/** A rule as configured: `expression` or `name: expression`, with where it came from (for error messages). */
export interface RuleSpec {
  /** `name` when given, else `rule-1`, `rule-2`… in order. */
  id: string;
  name?: string;
  expression: string;
  /** What the rule is for, in the user's words; shown next to the rule in the summary, issue and terminal. */
  description?: string;
  /** Where the expression text starts, e.g. `input 'rules', line 2` or `monitor.yml, line 7, column 17`. */
  origin: RuleOrigin;
  /** `for` / `clear-after` (config file only; needs a history store): when holding counts as triggered. */
  hysteresis?: RuleHysteresis;
}

/**
 * `for: N` (`k = n = N`) or `for: K of N`, and `clear-after: M`: the rule counts as triggered once it held on
 * `k` of the last `n` evaluable runs, and stays triggered until `clearAfter` consecutive healthy runs.
 */
export interface RuleHysteresis {
  for: { k: number; n: number };
  clearAfter: number;
}

/** Where a rule with `for` / `clear-after` stands after this run (Prometheus: inactive, pending, firing). */
export interface RuleStandingInfo {
  state: 'inactive' | 'pending' | 'firing' | 'clearing';
  /** True when the rule counts as triggered on this run (firing or clearing), whatever its outcome now. */
  counts: boolean;
  /** `pending — 2 of 3 runs`, `clearing — 1 of 2 healthy runs`, `triggered`, `ok`. */
  text: string;
}

export interface RuleOrigin {
  /** `input 'rules'` or the config file path. */
  source: string;
  line: number;
  /** 1-based column where the expression text starts in that line. */
  column: number;
}

/** `triggered` (the condition held), `ok` (it did not), `error` (this run's data could not answer it). */
export type RuleOutcome = 'triggered' | 'ok' | 'error';

/** Outcome of one rule. */
export interface RuleResult {
  id: string;
  name?: string;
  description?: string;
  expression: string;
  outcome: RuleOutcome;
  /** Every value the rule read, keyed by how the rule names it: `accuracy`, `baseline.accuracy`, `rel_change(rows)`. */
  values: Record<string, number>;
  /** One human sentence when triggered, e.g. `accuracy = 0.8 < 0.85`. */
  reason?: string;
  /** Why the rule could not be evaluated (outcome `error`), e.g. `rel_change(errors) divides by the baseline 'errors' = 0`. */
  error?: string;
  /** Current metrics the rule reads (directly or through change/rel_change), in order of first use. */
  metrics: string[];
  /** True when the rule mentions drift.* (then detected drift does not trigger on its own). */
  usesDrift: boolean;
  /**
   * With `for` / `clear-after`: where the rule stands. `outcome` stays what the condition gave on this run
   * (what the history records); the standing says whether it counts as triggered.
   */
  standing?: RuleStandingInfo;
}
