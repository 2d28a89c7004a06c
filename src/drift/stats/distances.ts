/**
 * Distances between two raw numeric samples, both SORTED ascending, finite and non-empty. Ports of scipy's
 * `_cdf_distance` (wasserstein_distance, energy_distance) as a single merge walk: O(n + m), no allocation.
 */

/** Neumaier-compensated running sum: these sums run over up to millions of terms. */
class Sum {
  private sum = 0;
  private compensation = 0;
  add(x: number): void {
    const t = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }
  get value(): number {
    return this.sum + this.compensation;
  }
}

/**
 * ∫ |F_u − F_v|^p over the merged support, for p = 1 or 2 (scipy `_cdf_distance` before its final root).
 * Only distinct values matter: scipy's zero-width steps between equal values contribute nothing.
 */
function cdfIntegral(u: Float64Array, v: Float64Array, p: 1 | 2): number {
  const sum = new Sum();
  let i = 0;
  let j = 0;
  let x = Math.min(u[0]!, v[0]!);
  for (;;) {
    while (i < u.length && u[i]! <= x) i++;
    while (j < v.length && v[j]! <= x) j++;
    if (i === u.length && j === v.length) break;
    const next = Math.min(i < u.length ? u[i]! : Infinity, j < v.length ? v[j]! : Infinity);
    const gap = Math.abs(i / u.length - j / v.length);
    sum.add((p === 1 ? gap : gap * gap) * (next - x));
    x = next;
  }
  return sum.value;
}

/** scipy.stats.wasserstein_distance(u, v) — the first Wasserstein (earth mover's) distance. */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  return cdfIntegral(u, v, 1);
}

/** scipy.stats.energy_distance(u, v) = √2 · sqrt(∫ (F_u − F_v)²). */
export function energyDistance(u: Float64Array, v: Float64Array): number {
  return Math.SQRT2 * Math.sqrt(cdfIntegral(u, v, 2));
}

/** numpy.std(x) (population, ddof = 0), two passes. */
export function populationStd(x: Float64Array): number {
  const total = new Sum();
  for (let i = 0; i < x.length; i++) total.add(x[i]!);
  const mean = total.value / x.length;
  const squares = new Sum();
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - mean;
    squares.add(d * d);
  }
  return Math.sqrt(squares.value / x.length);
}

/**
 * Evidently `wasserstein` (wasserstein_distance_norm.py): wasserstein_distance(ref, cur) / max(std(ref), 0.001),
 * i.e. the distance in units of the reference's standard deviation.
 */
export function wassersteinNormed(ref: Float64Array, cur: Float64Array): number {
  return wassersteinDistance(ref, cur) / Math.max(populationStd(ref), 0.001);
}
