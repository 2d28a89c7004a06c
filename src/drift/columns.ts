/**
 * Preparing columns for testing: changing a column's kind, dropping missing cells, and sorting numbers once.
 *
 * Everything here is columnar (typed arrays, no per-row objects) because samples can have millions of rows.
 */
import { InputError } from '../errors.js';
import type { CategoricalColumn, Column, NumericColumn } from '../data/types.js';

/**
 * A column as categories. Numbers are labelled with JavaScript's `String(x)`, so `1.0` and `1` in a file
 * meet as the category `1` (and `-0` as `0`); NaN (an empty or non-finite cell) becomes the empty code -1.
 */
export function asCategorical(col: Column): CategoricalColumn {
  if (col.kind === 'categorical') return col;
  const codes = new Int32Array(col.values.length);
  const dictionary: string[] = [];
  const codeOf = new Map<number, number>(); // Map keys use SameValueZero: 0 and -0 are one key
  for (let i = 0; i < col.values.length; i++) {
    const x = col.values[i]!;
    if (Number.isNaN(x)) {
      codes[i] = -1;
      continue;
    }
    let code = codeOf.get(x);
    if (code === undefined) {
      code = dictionary.length;
      codeOf.set(x, code);
      dictionary.push(String(x));
    }
    codes[i] = code;
  }
  return { kind: 'categorical', name: col.name, codes, dictionary };
}

/**
 * A text column's labels with every label that is a number spelt as `asCategorical` spells numbers (`1.0` and
 * `01` become `1`), merging labels that become equal; null when no label is a number.
 */
export function numbersByValue(col: CategoricalColumn): CategoricalColumn | null {
  let numeric = 0;
  const spelt = col.dictionary.map((label) => {
    const x = label.trim() === '' ? NaN : Number(label);
    if (!Number.isFinite(x)) return label;
    numeric++;
    return String(x);
  });
  if (numeric === 0) return null;
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  const remap = spelt.map((label) => {
    let code = index.get(label);
    if (code === undefined) {
      index.set(label, (code = dictionary.length));
      dictionary.push(label);
    }
    return code;
  });
  const codes = Int32Array.from(col.codes, (code) => (code < 0 ? -1 : remap[code]!));
  return { kind: 'categorical', name: col.name, codes, dictionary };
}

/**
 * A categorical column read as numbers (when the configuration says the feature is numerical). Labels are
 * parsed with `Number()`; blank labels and non-finite numbers count as missing; any other label is an error.
 */
export function asNumerical(col: Column, source: string): NumericColumn {
  if (col.kind === 'numerical') return col;
  const parsed = col.dictionary.map((label) => {
    if (label.trim() === '') return NaN;
    const x = Number(label);
    if (Number.isNaN(x)) {
      throw new InputError(
        `${source}: column '${col.name}' is configured as numerical but holds the value '${label}' ` +
          `(expected numbers; remove the 'type: numerical' override or clean the column)`,
      );
    }
    return Number.isFinite(x) ? x : NaN;
  });
  const values = new Float64Array(col.codes.length);
  for (let i = 0; i < col.codes.length; i++) {
    const code = col.codes[i]!;
    values[i] = code < 0 ? NaN : parsed[code]!;
  }
  return { kind: 'numerical', name: col.name, values };
}

/** The finite values of a numeric column, sorted ascending, and how many cells were dropped as missing. */
export function finiteSorted(values: Float64Array): { sorted: Float64Array; dropped: number } {
  const { finite, dropped } = finiteValues(values);
  sortFinite(finite);
  return { sorted: finite, dropped };
}

/**
 * The finite values of a numeric column in row order (a copy), and how many cells were dropped as missing.
 * The engine sorts the copy only when the chosen method needs order (t-test and z do not).
 */
export function finiteValues(values: Float64Array): { finite: Float64Array; dropped: number } {
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) finite++;
  const copy = new Float64Array(finite);
  if (finite === values.length) copy.set(values);
  else {
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      if (Number.isFinite(x)) copy[k++] = x;
    }
  }
  return { finite: copy, dropped: values.length - finite };
}

/**
 * Distinct values in the union of two samples in any order; stops counting past `limit` (auto selection only
 * asks "more than 5?"), so continuous columns stop after a few values and it never costs more than
 * (limit + 1) comparisons per value.
 */
export function distinctUpTo(a: Float64Array, b: Float64Array, limit: number): number {
  const seen: number[] = [];
  for (const sample of [a, b]) {
    for (let i = 0; i < sample.length; i++) {
      const x = sample[i]!;
      if (seen.includes(x)) continue;
      seen.push(x);
      if (seen.length > limit) return seen.length;
    }
  }
  return seen.length;
}

