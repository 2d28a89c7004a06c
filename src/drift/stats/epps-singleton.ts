/**
 * Evidently `es`: the Epps–Singleton two-sample test, scipy.stats.epps_singleton_2samp(ref, cur) with its
 * default points t = (0.4, 0.8), ported from scipy/stats/_hypotests.py.
 *
 * The empirical characteristic function of each sample is evaluated at t / σ (σ = half the interquartile
 * range of both samples together); W = n · Δᵀ Σ⁺ Δ, where Δ is the difference of the two samples' mean
 * vectors g(x) = (cos t₁x, cos t₂x, sin t₁x, sin t₂x), Σ the pooled biased covariance and Σ⁺ its
 * pseudo-inverse (numpy's pinv: singular values below 1e-15 × the largest dropped). W is chi-square with
 * rank(Σ⁺) degrees of freedom; when both samples have fewer than 25 values it is scaled by scipy's
 * small-sample correction. One pass per sample over the values: O(n).
 *
 * Where scipy returns NaN we throw, so the caller can name the feature: fewer than 5 values in a sample
 * (scipy raises), or an interquartile range of 0 (Evidently raises too: "IQR of 0 means there is no
 * variability in the middle 50% of your data").
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import { assertSortedSample } from './contract.js';
import type { TestResult } from './result.js';

export class EppsSingletonError extends Error {}

/** scipy's default points t = (0.4, 0.8): 0.8 is exactly 2 × 0.4 in binary, which moments() relies on. */
const T = [0.4, 0.8] as const;
const DIM = 2 * T.length;

/** numpy's default (`linear`) percentile of the merged sorted samples at q ∈ [0, 1]. */
function mergedQuantile(a: Float64Array, b: Float64Array, q: number): number {
  const n = a.length + b.length;
  const virtual = (n - 1) * q;
  const k = Math.floor(virtual);
  const lower = kth(a, b, k);
  const upper = k + 1 < n ? kth(a, b, k + 1) : lower;
  const t = virtual - k;
  return t >= 0.5 ? upper - (upper - lower) * (1 - t) : lower + (upper - lower) * t; // numpy's _lerp
}

/** The k-th smallest (0-based) of two sorted arrays, by binary search on how many come from `a`: O(log n). */
function kth(a: Float64Array, b: Float64Array, k: number): number {
  let lo = Math.max(0, k + 1 - b.length);
  let hi = Math.min(k + 1, a.length);
  while (lo < hi) {
    const fromA = (lo + hi) >>> 1; // take a[0..fromA) and b[0..k+1-fromA)
    const fromB = k + 1 - fromA;
    if (fromB > 0 && a[fromA]! < b[fromB - 1]!) lo = fromA + 1;
    else hi = fromA;
  }
  const fromB = k + 1 - lo;
  const lastA = lo > 0 ? a[lo - 1]! : -Infinity;
  const lastB = fromB > 0 ? b[fromB - 1]! : -Infinity;
  return Math.max(lastA, lastB);
}

/**
 * Mean vector and biased covariance of g(x) = (cos t₁x, cos t₂x, sin t₁x, sin t₂x) over one sample, in one
 * pass (Welford's update of the mean and the co-moments, as stable as numpy's two-pass cov). scipy's default
 * t₂ is exactly 2·t₁ in binary, so the second pair comes from the double-angle identities: two trigonometric
 * calls per value instead of four (the identities agree with direct cos/sin to a few units of 1e-16).
 */
