/**
 * Evidently `empirical_mmd` (mmd_stattest.py): the unbiased squared maximum mean discrepancy with a Gaussian
 * (RBF) kernel, and a permutation p-value.
 *
 * Evidently's definition, followed here:
 * - distances are squared differences; the kernel width σ = sqrt(½ · median of the reference × reference
 *   squared distances, diagonal included, numpy percentile method `nearest`), or sqrt(½) when that is 0; the
 *   same σ serves all three blocks; k(a, b) = exp(−(a − b)² / (2σ²));
 * - MMD² = ΣKxx / (m(m−1)) + ΣKyy / (n(n−1)) − 2·mean(Kxy), diagonals left out;
 * - p = share of 100 random re-splits of the pooled rows (reference size kept) whose MMD² is at least the
 *   observed one (no +1 correction, as Evidently).
 *
 * Deliberate differences:
 * - the re-splits come from the caller's seeded generator (Evidently calls np.random.permutation on numpy's
 *   global, unseeded state, so its p-value changes from run to run);
 * - (a − b)² instead of Evidently's a² + b² − 2ab, which cancels catastrophically for large values;
 * - a re-split counts when its MMD² ≥ observed − 1e-12, so a re-split that reproduces the observed split is
 *   not lost to summation order;
 * - the kernel is quadratic in the rows, so a side with more than `maxPerSide` rows (default 1000) is
 *   replaced by a seeded random subsample of that many rows (the caller reports it). Evidently builds the
 *   full kernel matrix of any size. Cost: O(min(n, cap)²) time and memory, plus 100 re-splits of
 *   O(min(m, n)²) each.
 */
import { assertSortedSample } from './contract.js';
import type { TestResult } from './result.js';
import { overflowExponent, scaleDown } from './scale.js';

export class MmdError extends Error {}

export interface MmdOptions {
  /** Uniform [0, 1) generator for the subsample and the re-splits. */
  random: () => number;
  permutations?: number;
  maxPerSide?: number;
}

export interface MmdResult extends TestResult {
  /** Rows actually used per side (smaller than the input when subsampled). */
  referenceUsed: number;
  currentUsed: number;
}

/**
 * `k` values of `values` drawn without replacement: the first k of a Fisher–Yates shuffle, with the swapped
 * positions kept in a map so the cost is O(k), not O(rows).
 */
export function subsample(values: Float64Array, k: number, random: () => number): Float64Array {
  if (values.length <= k) return values;
  const moved = new Map<number, number>(); // position → index now there (absent: the position's own index)
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (values.length - i));
    const chosen = moved.get(j) ?? j;
    moved.set(j, moved.get(i) ?? i);
    out[i] = values[chosen]!;
  }
  return out;
}

/** numpy's percentile(method='nearest') at 50 of the m² reference distances (m zeros, each pair twice). */
function medianSquaredDistance(x: Float64Array): number {
  const m = x.length;
  const pairs = new Float64Array((m * (m - 1)) / 2);
  let p = 0;
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) pairs[p++] = (x[i]! - x[j]!) ** 2;
  pairs.sort();
  const virtual = (m * m - 1) * 0.5;
  // np.around: halves go to the even neighbour.
  const floor = Math.floor(virtual);
  const k = virtual - floor === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(virtual);
  return k < m ? 0 : pairs[(k - m) >>> 1]!;
}

export function empiricalMmd(ref: Float64Array, cur: Float64Array, options: MmdOptions): MmdResult {
  assertSortedSample('empiricalMmd', 'ref', ref);
  assertSortedSample('empiricalMmd', 'cur', cur);
  const cap = options.maxPerSide ?? 1000;
  const permutations = options.permutations ?? 100;
  // The kernel is scale-free (σ comes from the data), so values near ±1.8e308 are used at 2^-k scale.
  const k = overflowExponent(ref, cur);
  const x = subsample(scaleDown(ref, k), cap, options.random);
  const y = subsample(scaleDown(cur, k), cap, options.random);
  const m = x.length;
  const n = y.length;
  if (m < 2 || n < 2) throw new MmdError(`needs at least 2 values in each sample (found ${m} and ${n})`);

  const median = medianSquaredDistance(x);
  const sigma = Math.sqrt(0.5 * median) || Math.sqrt(0.5);
  const gamma = 1.0 / (2.0 * sigma ** 2);
  const size = m + n;
  const pooled = new Float64Array(size);
  pooled.set(x);
  pooled.set(y, m);
  // The kernel matrix's upper triangle (i < j: all split() reads), and the full row sums (zero diagonal).
  const kernel = new Float64Array(size * size);
  const rowSums = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const base = i * size;
    const xi = pooled[i]!;
    let sum = 0;
    for (let j = i + 1; j < size; j++) {
      const k = Math.exp(-gamma * (xi - pooled[j]!) ** 2);
      kernel[base + j] = k;
      sum += k;
      rowSums[j]! += k;
    }
    rowSums[i]! += sum;
  }
  let total = 0;
  for (let i = 0; i < size; i++) total += rowSums[i]!;

  const a = 1 / (m * (m - 1));
  const b = 1 / (n * (n - 1));
  /** MMD² of the split whose reference rows are order[0..m): only the smaller group's block is summed. */
  const fromStart = m <= n;
  const group = new Int32Array(fromStart ? m : n);
  const split = (order: Int32Array): number => {
    group.set(order.subarray(fromStart ? 0 : m, fromStart ? m : size));
    group.sort(); // i < j below (the stored triangle), and rows read left to right for the cache
    let within = 0; // Σ over ordered pairs (i ≠ j) inside the smaller group
    let rows = 0; // Σ of the smaller group's row sums
    for (let s = 0; s < group.length; s++) {
      const i = group[s]!;
      rows += rowSums[i]!;
      const base = i * size;
      for (let t = s + 1; t < group.length; t++) within += kernel[base + group[t]!]!;
    }
    within *= 2;
    const cross = rows - within;
    const other = total - rows - cross;
    const [xx, yy] = fromStart ? [within, other] : [other, within];
    return a * xx + b * yy - (2.0 * cross) / (m * n);
  };

  const order = Int32Array.from({ length: size }, (_, i) => i);
  const observed = split(order);
  let atLeast = 0;
  for (let r = 0; r < permutations; r++) {
    for (let i = size - 1; i > 0; i--) {
      const j = Math.floor(options.random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    if (split(order) >= observed - 1e-12) atLeast++;
  }
  return { statistic: observed, pValue: atLeast / permutations, referenceUsed: m, currentUsed: n };
}
