/**
 * Turning two samples into counts over shared bins (numbers) or categories, for the binned methods
 * (psi, kl_div, jensenshannon, hellinger, linf, tvd, chisquare, z).
 *
 * The default follows Evidently's `get_binned_data` (legacy/calculations/stattests/utils.py): a numerical
 * feature with MORE than 20 distinct reference values is cut into equal-width bins by numpy's
 * `histogram_bin_edges(concat(ref, cur), bins='sturges')`; otherwise every distinct value of either sample is
 * its own bin. Counting follows `np.histogram` with explicit edges: bins are [e_i, e_i+1) and the last one is
 * closed, [e_k-1, e_k].
 *
 * Improvements Evidently lacks: `bins: N` really sets the number of equal-width bins (Evidently accepts an
 * `n_bins` argument and ignores it); `binning: equal-width` always cuts numbers into intervals, even with few
 * distinct values; `binning: quantile` uses reference quantile edges (numpy's default `linear` quantiles at
 * i/N, duplicates removed, outer bins open so current values beyond the reference range still count).
 */
import type { QuantileSummary } from '../data/types.js';
import { InputError } from '../errors.js';
import { distinctSorted, distinctUnion } from './columns.js';
import type { Binning } from './types.js';

/** One side of a feature, ready for binning. */
export type PreparedSide =
  | { form: 'numbers'; sorted: Float64Array }
  | { form: 'histogram'; edges: number[]; counts: number[]; quantiles?: QuantileSummary }
  | { form: 'quantiles'; quantiles: QuantileSummary }
  | { form: 'categories'; labels: string[]; counts: Float64Array };

/** Counts of both samples over the same bins or categories. */
export interface BinnedCounts {
  /** Category labels, per-value labels (`String(x)`), or interval labels such as `[0, 1.5)`. */
  labels: string[];
  /** Interval edges when the bins are intervals; undefined for categories and per-value bins. */
  edges?: number[];
  reference: Float64Array;
  current: Float64Array;
}

export interface BinningOptions {
  binning: Binning;
  bins?: number;
  /**
   * `evidently`: the get_binned_data rule above. `hellinger`: Evidently's Hellinger distance bins numbers its
   * own way — Sturges over the DISTINCT values of both samples, always intervals.
   */
  rule: 'evidently' | 'hellinger';
}

/** Same number of distinct values as Evidently uses to decide between value bins and intervals. */
export const VALUE_BINS_MAX_DISTINCT = 20;

/** numpy's Sturges bin count for `n` values spanning `ptp`: ceil(ptp / (ptp / (log2(n) + 1))), 1 when ptp is 0. */
export function sturgesBinCount(n: number, ptp: number): number {
  const width = ptp / (Math.log2(n) + 1);
  // Computed like numpy (through the width) so float rounding picks the same count, e.g. 12 bins for n = 1024.
  return width > 0 ? Math.ceil(ptp / width) : 1;
}

/**
 * max − min, or — when that overflows (values near ±1.8e308) — (max/2 − min/2), the same width at half scale.
 * Halving is exact for normal numbers, so a scale-free quantity computed from it (a bin count) is unchanged.
 */
function rangeWidth(min: number, max: number): number {
  const width = max - min;
  return Number.isFinite(width) ? width : max / 2 - min / 2;
}

/**
 * numpy's `linspace(first, last, bins + 1)` edges, with the range widened by 0.5 each side when empty.
 * Deliberate difference: when last − first overflows, numpy's edges become ±inf/NaN (and Evidently's
 * histogram fails); ours are computed at half scale, (first/2 + i·step/2)·2, so they stay finite and evenly
 * spaced.
 */
export function equalWidthEdges(min: number, max: number, bins: number): number[] {
  const first = min === max ? min - 0.5 : min;
  const last = min === max ? max + 0.5 : max;
  const edges = new Array<number>(bins + 1);
  const step = (last - first) / bins;
  if (Number.isFinite(step)) {
    for (let i = 0; i < bins; i++) edges[i] = i * step + first;
  } else {
    const halfStep = (last / 2 - first / 2) / bins;
    for (let i = 0; i < bins; i++) edges[i] = (first / 2 + i * halfStep) * 2;
  }
  edges[bins] = last;
  return edges;
}

