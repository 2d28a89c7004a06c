/**
 * The verdict: what the evidence says. Pure data, built by evaluate.ts, read by effects and the report.
 */
import type { DriftResult } from './drift/types.js';
import type { QualityResult } from './quality/types.js';
import type { RuleResult } from './rules/types.js';

export interface Evidence {
  /** Current metrics by name, and the file each came from. */
  metrics: Map<string, number>;
  metricSources: Map<string, string>;
  baseline: Map<string, number>;
  baselineSources: Map<string, string>;
  /** Earlier JSONL lines of the current metrics, oldest first (for later history-aware policies). */
  history: Map<string, number>[];
  drift: DriftResult | null;
  /** Data quality of the features drift compared (tables on both sides), else null. */
  quality?: QualityResult | null;
}

/** Names of the drifted features, in the engine's order (empty without drift). */
export function driftedFeatures(drift: DriftResult | null): string[] {
  return (drift?.features ?? []).filter((f) => f.drifted).map((f) => f.name);
}

export interface Verdict {
  triggered: boolean;
  /** One sentence per triggered rule (and one for drift when no rule mentions drift). */
  reasons: string[];
  /** Ids of triggered rules. */
  failedRules: string[];
  rules: RuleResult[];
  evidence: Evidence;
}
