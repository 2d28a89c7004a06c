/**
 * Distribution functions known at knots, for `ks` and `wasserstein` when a side is a quantile profile.
 *
 * A side's CDF F is described by knots x_0 < x_1 < … with F(x_k⁻) = before_k and F(x_k) = at_k, linear from
 * (x_k, at_k) to (x_k+1, before_k+1), 0 below the first knot and 1 above the last. Both forms fit:
 * - raw sorted values: a knot per distinct value, before = #(< x)/n, at = #(<= x)/n, flat between knots —
 *   the empirical CDF exactly;
 * - q + 1 quantiles Q_0 … Q_q at probabilities k/q: a knot per distinct Q; a run Q_i = … = Q_j of equal
 *   values is a jump from i/q to j/q; linear in between (the values spread evenly inside each quantile
 *   interval). Docs/profile-format.md ("Error bounds") proves how far this is from the true CDF.
 *
 * Both sides are walked together in one merge over the union of their knots — O(knots), no allocation per
 * knot — since between two consecutive union knots both CDFs, and so their difference, are linear.
 */
import type { QuantileSummary } from '../../data/types.js';

/** A CDF as a forward cursor over its knots (see the module comment). */
export interface CdfCursor {
  /** The next knot not yet passed, or +Infinity past the last one. */
  x: number;
  before: number;
  at: number;
  /** The last knot passed: -Infinity (and F = 0) before the first. */
  prevX: number;
  prevAt: number;
  advance(): void;
}

/** The empirical CDF of a sorted sample (finite, non-empty). */
export function sampleCdf(sorted: Float64Array): CdfCursor {
  const n = sorted.length;
  let i = 0;
  const cursor: CdfCursor = {
    x: -Infinity,
    before: 0,
    at: 0,
    prevX: -Infinity,
    prevAt: 0,
    advance() {
      cursor.prevX = cursor.x;
      cursor.prevAt = cursor.at;
      if (i >= n) {
        cursor.x = Infinity;
        cursor.before = cursor.at = 1;
        return;
      }
      const value = sorted[i]!;
      let j = i + 1;
      while (j < n && sorted[j] === value) j++;
      cursor.x = value;
      cursor.before = i / n;
      cursor.at = j / n;
      i = j;
    },
  };
  cursor.advance();
  cursor.prevX = -Infinity;
  return cursor;
}

/** The CDF that q + 1 quantiles describe, linear inside each quantile interval. */
export function quantileCdf(summary: QuantileSummary): CdfCursor {
  const values = summary.values;
  const q = values.length - 1;
  let i = 0;
  const cursor: CdfCursor = {
    x: -Infinity,
    before: 0,
    at: 0,
    prevX: -Infinity,
    prevAt: 0,
    advance() {
      cursor.prevX = cursor.x;
      cursor.prevAt = cursor.at;
      if (i > q) {
        cursor.x = Infinity;
        cursor.before = cursor.at = 1;
        return;
      }
      const value = values[i]!;
      let j = i;
      while (j < q && values[j + 1] === value) j++;
      cursor.x = value;
      cursor.before = i / q;
      cursor.at = j / q;
      i = j + 1;
    },
  };
  cursor.advance();
  cursor.prevX = -Infinity;
  return cursor;
}

/** F(u) for a u strictly between the cursor's previous and next knot. */
function between(c: CdfCursor, u: number): number {
  if (c.prevX === -Infinity) return 0;
  if (c.x === Infinity) return 1;
  return c.prevAt + ((c.before - c.prevAt) * (u - c.prevX)) / (c.x - c.prevX);
}

/**
 * Walk both CDFs over the union of their knots, calling `visit(u, dBefore, dAt)` with
 * d = F_a − F_b just below and at each union knot u.
 */
function walk(a: CdfCursor, b: CdfCursor, visit: (u: number, dBefore: number, dAt: number) => void): void {
  while (a.x !== Infinity || b.x !== Infinity) {
    const u = a.x <= b.x ? a.x : b.x;
    const onA = a.x === u;
    const onB = b.x === u;
    const aBefore = onA ? a.before : between(a, u);
    const aAt = onA ? a.at : aBefore;
    const bBefore = onB ? b.before : between(b, u);
    const bAt = onB ? b.at : bBefore;
    visit(u, aBefore - bBefore, aAt - bAt);
    if (onA) a.advance();
    if (onB) b.advance();
  }
}

/** sup |F_a − F_b|: the Kolmogorov–Smirnov statistic of the two CDFs. */
export function supDistance(a: CdfCursor, b: CdfCursor): number {
  let d = 0;
  walk(a, b, (_u, dBefore, dAt) => {
    d = Math.max(d, Math.abs(dBefore), Math.abs(dAt));
  });
  return d;
}

/** ∫ |F_a − F_b| dx: the first Wasserstein distance (scipy's wasserstein_distance for two samples). */
export function areaBetween(a: CdfCursor, b: CdfCursor): number {
  let sum = 0;
  let prevU = NaN;
  let prevD = 0;
  walk(a, b, (u, dBefore, dAt) => {
    if (!Number.isNaN(prevU)) sum += linearArea(prevD, dBefore, u - prevU);
    prevU = u;
    prevD = dAt;
  });
  return sum;
}

/** ∫ |d| over an interval of `width` where d runs linearly from d0 to d1. */
function linearArea(d0: number, d1: number, width: number): number {
  if (width <= 0 || (d0 === 0 && d1 === 0)) return 0;
  if (d0 === d1) return Math.abs(d0) * width; // the constant case: bit-identical to scipy's step sums
  if ((d0 >= 0 && d1 >= 0) || (d0 <= 0 && d1 <= 0)) return ((Math.abs(d0) + Math.abs(d1)) / 2) * width;
  return ((d0 * d0 + d1 * d1) / (2 * (Math.abs(d0) + Math.abs(d1)))) * width; // sign change: two triangles
}

/** F(e⁻) at each of the ascending `edges`: the share of values below each edge. */
export function sharesBelow(c: CdfCursor, edges: readonly number[]): Float64Array {
  const below = new Float64Array(edges.length);
  edges.forEach((edge, k) => {
    while (c.x < edge) c.advance();
    below[k] = c.x === edge ? c.before : between(c, edge);
  });
  return below;
}

/** The quantile function the linear CDF implies, at probability p in [0, 1]. */
export function quantileAt(summary: QuantileSummary, p: number): number {
  const values = summary.values;
  const position = p * (values.length - 1);
  const k = Math.min(Math.floor(position), values.length - 2);
  const t = position - k;
  const [lo, hi] = [values[k]!, values[k + 1]!];
  return t === 0 ? lo : t === 1 ? hi : lo + (hi - lo) * t;
}