/** numpy's default (`linear`) quantiles of a sorted sample at 0, 1/N, …, 1, duplicates removed. */
export function quantileEdges(sorted: Float64Array, bins: number): number[] {
  const n = sorted.length;
  const step = 1 / bins; // np.linspace(0, 1, N + 1) multiplies i by this step
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) {
    const q = i === bins ? 1 : i * step;
    const virtual = (n - 1) * q;
    const prev = Math.floor(virtual);
    let value: number;
    if (virtual >= n - 1) value = sorted[n - 1]!;
    else {
      const a = sorted[prev]!;
      const b = sorted[prev + 1]!;
      const t = virtual - prev;
      if (Number.isFinite(b - a))
        value = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t; // numpy's _lerp
      else value = a * (1 - t) + b * t; // b − a overflows (numpy gives ±inf/NaN); both products are finite
    }
    if (edges.length === 0 || value !== edges[edges.length - 1]) edges.push(value);
  }
  return edges;
}

/** First index in `sorted` whose value is >= x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Count a sorted sample into the bins of `edges` with np.histogram's rule. Values outside [first, last] are
 * put in the outer bins and reported in `outside` (the caller decides whether that deserves a warning).
 */
export function countIntoBins(
  sorted: Float64Array,
  edges: number[],
): { counts: Float64Array; outside: number } {
  const bins = Math.max(1, edges.length - 1);
  const counts = new Float64Array(bins);
  let start = 0;
  for (let b = 0; b < bins - 1; b++) {
    const end = lowerBound(sorted, edges[b + 1]!); // values < next edge belong to bin b or earlier
    counts[b] = end - start;
    start = end;
  }
  counts[bins - 1] = sorted.length - start;
  const n = sorted.length;
  const outside =
    n === 0 ? 0 : lowerBound(sorted, edges[0]!) + (n - upperBound(sorted, edges[edges.length - 1]!));
  return { counts, outside };
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One bin per distinct value of either sorted sample (a merge walk). */
export function valueBins(ref: Float64Array, cur: Float64Array): BinnedCounts {
  const labels: string[] = [];
  const refCounts: number[] = [];
  const curCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < ref.length || j < cur.length) {
    const x = j >= cur.length || (i < ref.length && ref[i]! <= cur[j]!) ? ref[i]! : cur[j]!;
    let r = 0;
    let c = 0;
    for (; i < ref.length && ref[i] === x; i++) r++;
    for (; j < cur.length && cur[j] === x; j++) c++;
    labels.push(String(x));
    refCounts.push(r);
    curCounts.push(c);
  }
  return { labels, reference: Float64Array.from(refCounts), current: Float64Array.from(curCounts) };
}

/** Union of two category count lists, labels sorted (code-unit order); categories with no rows are left out. */
export function categoryBins(
  ref: { labels: string[]; counts: ArrayLike<number> },
  cur: { labels: string[]; counts: ArrayLike<number> },
): BinnedCounts {
  const totals = new Map<string, [number, number]>();
  const add = (side: 0 | 1, labels: string[], counts: ArrayLike<number>): void => {
    labels.forEach((label, k) => {
      const n = counts[k]!;
      if (n <= 0) return;
      const entry = totals.get(label) ?? [0, 0];
      entry[side] += n;
      totals.set(label, entry);
    });
  };
  add(0, ref.labels, ref.counts);
  add(1, cur.labels, cur.counts);
  const labels = [...totals.keys()].sort();
  return {
    labels,
    reference: Float64Array.from(labels, (l) => totals.get(l)![0]),
    current: Float64Array.from(labels, (l) => totals.get(l)![1]),
  };
}