/** Counts per dictionary entry of a categorical column, and how many cells were empty. */
export function categoryCounts(col: CategoricalColumn): { counts: Float64Array; dropped: number } {
  const counts = new Float64Array(col.dictionary.length);
  let dropped = 0;
  for (let i = 0; i < col.codes.length; i++) {
    const code = col.codes[i]!;
    if (code < 0 || code >= counts.length) dropped++;
    else counts[code]!++;
  }
  return { counts, dropped };
}

/** Number of distinct values in a sorted sample; with `limit`, stops counting past it. */
export function distinctSorted(sorted: Float64Array, limit = Infinity): number {
  let count = 0;
  for (let i = 0; i < sorted.length && count <= limit; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/**
 * Number of distinct values in the union of two sorted samples (a merge walk, no allocation). With `limit`,
 * stops counting past it (auto selection only asks "more than 5?"), which keeps it O(limit) on long columns.
 */
export function distinctUnion(a: Float64Array, b: Float64Array, limit = Infinity): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while ((i < a.length || j < b.length) && count <= limit) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    count++;
  }
  return count;
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
const RADIX_MIN = 4096;
/** Reused between sorts (the engine sorts two columns per feature; fresh buffers would keep the GC busy). */
const COUNTS = new Uint32Array(4 * 65536);
let scratch = new Float64Array(0);

/**
 * Sort finite doubles ascending, in place. Hand-written because `Float64Array.prototype.sort` takes ~85 ms on
 * 500,000 values and the engine sorts every numeric column of both samples: this LSD radix sort (four passes
 * over 16-bit digits of the IEEE-754 bit pattern) takes ~25 ms. Values are moved as doubles (finite doubles
 * never have NaN bit patterns, so nothing is canonicalised); ordering by unsigned bit pattern puts
 * non-negatives ascending, then negatives by growing magnitude, which a final reversal fixes.
 */
export function sortFinite(a: Float64Array): void {
  const n = a.length;
  if (n >= RADIX_MIN && sortFewValues(a)) return;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) {
    a.sort();
    return;
  }
  const bits = new Uint32Array(a.buffer, a.byteOffset, 2 * n); // [low word, high word] per value
  const counts = COUNTS.fill(0);
  if (scratch.length < n) scratch = new Float64Array(n);
  for (let j = 0; j < 2 * n; j += 2) {
    const lo = bits[j]!;
    const hi = bits[j + 1]!;
    counts[lo & 0xffff]!++;
    counts[65536 + (lo >>> 16)]!++;
    counts[131072 + (hi & 0xffff)]!++;
    counts[196608 + (hi >>> 16)]!++;
  }
  let src: Float64Array = a;
  let srcBits: Uint32Array = bits;
  let dst: Float64Array = scratch.subarray(0, n);
  let dstBits: Uint32Array = new Uint32Array(dst.buffer, 0, 2 * n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let sum = 0;
    let allInOneBucket = false;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d]!;
      if (c === n) {
        allInOneBucket = true;
        break;
      }
      counts[base + d] = sum;
      sum += c;
    }
    if (allInOneBucket) continue;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const d = (srcBits[2 * i + word]! >>> shift) & 0xffff;
      dst[counts[base + d]!++] = src[i]!;
    }
    [src, dst] = [dst, src];
    [srcBits, dstBits] = [dstBits, srcBits];
  }
  // First value with the sign bit set (the bit-pattern order puts all of them last).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (srcBits[2 * mid + 1]! >= 0x80000000) hi = mid;
    else lo = mid + 1;
  }
  const negatives = n - lo;
  if (src === a) {
    if (negatives === 0) return;
    dst.set(a);
    src = dst;
  }
  for (let k = 0; k < negatives; k++) a[k] = src[n - 1 - k]!;
  a.set(src.subarray(0, lo), negatives);
}

/** Columns with at most this many distinct values are sorted by counting them (flags, ratings, buckets). */
const FEW_VALUES = 16;

/**
 * Sort a column of few distinct values by counting: one pass collects the values (giving up at the 17th),
 * then the array is refilled in order — O(n), and the common case of 0/1 columns costs no radix passes.
 * Values are compared with ===, so -0 and 0 count as one value and both are written as the first one seen
 * (their order among themselves does not matter to any statistic).
 */
function sortFewValues(a: Float64Array): boolean {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const k = values.indexOf(x);
    if (k >= 0) counts[k]!++;
    else {
      if (values.length === FEW_VALUES) return false;
      values.push(x);
      counts.push(1);
    }
  }
  const order = values.map((_, k) => k).sort((p, q) => values[p]! - values[q]!);
  let at = 0;
  for (const k of order) {
    a.fill(values[k]!, at, at + counts[k]!);
    at += counts[k]!;
  }
  return true;
}
