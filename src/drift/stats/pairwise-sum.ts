/**
 * numpy's pairwise summation (`DOUBLE_pairwise_sum` in numpy/_core/src/umath/loops_utils.h.src), which is what
 * `np.sum` / `np.mean` use on a contiguous float64 array. Hand-written rather than a plain loop because the
 * t-test must round exactly like scipy: with nearly equal means the last bits of the means decide the sign
 * and size of t. Checked against `np.sum` bit for bit (same blocks of 8, same split points).
 *
 * Two specialised copies of one loop — the plain sum and the sum of squared deviations — instead of one
 * taking a per-element callback: the callback made every element a (megamorphic) call, ~10× the cost of the
 * additions. The recursion is numpy's own; its depth is log2(n / 128), under 30 for any array.
 */

const BLOCK = 128; // numpy's PW_BLOCKSIZE

/** The split point numpy uses for `count` > BLOCK values: half, rounded down to a multiple of 8. */
function splitAt(count: number): number {
  const half = Math.floor(count / 2);
  return half - (half % 8);
}

/** Σ values[from .. from + count) in numpy's order. */
function sumRange(values: Float64Array, from: number, count: number): number {
  if (count > BLOCK) {
    const half = splitAt(count);
    return sumRange(values, from, half) + sumRange(values, from + half, count - half);
  }
  if (count < 8) {
    let res = 0;
    for (let i = 0; i < count; i++) res += values[from + i]!;
    return res;
  }
  let r0 = values[from]!;
  let r1 = values[from + 1]!;
  let r2 = values[from + 2]!;
  let r3 = values[from + 3]!;
  let r4 = values[from + 4]!;
  let r5 = values[from + 5]!;
  let r6 = values[from + 6]!;
  let r7 = values[from + 7]!;
  const whole = from + count - (count % 8);
  let p = from + 8;
  for (; p < whole; p += 8) {
    r0 += values[p]!;
    r1 += values[p + 1]!;
    r2 += values[p + 2]!;
    r3 += values[p + 3]!;
    r4 += values[p + 4]!;
    r5 += values[p + 5]!;
    r6 += values[p + 6]!;
    r7 += values[p + 7]!;
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (const end = from + count; p < end; p++) res += values[p]!;
  return res;
}

/** Σ (values[i] − mean)² over [from, from + count) in numpy's order (`np.sum((x - mean) * (x - mean))`). */
function squaresRange(values: Float64Array, from: number, count: number, mean: number): number {
  if (count > BLOCK) {
    const half = splitAt(count);
    return squaresRange(values, from, half, mean) + squaresRange(values, from + half, count - half, mean);
  }
  if (count < 8) {
    let res = 0;
    for (let i = 0; i < count; i++) {
      const d = values[from + i]! - mean;
      res += d * d;
    }
    return res;
  }
  let d = values[from]! - mean;
  let r0 = d * d;
  d = values[from + 1]! - mean;
  let r1 = d * d;
  d = values[from + 2]! - mean;
  let r2 = d * d;
  d = values[from + 3]! - mean;
  let r3 = d * d;
  d = values[from + 4]! - mean;
  let r4 = d * d;
  d = values[from + 5]! - mean;
  let r5 = d * d;
  d = values[from + 6]! - mean;
  let r6 = d * d;
  d = values[from + 7]! - mean;
  let r7 = d * d;
  const whole = from + count - (count % 8);
  let p = from + 8;
  for (; p < whole; p += 8) {
    d = values[p]! - mean;
    r0 += d * d;
    d = values[p + 1]! - mean;
    r1 += d * d;
    d = values[p + 2]! - mean;
    r2 += d * d;
    d = values[p + 3]! - mean;
    r3 += d * d;
    d = values[p + 4]! - mean;
    r4 += d * d;
    d = values[p + 5]! - mean;
    r5 += d * d;
    d = values[p + 6]! - mean;
    r6 += d * d;
    d = values[p + 7]! - mean;
    r7 += d * d;
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (const end = from + count; p < end; p++) {
    d = values[p]! - mean;
    res += d * d;
  }
  return res;
}

/** numpy's `np.sum(values)`. */
export function pairwiseSum(values: Float64Array): number {
  return sumRange(values, 0, values.length);
}

/** numpy's `np.sum((values - mean) * (values - mean))`, the squared deviations summed pairwise. */
export function pairwiseSquaredDeviations(values: Float64Array, mean: number): number {
  return squaresRange(values, 0, values.length, mean);
}

/** numpy's `np.mean(values)`: the pairwise sum divided by the length. */
export function numpyMean(values: Float64Array): number {
  return pairwiseSum(values) / values.length;
}
