/**
 * Samples near ±1.8e308 overflow the squares and differences of the moment and distance methods (a variance,
 * max − min, (a − b)²), which then return NaN or Infinity — and NaN never crosses a threshold, so a feature
 * would silently read as "no drift". Those methods compute on the samples divided by a power of two instead:
 * exact for every value that stays a normal number (only values below ~1e-150 · the largest lose low bits,
 * far below the rounding of the result), so scale-free results (t, W / std, MMD) are unchanged and scaled
 * ones are multiplied back exactly.
 */

/** Largest magnitude kept as is: squares of 2^448 and sums of a billion of them stay finite. */
const SAFE_EXPONENT = 448;

/**
 * An even k ≥ 0 such that every value of the (sorted) samples divided by 2^k is below 2^448 in magnitude; 0
 * when they already are (the common case: no copy is made).
 */
export function overflowExponent(...sorted: Float64Array[]): number {
  let largest = 0;
  for (const x of sorted) {
    if (x.length > 0) largest = Math.max(largest, Math.abs(x[0]!), Math.abs(x[x.length - 1]!));
  }
  if (!(largest >= 2 ** SAFE_EXPONENT)) return 0;
  const k = Math.ceil(Math.log2(largest)) + 1 - SAFE_EXPONENT;
  return k + (k % 2);
}

/** The sample divided by 2^k (still sorted); the same array when k is 0. */
export function scaleDown(sorted: Float64Array, k: number): Float64Array {
  if (k === 0) return sorted;
  const factor = 2 ** -k;
  return sorted.map((v) => v * factor);
}