function intervalLabels(edges: number[]): string[] {
  return edges.slice(1).map((e, i) => `[${edges[i]}, ${e}${i === edges.length - 2 ? ']' : ')'}`);
}

function intervals(ref: Float64Array, cur: Float64Array, edges: number[]): BinnedCounts {
  return {
    labels: intervalLabels(edges),
    edges,
    reference: countIntoBins(ref, edges).counts,
    current: countIntoBins(cur, edges).counts,
  };
}

/** Bin two raw numeric samples (both sorted, both non-empty) by the configured rule. */
export function binNumbers(ref: Float64Array, cur: Float64Array, options: BinningOptions): BinnedCounts {
  const min = Math.min(ref[0]!, cur[0]!);
  const max = Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!);
  if (options.binning === 'quantile') return intervals(ref, cur, quantileEdges(ref, options.bins ?? 10));
  if (options.rule === 'hellinger' && options.binning === 'auto') {
    const bins = options.bins ?? sturgesBinCount(distinctUnion(ref, cur), rangeWidth(min, max));
    return intervals(ref, cur, equalWidthEdges(min, max, bins));
  }
  if (options.binning === 'auto' && distinctSorted(ref, VALUE_BINS_MAX_DISTINCT) <= VALUE_BINS_MAX_DISTINCT)
    return valueBins(ref, cur);
  const bins = options.bins ?? sturgesBinCount(ref.length + cur.length, rangeWidth(min, max));
  return intervals(ref, cur, equalWidthEdges(min, max, bins));
}

function sameEdges(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Counts of both sides over shared bins. A numeric histogram (from a profile) fixes the edges; raw numbers on
 * the other side are counted into them, values outside the histogram's range going to its outer bins (with a
 * warning). Two histograms must have identical edges.
 */
export function binPair(
  feature: string,
  ref: PreparedSide,
  cur: PreparedSide,
  options: BinningOptions,
  warnings: string[],
): BinnedCounts {
  if (ref.form === 'categories' || cur.form === 'categories') {
    if (ref.form !== 'categories' || cur.form !== 'categories') {
      throw new Error(`feature '${feature}': categories on one side only (engine bug)`);
    }
    return categoryBins(ref, cur);
  }
  if (ref.form === 'quantiles' || cur.form === 'quantiles') {
    throw new Error(`feature '${feature}': quantiles must be estimated into bins first (engine bug)`);
  }
  if (ref.form === 'numbers' && cur.form === 'numbers') return binNumbers(ref.sorted, cur.sorted, options);
  if (ref.form === 'histogram' && cur.form === 'histogram') {
    if (!sameEdges(ref.edges, cur.edges)) {
      throw new InputError(
        `feature '${feature}': the reference and current profiles have different histogram edges ` +
          `([${ref.edges.join(', ')}] vs [${cur.edges.join(', ')}]); bin both with the same edges`,
      );
    }
    return {
      labels: intervalLabels(ref.edges),
      edges: ref.edges,
      reference: Float64Array.from(ref.counts),
      current: Float64Array.from(cur.counts),
    };
  }
  const histogram = ref.form === 'histogram' ? ref : (cur as Extract<PreparedSide, { form: 'histogram' }>);
  const numbers = ref.form === 'numbers' ? ref : (cur as Extract<PreparedSide, { form: 'numbers' }>);
  const { counts, outside } = countIntoBins(numbers.sorted, histogram.edges);
  if (outside > 0) {
    const side = ref.form === 'numbers' ? 'reference' : 'current';
    const first = histogram.edges[0];
    const last = histogram.edges[histogram.edges.length - 1];
    warnings.push(
      `feature '${feature}': ${outside} ${side} value(s) fall outside the profile's histogram ` +
        `[${first}, ${last}] and were counted in its outer bins`,
    );
  }
  const fixed = Float64Array.from(histogram.counts);
  return {
    labels: intervalLabels(histogram.edges),
    edges: histogram.edges,
    reference: ref.form === 'histogram' ? fixed : counts,
    current: ref.form === 'histogram' ? counts : fixed,
  };
}
