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

/** The finite values of a numeric column, sorted ascending (a copy), and how many cells were dropped. */
export function finiteSorted(values: Float64Array): { sorted: Float64Array; dropped: number } {
  const { finite, dropped, copied } = finiteValues(values, false);
  const sorted = copied ? finite : finite.slice();
  sortFinite(sorted);
  return { sorted, dropped };
}

/**
 * The finite values of a numeric column in row order, and how many cells were dropped as missing. When every
 * value is finite this is the column's own array (`copied` false); otherwise an `owned` array is compacted in
 * place (its prefix is returned) and a borrowed one is copied. The engine sorts only when the chosen method
 * needs order (the t-test does not), and copies a borrowed array before sorting it.
 */
export function finiteValues(
  values: Float64Array,
  owned: boolean,
): { finite: Float64Array; dropped: number; copied: boolean } {
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! - values[i]! === 0) finite++;
  if (finite === values.length) return { finite: values, dropped: 0, copied: false };
  const into = owned ? values : new Float64Array(finite);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x - x === 0) into[k++] = x;
  }
  return {
    finite: owned ? values.subarray(0, finite) : into,
    dropped: values.length - finite,
    copied: !owned,
  };
}

/**
 * Distinct values in the union of two samples in any order; stops counting past `limit` (auto selection only
 * asks "more than 5?"), so continuous columns stop after a few values and it never costs more than
 * (limit + 1) comparisons per value. Values are finite, so === is SameValueZero here (0 and -0 are one value).
 */
export function distinctUpTo(a: Float64Array, b: Float64Array, limit: number): number {
  const seen = new Float64Array(limit + 1);
  let count = 0;
  for (const sample of [a, b]) {
    let last = NaN; // runs of one value (sorted or 0/1 columns) skip the search
    for (let i = 0; i < sample.length; i++) {
      const x = sample[i]!;
      if (x === last) continue;
      last = x;
      let k = 0;
      while (k < count && seen[k] !== x) k++;
      if (k < count) continue;
      seen[count++] = x;
      if (count > limit) return count;
    }
  }
  return count;
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
/** Counting few values pays from here; the radix sort's 4 × 65,536 counters only from RADIX_MIN (measured). */
const FEW_MIN = 4096;
const RADIX_MIN = 65_536;
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
  if (n >= FEW_MIN && sortFewValues(a)) return;
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

/** The distinct values of a column with few of them, ascending, and how often each occurs. */
export interface FewValues {
  values: Float64Array;
  counts: Float64Array;
}

/** Values looked at one by one before deciding how to count the rest. */
const PREFIX = 4096;

/**
 * The distinct values (ascending) and their counts, or null past FEW_VALUES distinct values. A continuous
 * column gives up within its first values. When the first PREFIX values hold at most two distinct values,
 * the rest is counted without a branch per value (`+(x === v)`): 0/1 columns in random order would
 * otherwise mispredict a branch on most values.
 */
export function countFewValues(a: Float64Array): FewValues | null {
  const values = new Float64Array(FEW_VALUES);
  const counts = new Float64Array(FEW_VALUES);
  let i = Math.min(a.length, PREFIX);
  let distinct = tally(a, 0, i, values, counts, 0);
  if (distinct < 0) return null;
  if (distinct <= 2 && i < a.length) {
    const v0 = values[0]!;
    const v1 = distinct === 2 ? values[1]! : NaN; // NaN never matches: finite values only
    let c0 = 0;
    let c1 = 0;
    for (let j = i; j < a.length; j++) {
      const x = a[j]!;
      c0 += +(x === v0);
      c1 += +(x === v1);
    }
    if (c0 + c1 === a.length - i) {
      counts[0]! += c0;
      counts[1]! += c1;
      i = a.length;
    }
  }
  if (i < a.length) distinct = tally(a, i, a.length, values, counts, distinct);
  if (distinct < 0) return null;
  const order = Array.from({ length: distinct }, (_, k) => k).sort((p, q) => values[p]! - values[q]!);
  return {
    values: Float64Array.from(order, (k) => values[k]!),
    counts: Float64Array.from(order, (k) => counts[k]!),
  };
}

/**
 * Count a[from, to) into `values` / `counts` (values in first-seen order), starting from `distinct` values known;
 * the new number of distinct values, or -1 past FEW_VALUES.
 */
function tally(
  a: Float64Array,
  from: number,
  to: number,
  values: Float64Array,
  counts: Float64Array,
  distinct: number,
): number {
  for (let i = from; i < to; i++) {
    const x = a[i]!;
    let k = 0;
    while (k < distinct && values[k] !== x) k++;
    if (k === distinct) {
      if (distinct === FEW_VALUES) return -1;
      values[distinct++] = x;
    }
    counts[k]!++;
  }
  return distinct;
}

/** Write the counted values in ascending order into `into`. */
function fillCounted(into: Float64Array, few: FewValues): void {
  let at = 0;
  for (let k = 0; k < few.values.length; k++) {
    into.fill(few.values[k]!, at, at + few.counts[k]!);
    at += few.counts[k]!;
  }
}

/**
 * Sort a column of few distinct values by counting: one pass collects the values (giving up at the 17th),
 * then the array is refilled in order — O(n), and the common case of 0/1 columns costs no radix passes.
 * Values are compared with ===, so -0 and 0 count as one value and both are written as the first one seen
 * (their order among themselves does not matter to any statistic).
 */
function sortFewValues(a: Float64Array): boolean {
  const few = countFewValues(a);
  if (!few) return false;
  fillCounted(a, few);
  return true;
}

/** The column sorted from its counted values: in place, or into a new array (then returned). */
export function writeSorted(a: Float64Array, few: FewValues, inPlace: boolean): Float64Array {
  const into = inPlace ? a : new Float64Array(a.length);
  fillCounted(into, few);
  return into;
}

/** Let the radix sort's scratch buffer go (it is kept between the sorts of one evaluation). */
export function releaseSortScratch(): void {
  scratch = new Float64Array(0);
}
