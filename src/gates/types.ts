/**
 * Contracts of the validation gate: the candidate model (challenger) must pass every gate against the model in
 * production (champion) to be promoted. Pure data; built by gates/evaluate.ts, read by the report and effects.
 */
import type { DriftFacts, MetricSet, QualityFacts } from '../rules/facts/types.js';
import type { RuleSpec } from '../rules/types.js';

/**
 * A structured gate with MLflow's `MetricThreshold` semantics (mlflow/models/evaluation/validation.py):
 * every check that is set must hold. See gates/threshold.ts for the exact comparisons.
 */
export interface ThresholdGateSpec {
  kind: 'threshold';
  /** `name` when given, else `gate-N` in order. */
  id: string;
  name?: string;
  description?: string;
  metric: string;
  /** Challenger ≥ threshold (≤ when lower is better). */
  threshold?: number;
  /** Challenger ≥ champion + this (≤ champion − this when lower is better); > 0. */
  minAbsoluteChange?: number;
  /** Relative improvement over the champion of at least this share, 0…1. */
  minRelativeChange?: number;
  greaterIsBetter: boolean;
  /** Where the gate is written, for messages: `retrain-trigger.yml, line 12, column 5`. */
  origin: string;
}

/**
 * A gate in the rules language: a condition that must hold. `accuracy` (or `challenger.accuracy`) reads the
 * challenger, `baseline.accuracy` (or `champion.accuracy`) the champion.
 */
export interface ExpressionGateSpec {
  kind: 'expression';
  rule: RuleSpec;
}

export type GateSpec = ThresholdGateSpec | ExpressionGateSpec;

/** `error`: the gate could not be evaluated (a value missing, a division by zero): it rejects, like `failed`. */
export type GateOutcome = 'passed' | 'failed' | 'error';

/** One check of a threshold gate: the bound the challenger had to reach, and whether it did. */
export interface GateCheck {
  check: 'threshold' | 'min-absolute-change' | 'min-relative-change';
  /** The challenger had to be ≥ this (≤ when lower is better). */
  bound: number;
  passed: boolean;
  /** For min-relative-change: the relative improvement seen (null when the champion is 0). */
  improvement?: number | null;
}

/** A metric a gate reads, on both sides where known. */
export interface GateMetric {
  name: string;
  challenger: number | null;
  champion: number | null;
  /** challenger − champion (null unless both are known). */
  change: number | null;
  /** (challenger − champion) / |champion| (null unless both are known and the champion is not 0). */
  relativeChange: number | null;
}

export interface GateResult {
  id: string;
  kind: GateSpec['kind'];
  /** The gate as a person reads it: the expression, or `accuracy ≥ 0.8, ≥ champion + 0.01`. */
  gate: string;
  outcome: GateOutcome;
  /** Why it passed or failed, with the numbers; for `error`, what could not be evaluated. */
  reason: string;
  metrics: GateMetric[];
  /** Threshold gates only: each check that is set. */
  checks?: GateCheck[];
}

export interface GateVerdict {
  /** True only when there is at least one gate and every gate passed. */
  promote: boolean;
  gates: GateResult[];
  /** Ids of the gates that failed or could not be evaluated, in order. */
  rejectedBy: string[];
}

/** What the gates read. */
export interface GateEvidence {
  /** The candidate's metrics (the `metrics` files). */
  challenger: MetricSet;
  /** The production model's metrics (the `baseline` files); null when none were given. */
  champion: MetricSet | null;
  /** Drift, when configured (e.g. the candidate's training data against production data); else null. */
  drift: DriftFacts | null;
  quality?: QualityFacts | null;
}
