/**
 * numpy's pairwise summation (`DOUBLE_pairwise_sum` in numpy/_core/src/umath/loops_utils.h.src), which is what
 * `np.sum` / `np.mean` use on a contiguous float64 array. Hand-written rather than a plain loop because the
 * t-test must round exactly like scipy: with nearly equal means the last bits of the means decide the sign
 * and size of t. Checked against `np.sum` bit for bit (same blocks of 8, same split points).
 * Iterative (explicit stack of ranges) so 500,000-value columns never recurse.
 */

const BLOCK = 128; // numpy's PW_BLOCKSIZE

/** Sum of `values[from .. from + count)` evaluated in numpy's order; `map` is applied to each value first. */
function blockSum(values: Float64Array, from: number, count: number, map: (v: number) => number): number {
  if (count < 8) {
    let res = 0;
    for (let i = 0; i < count; i++) res += map(values[from + i]!);
    return res;
  }
  let r0 = map(values[from]!);
  let r1 = map(values[from + 1]!);
  let r2 = map(values[from + 2]!);
  let r3 = map(values[from + 3]!);
  let r4 = map(values[from + 4]!);
  let r5 = map(values[from + 5]!);
  let r6 = map(values[from + 6]!);
  let r7 = map(values[from + 7]!);
  let i = 8;
  const whole = count - (count % 8);
  for (; i < whole; i += 8) {
    const p = from + i;
    r0 += map(values[p]!);
    r1 += map(values[p + 1]!);
    r2 += map(values[p + 2]!);
    r3 += map(values[p + 3]!);
    r4 += map(values[p + 4]!);
    r5 += map(values[p + 5]!);
    r6 += map(values[p + 6]!);
    r7 += map(values[p + 7]!);
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (; i < count; i++) res += map(values[from + i]!);
  return res;
}

const identity = (v: number): number => v;

/**
 * numpy's `np.sum(map(values))`. The recursion `sum(a[:h]) + sum(a[h:])` (h = half rounded down to a multiple
 * of 8) is unrolled with a stack: partial sums are combined exactly in the order the recursion would.
 */
export function pairwiseSum(values: Float64Array, map: (v: number) => number = identity): number {
  const n = values.length;
  if (n <= BLOCK) return blockSum(values, 0, n, map);
  // Post-order traversal of the split tree; `results` holds finished subtree sums.
  const stack: number[] = [0, n, 0]; // triples: from, count, state (0 = unvisited, 1 = children done)
  const results: number[] = [];
  while (stack.length > 0) {
    const state = stack.pop()!;
    const count = stack.pop()!;
    const from = stack.pop()!;
    if (count <= BLOCK) {
      results.push(blockSum(values, from, count, map));
    } else if (state === 1) {
      const right = results.pop()!;
      const left = results.pop()!;
      results.push(left + right);
    } else {
      let half = Math.floor(count / 2);
      half -= half % 8;
      stack.push(from, count, 1, from + half, count - half, 0, from, half, 0);
    }
  }
  return results[0]!;
}

/** numpy's `np.mean(values)`: the pairwise sum divided by the length. */
export function numpyMean(values: Float64Array): number {
  return pairwiseSum(values) / values.length;
}
