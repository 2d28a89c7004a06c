/**
 * Binned methods (psi, kl_div, jensenshannon, hellinger, linf, chisquare, g_test) on a quantile profile: the
 * quantile side is turned into an estimated histogram before binning (binning.ts `binPair`).
 *
 * Edges: a histogram on the other side fixes them; otherwise the configured rule over both sides' ranges —
 * equal-width bins over [min, max] of both with Sturges' count of both sizes (`bins: N` overrides), or with
 * `binning: quantile` the reference's quantiles at i/N (numpy's linear quantiles for raw rows, the quantile
 * profile's linear quantile function otherwise). A quantile side has no distinct values, so numbers are always
 * cut into intervals (Evidently's one-bin-per-value rule for ≤ 20 values needs the rows).
 * Counts: count · (F̂(e_i+1⁻) − F̂(e_i⁻)), F̂ the quantiles' linear CDF; each bin's share is then within
 * 2·(1/q + δ) of the share on the raw rows. The methods' values have no bound of their own (psi and kl_div
 * grow without limit as a share nears 0): give a histogram with the quantiles for exact binned values.
 */
import { InputError } from '../../errors.js';
import {
  equalWidthEdges,
  quantileEdges,
  sturgesBinCount,
  type BinningOptions,
  type PreparedSide,
} from '../binning.js';
import { quantileAt, quantileCdf, sharesBelow } from './cdf.js';

type QuantileSide = Extract<PreparedSide, { form: 'quantiles' }>;

/** Methods that compare exactly two values; a quantile side cannot say which values it holds. */
const TWO_VALUE_METHODS = new Set(['z', 'fisher_exact']);

/** Both sides ready for `binPair`: quantile sides replaced by estimated histograms, others unchanged. */
export function binnableSides(
  feature: string,
  method: string,
  ref: PreparedSide,
  cur: PreparedSide,
  options: BinningOptions,
): [PreparedSide, PreparedSide] {
  if (ref.form !== 'quantiles' && cur.form !== 'quantiles') return [ref, cur];
  if (TWO_VALUE_METHODS.has(method)) {
    throw new InputError(
      `feature '${feature}': method '${method}' compares the counts of two values, which a quantile profile ` +
        `does not have; use 'chisquare' (or 'auto'), or give a histogram`,
    );
  }
  const edges = edgesFor(ref, cur, options);
  return [estimated(ref, edges), estimated(cur, edges)];
}

function edgesFor(ref: PreparedSide, cur: PreparedSide, options: BinningOptions): number[] {
  if (ref.form === 'histogram') return ref.edges;
  if (cur.form === 'histogram') return cur.edges;
  if (options.binning === 'quantile') {
    const bins = options.bins ?? 10;
    if (ref.form === 'numbers') return quantileEdges(ref.sorted, bins);
    const summary = (ref as QuantileSide).quantiles;
    const edges: number[] = [];
    for (let i = 0; i <= bins; i++) {
      const edge = quantileAt(summary, i === bins ? 1 : i / bins);
      if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
    }
    return edges.length > 1 ? edges : equalWidthEdges(edges[0]!, edges[0]!, 1);
  }
  const [a, b] = [range(ref), range(cur)];
  const min = Math.min(a.min, b.min);
  const max = Math.max(a.max, b.max);
  const width = Number.isFinite(max - min) ? max - min : max / 2 - min / 2;
  return equalWidthEdges(min, max, options.bins ?? sturgesBinCount(a.n + b.n, width));
}

function range(side: PreparedSide): { min: number; max: number; n: number } {
  if (side.form === 'numbers') {
    const s = side.sorted;
    return { min: s[0]!, max: s[s.length - 1]!, n: s.length };
  }
  const { values, count } = (side as QuantileSide).quantiles;
  return { min: values[0]!, max: values[values.length - 1]!, n: count };
}

/** A quantile side as counts over `edges` (values beyond the outer edges go to the outer bins). */
function estimated(side: PreparedSide, edges: number[]): PreparedSide {
  if (side.form !== 'quantiles') return side;
  const { count } = side.quantiles;
  const below = sharesBelow(quantileCdf(side.quantiles), edges);
  const bins = edges.length - 1;
  const counts: number[] = [];
  for (let i = 0; i < bins; i++) {
    const from = i === 0 ? 0 : below[i]!;
    const to = i === bins - 1 ? 1 : below[i + 1]!;
    counts.push(count * (to - from));
  }
  return { form: 'histogram', edges, counts, quantiles: side.quantiles };
}
