/**
 * Structured gates with the semantics of MLflow's `MetricThreshold`, checked as `_validate` in
 * mlflow/models/evaluation/validation.py checks them (fixtures: test/fixtures/gates/gen_mlflow_thresholds.py):
 *
 * - `threshold`: challenger ≥ threshold when greater is better, else challenger ≤ threshold.
 * - `min-absolute-change`: challenger ≥ champion + change (greater is better), else challenger ≤ champion − change;
 *   the bound is computed in floating point first, then compared, as MLflow does (its `Decimal` conversion of
 *   both sides is exact, so comparing doubles gives the same answer).
 * - `min-relative-change`: improvement = (challenger − champion) / champion (greater is better) or
 *   (champion − challenger) / champion, which must be ≥ the change. A champion of exactly 0 falls back, as in
 *   MLflow, to "strictly better by 1e-10": challenger ≥ 0 + 1e-10 (or ≤ 0 − 1e-10).
 *
 * Where this differs from MLflow, on purpose (a gate fails closed; it never promotes by accident):
 * - The relative improvement divides by |champion|, not champion. MLflow's signed division flips the sign for a
 *   negative champion (R², log-likelihood, sklearn's negated errors): greater is better, champion −1, challenger
 *   −2 gives MLflow (−2 + 1) / −1 = +1, a regression that passes, while −0.5 gives −0.5, an improvement that
 *   fails. With |champion| both come out the right way round. Non-negative champions are unaffected.
 * - A metric missing from the champion rejects (outcome `error`) whenever a change check is set. MLflow raises a
 *   KeyError when the baseline has other metrics but not this one, and skips the check when
 *   `min_relative_change` is 0 (it tests the option's truthiness) and then fails on `None`.
 * - A NaN value (or a NaN improvement, e.g. ∞ − ∞) rejects. MLflow's `relative_change < min_relative_change`
 *   is False for NaN, so the check would pass.
 */
import { formatNumber, formatPercent } from '../text/format.js';
import type { GateCheck, GateEvidence, GateMetric, GateResult, ThresholdGateSpec } from './types.js';

/** MLflow's margin when the champion is 0 and a relative change is asked for. */
export const ZERO_BASELINE_MARGIN = 1e-10;

/** `accuracy ≥ 0.8, ≥ champion + 0.01, ≥ champion + 5%` (≤ and − when lower is better). */
export function describeThresholdGate(gate: ThresholdGateSpec): string {
  const op = gate.greaterIsBetter ? '≥' : '≤';
  const sign = gate.greaterIsBetter ? '+' : '−';
  const parts: string[] = [];
  if (gate.threshold !== undefined) parts.push(`${op} ${formatNumber(gate.threshold)}`);
  if (gate.minAbsoluteChange !== undefined) {
    parts.push(`${op} champion ${sign} ${formatNumber(gate.minAbsoluteChange)}`);
  }
  if (gate.minRelativeChange !== undefined) {
    parts.push(`${op} champion ${sign} ${formatPercent(gate.minRelativeChange, 2)}`);
  }
  return `${gate.metric} ${parts.join(', ')}`;
}

/** The metric on both sides, with its change; shared with expression gates. */
export function gateMetric(name: string, evidence: GateEvidence): GateMetric {
  const challenger = evidence.challenger.values.get(name) ?? null;
  const champion = evidence.champion?.values.get(name) ?? null;
  const both = challenger !== null && champion !== null;
  return {
    name,
    challenger,
    champion,
    change: both ? challenger - champion : null,
    relativeChange: both && champion !== 0 ? (challenger - champion) / Math.abs(champion) : null,
  };
}

function result(
  gate: ThresholdGateSpec,
  metric: GateMetric,
  outcome: GateResult['outcome'],
  reason: string,
  checks: GateCheck[],
): GateResult {
  return {
    id: gate.id,
    kind: 'threshold',
    gate: describeThresholdGate(gate),
    outcome,
    reason,
    metrics: [metric],
    checks,
  };
}

export function evaluateThresholdGate(gate: ThresholdGateSpec, evidence: GateEvidence): GateResult {
  const metric = gateMetric(gate.metric, evidence);
  const name = gate.metric;
  const c = metric.challenger;
  if (c === null) return result(gate, metric, 'error', `the challenger has no metric '${name}'`, []);
  if (Number.isNaN(c)) return result(gate, metric, 'error', `the challenger's '${name}' is not a number`, []);

  const better = (value: number, bound: number) => (gate.greaterIsBetter ? value >= bound : value <= bound);
  const shift = (base: number, by: number) => (gate.greaterIsBetter ? base + by : base - by);
  const op = gate.greaterIsBetter ? '≥' : '≤';
  const checks: GateCheck[] = [];
  const failures: string[] = [];

  if (gate.threshold !== undefined) {
    const passed = better(c, gate.threshold);
    checks.push({ check: 'threshold', bound: gate.threshold, passed });
    if (!passed) failures.push(`${name} = ${formatNumber(c)}, needs ${op} ${formatNumber(gate.threshold)}`);
  }

  const comparesChampion = gate.minAbsoluteChange !== undefined || gate.minRelativeChange !== undefined;
  const b = metric.champion;
  if (comparesChampion && b === null) {
    const why =
      evidence.champion === null
        ? `'${name}' is compared with the champion, but no champion (baseline) metrics were given`
        : `the champion has no metric '${name}'`;
    return result(gate, metric, 'error', why, checks);
  }
  if (comparesChampion && b !== null && Number.isNaN(b)) {
    return result(gate, metric, 'error', `the champion's '${name}' is not a number`, checks);
  }

  if (gate.minAbsoluteChange !== undefined && b !== null) {
    const bound = shift(b, gate.minAbsoluteChange);
    const passed = better(c, bound);
    checks.push({ check: 'min-absolute-change', bound, passed });
    if (!passed) {
      failures.push(
        `${name} = ${formatNumber(c)}, needs ${op} ${formatNumber(bound)} (champion ${formatNumber(b)} ${gate.greaterIsBetter ? '+' : '−'} ${formatNumber(gate.minAbsoluteChange)})`,
      );
    }
  }

  if (gate.minRelativeChange !== undefined && b !== null) {
    let check: GateCheck;
    if (b === 0) {
      const bound = shift(b, ZERO_BASELINE_MARGIN);
      check = { check: 'min-relative-change', bound, passed: better(c, bound), improvement: null };
    } else {
      const improvement = (gate.greaterIsBetter ? c - b : b - c) / Math.abs(b);
      const bound = shift(b, gate.minRelativeChange * Math.abs(b));
      // `>=` rather than MLflow's `not (x < min)`: equal for numbers, and NaN fails instead of passing.
      check = {
        check: 'min-relative-change',
        bound,
        passed: improvement >= gate.minRelativeChange,
        improvement,
      };
    }
    checks.push(check);
    if (!check.passed) {
      const needed =
        b === 0
          ? 'to be better than a champion of 0'
          : `an improvement of ${formatPercent(gate.minRelativeChange, 2)} over champion ${formatNumber(b)}`;
      const seen = check.improvement == null ? '' : ` (improvement ${formatPercent(check.improvement, 2)})`;
      failures.push(`${name} = ${formatNumber(c)}${seen}, needs ${needed}`);
    }
  }

  if (failures.length > 0) return result(gate, metric, 'failed', failures.join('; '), checks);
  const bounds = checks.map((k) => `${op} ${formatNumber(k.bound)}`).join(', ');
  return result(gate, metric, 'passed', `${name} = ${formatNumber(c)} ${bounds}`, checks);
}