function moments(x: Float64Array, t1: number): { mean: Float64Array; cov: Float64Array } {
  const n = x.length;
  const mean = new Float64Array(DIM);
  const comoment = new Float64Array(DIM * DIM);
  const delta = new Float64Array(DIM);
  const row = new Float64Array(DIM);
  for (let i = 0; i < n; i++) {
    const theta = t1 * x[i]!;
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    row[0] = c;
    row[1] = c * c - s * s;
    row[2] = s;
    row[3] = 2 * s * c;
    const count = i + 1;
    for (let j = 0; j < DIM; j++) {
      delta[j] = row[j]! - mean[j]!;
      mean[j]! += delta[j]! / count;
    }
    for (let j = 0; j < DIM; j++) {
      const after = row[j]! - mean[j]!;
      for (let k = 0; k <= j; k++) comoment[j * DIM + k]! += delta[k]! * after;
    }
  }
  const cov = new Float64Array(DIM * DIM);
  for (let j = 0; j < DIM; j++) {
    for (let k = 0; k <= j; k++) {
      cov[j * DIM + k] = comoment[j * DIM + k]! / n;
      cov[k * DIM + j] = cov[j * DIM + k]!;
    }
  }
  return { mean, cov };
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations (accurate to rounding; for a
 * symmetric matrix the singular values numpy's pinv and matrix_rank use are the eigenvalues' magnitudes).
 * Returns the eigenvalues and the eigenvectors as columns of `vectors` (row-major d × d).
 */
export function symmetricEigen(
  matrix: Float64Array,
  d: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q]! ** 2;
    if (off === 0) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q]!;
        if (apq === 0) continue;
        const theta = (a[q * d + q]! - a[p * d + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p]!;
          const akq = a[k * d + q]!;
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k]!;
          const aqk = a[q * d + k]!;
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p]!;
          const vkq = v[k * d + q]!;
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: d }, (_, i) => a[i * d + i]!), vectors: v };
}

export function eppsSingleton2samp(ref: Float64Array, cur: Float64Array): TestResult {
  assertSortedSample('eppsSingleton2samp', 'ref', ref);
  assertSortedSample('eppsSingleton2samp', 'cur', cur);
  const nx = ref.length;
  const ny = cur.length;
  if (nx < 5 || ny < 5) {
    throw new EppsSingletonError(`needs at least 5 values in each sample (found ${nx} and ${ny})`);
  }
  const n = nx + ny;
  const iqr = mergedQuantile(ref, cur, 0.75) - mergedQuantile(ref, cur, 0.25);
  if (!(iqr > 0) || !Number.isFinite(iqr)) {
    throw new EppsSingletonError(
      `needs spread in the middle half of the values, but the interquartile range of both samples together is ${iqr}`,
    );
  }
  const t1 = T[0] / (iqr / 2);
  const x = moments(ref, t1);
  const y = moments(cur, t1);
  const cov = new Float64Array(DIM * DIM);
  for (let i = 0; i < cov.length; i++) cov[i] = (n / nx) * x.cov[i]! + (n / ny) * y.cov[i]!;

  // Pseudo-inverse through the eigen-decomposition, with numpy pinv's cutoff and matrix_rank's rank of it.
  const { values, vectors } = symmetricEigen(cov, DIM);
  const largest = Math.max(...values.map(Math.abs));
  const inverse = values.map((s) => (Math.abs(s) > 1e-15 * largest ? 1 / s : 0));
  const largestInverse = Math.max(...inverse.map(Math.abs));
  const rank = inverse.filter((s) => Math.abs(s) > largestInverse * DIM * Number.EPSILON).length;

  // W = n · Δᵀ V diag(1/λ) Vᵀ Δ = n · Σ_k (v_kᵀ Δ)² / λ_k
  let w = 0;
  for (let k = 0; k < DIM; k++) {
    if (inverse[k] === 0) continue;
    let projection = 0;
    for (let j = 0; j < DIM; j++) projection += vectors[j * DIM + k]! * (x.mean[j]! - y.mean[j]!);
    w += projection * projection * inverse[k]!;
  }
  w *= n;
  if (Math.max(nx, ny) < 25) w *= 1.0 / (1.0 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
  if (rank === 0) return { statistic: w, pValue: NaN };
  const pValue = gammainc(Math.max(0, w) / 2, rank / 2, true, true);
  return { statistic: w, pValue };
}
