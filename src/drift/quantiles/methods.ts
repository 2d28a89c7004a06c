/**
 * `ks` and `wasserstein` when one side or both are quantile profiles, with the error bound of the result.
 *
 * Bounds (proved in docs/profile-format.md, "Error bounds"): with q + 1 quantiles whose ranks are off by at
 * most δ·count (δ = `quantile_error` + 1/count; 1/count covers every standard exact definition), the linear
 * CDF of the quantiles is within 1/q + δ of the true empirical CDF at every point, and ∫ of its error is at
 * most (1/(2q) + δ)·(max − min). A raw side is exact (0). Hence
 *   |D̂ − D| ≤ err_ref + err_cur                      (ks; plus 1/(2·max(n)) when D is rounded to scipy's
 *                                                     lattice for the exact p-value)
 *   |Ŵ − W| ≤ (area_ref + area_cur) / max(std_ref, 0.001)   (Evidently's normed wasserstein)
 * and the p-value lies between the p-values of D̂ ± bound (p falls as D grows).
 */
import type { QuantileSummary } from '../../data/types.js';
import type { PreparedSide } from '../binning.js';
import { populationStd } from '../stats/distances.js';
import { ksPValue } from '../stats/ks.js';
import { areaBetween, quantileCdf, sampleCdf, supDistance, type CdfCursor } from './cdf.js';

/** How far an approximate result can be from the value on the raw rows. */
export interface Approximation {
  /** |statistic − exact statistic| is at most this. */
  statistic: number;
  /** The compared value (p-value for ks, the distance for wasserstein) lies in [low, high]. */
  low: number;
  high: number;
}

export interface CdfOutcome {
  statistic: number;
  pValue: number | null;
  approximate: Approximation;
}

/** The quantiles a side carries, if any (a quantile profile, or a histogram profile that also has them). */
export function summaryOf(side: PreparedSide): QuantileSummary | undefined {
  if (side.form === 'quantiles') return side.quantiles;
  if (side.form === 'histogram') return side.quantiles;
  return undefined;
}

/** Whether `ks` and `wasserstein` can run on a side: raw numbers or quantiles. */
export function hasCdf(side: PreparedSide): boolean {
  return side.form === 'numbers' || summaryOf(side) !== undefined;
}

function cursorOf(side: PreparedSide): CdfCursor {
  if (side.form === 'numbers') return sampleCdf(side.sorted);
  return quantileCdf(summaryOf(side)!);
}

function sizeOf(side: PreparedSide): number {
  return side.form === 'numbers' ? side.sorted.length : summaryOf(side)!.count;
}

/**
 * δ: the rank error of one quantile, as a share of the count — the stated `quantile_error` plus 1/count, which
 * covers the rounding of every exact definition (linear interpolation, Spark's ⌈(p + ε)·n⌉ ranks).
 */
function rankError(summary: QuantileSummary): number {
  return (summary.rankError ?? 0) + 1 / summary.count;
}

/** sup |F̂ − F| of a side's CDF: 0 for raw rows, 1/q + δ for quantiles. */
export function cdfError(side: PreparedSide): number {
  const summary = side.form === 'numbers' ? undefined : summaryOf(side);
  if (!summary) return 0;
  return 1 / (summary.values.length - 1) + rankError(summary);
}

/** ∫ |F̂ − F| of a side's CDF: 0 for raw rows, (1/(2q) + δ)·(max − min) for quantiles. */
function areaError(side: PreparedSide): number {
  const summary = side.form === 'numbers' ? undefined : summaryOf(side);
  if (!summary) return 0;
  const v = summary.values;
  return (1 / (2 * (v.length - 1)) + rankError(summary)) * (v[v.length - 1]! - v[0]!);
}

/** Two-sample KS on the CDFs, p-value from the sample counts as scipy computes it. */
export function ksOnCdf(ref: PreparedSide, cur: PreparedSide): CdfOutcome {
  const d = supDistance(cursorOf(ref), cursorOf(cur));
  const [n1, n2] = [sizeOf(ref), sizeOf(cur)];
  const result = ksPValue(d, n1, n2);
  const lattice = Math.max(n1, n2) <= 10000 ? 1 / (2 * Math.max(n1, n2)) : 0;
  const bound = cdfError(ref) + cdfError(cur) + lattice;
  const atMost = ksPValue(Math.min(1, d + bound), n1, n2).pValue;
  const atLeast = ksPValue(Math.max(0, d - bound), n1, n2).pValue;
  return { ...result, approximate: { statistic: bound, low: atMost, high: atLeast } };
}

/** Evidently's wasserstein (distance in reference standard deviations) on the CDFs. */
export function wassersteinOnCdf(ref: PreparedSide, cur: PreparedSide): CdfOutcome {
  const std = ref.form === 'numbers' ? populationStd(ref.sorted) : summaryOf(ref)!.std;
  const scale = Math.max(std, 0.001);
  const w = areaBetween(cursorOf(ref), cursorOf(cur)) / scale;
  const bound = (areaError(ref) + areaError(cur)) / scale;
  return {
    statistic: w,
    pValue: null,
    approximate: { statistic: bound, low: Math.max(0, w - bound), high: w + bound },
  };
}

/**
 * A warning when the decision could differ on the raw rows: the compared value's range straddles the
 * threshold. `drifts(v)` applies the method's comparison with the feature's threshold.
 */
export function approximationWarning(
  feature: string,
  method: string,
  approximate: Approximation,
  drifts: (value: number) => boolean,
): string | undefined {
  if (drifts(approximate.low) === drifts(approximate.high)) return undefined;
  const what = method === 'ks' ? 'p-value' : 'distance';
  return (
    `feature '${feature}': ${method} ran on quantiles; the ${what} on the raw rows lies between ` +
    `${round(approximate.low)} and ${round(approximate.high)}, on both sides of the threshold, so the ` +
    `decision rests on the approximation (give more quantiles, or the rows)`
  );
}

function round(x: number): string {
  return Number(x.toPrecision(4)).toString();
}
