/**
 * The verdict: what the evidence says. Pure data, built by decide.ts, read by effects and the report.
 */
import type { DriftResult } from './drift/types.js';
import type { QualityResult } from './quality/types.js';
import type { RuleResult, RuleStandingInfo } from './rules/types.js';

/** One side's metrics files (current or baseline), as loaded. */
export interface MetricsEvidence {
  /** Numeric metrics by name (booleans count as 1/0). */
  values: Map<string, number>;
  /** Keys holding something else (strings, dates, null, lists): metadata, kept and shown, never computed with. */
  metadata: Map<string, unknown>;
  /** Metric or metadata name → display path of the file that defines it. */
  sources: Map<string, string>;
  /** Display paths of the files read, in order. */
  files: string[];
  /** Earlier lines / rows of the metrics files, oldest first: the read-only history when no store is set. */
  history?: Map<string, number>[];
}

export interface Evidence {
  /** The current metrics; empty when only drift is checked. */
  current: MetricsEvidence;
  /** null when no baseline files were given. */
  baseline: MetricsEvidence | null;
  drift: DriftResult | null;
  /** Data quality of the features drift compared (tables on both sides), else null. */
  quality?: QualityResult | null;
}

/** Names of the drifted features, in the engine's order (empty without drift). */
export function driftedFeatures(drift: DriftResult | null): string[] {
  return (drift?.features ?? []).filter((f) => f.drifted).map((f) => f.name);
}

/** `due` (retraining is due), `healthy` (everything evaluated, nothing triggered), `unknown` (could not decide). */
export type VerdictStatus = 'due' | 'healthy' | 'unknown';

/**
 * What an undecided verdict becomes (input / config `on-unknown`), after Grafana's no-data handling:
 * `keep` the alert as it is (status `unknown`), treat it as `healthy` or `due`, or `fail` the step.
 */
export type OnUnknown = 'keep' | 'healthy' | 'due' | 'fail';
export const ON_UNKNOWN: readonly OnUnknown[] = ['keep', 'healthy', 'due', 'fail'];

export interface DriftVerdict {
  /** False when a rule reads drift.*: the rule then decides about drift, and this status is not counted. */
  decides: boolean;
  /** `due` (dataset drift detected), `healthy`, or `unknown` (could not be decided on this data). */
  status: VerdictStatus;
  /** Why drift could not be decided, or null. */
  undecided: string | null;
  /** With `drift.for` / `drift.clear-after`: where drift stands, and whether it counts as due. */
  standing?: RuleStandingInfo;
}

export interface Verdict {
  /** The outcome acted on: `assessed`, with `onUnknown` applied when that is `unknown`. */
  status: VerdictStatus;
  /** What the evidence alone says: due when anything evaluable triggered, else unknown when a part could not be
   * evaluated, else healthy. */
  assessed: VerdictStatus;
  /** Exactly `status === 'due'`. */
  triggered: boolean;
  /** One sentence per triggered rule (and one for drift when it decides; one for on-unknown `due`). */
  reasons: string[];
  /**
   * Parts of the verdict this run's data could not evaluate, one sentence each (rule errors, drift that could
   * not be decided). Empty when everything was evaluated; non-empty with any status (a rule may trigger while
   * another errs).
   */
  undecided: string[];
  onUnknown: OnUnknown;
  /** Ids of triggered rules. */
  failedRules: string[];
  rules: RuleResult[];
  /** The dataset drift decision; null when drift is not configured. */
  drift: DriftVerdict | null;
  evidence: Evidence;
}
