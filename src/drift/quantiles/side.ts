/**
 * A numerical profile feature as a prepared side, and what auto selection can know about quantile sides.
 */
import type { FeatureProfile } from '../../data/types.js';
import { InputError } from '../../errors.js';
import type { PreparedSide } from '../binning.js';
import { hasCdf } from './methods.js';

type NumericalProfile = Extract<FeatureProfile, { kind: 'numerical' }>;

/** A histogram (with its quantiles when it has them) or quantiles alone; size = the values it counts. */
export function numericalProfileSide(
  p: NumericalProfile,
  source: string,
): { prepared: PreparedSide; size: number } {
  if (p.edges && p.counts) {
    if (p.edges.length < 2 || p.edges.length !== p.counts.length + 1) {
      throw new InputError(
        `${source}: the histogram of feature '${p.name}' has ${p.edges.length} edges and ${p.counts.length} ` +
          `counts (expected at least 2 edges and one count per bin, i.e. edges = counts + 1)`,
      );
    }
    const histogram: PreparedSide = { form: 'histogram', edges: p.edges, counts: p.counts };
    if (p.quantiles) histogram.quantiles = p.quantiles;
    return { prepared: histogram, size: p.counts.reduce((a, b) => a + b, 0) };
  }
  if (!p.quantiles) {
    throw new InputError(`${source}: feature '${p.name}' has neither a histogram nor quantiles`);
  }
  return { prepared: { form: 'quantiles', quantiles: p.quantiles }, size: p.quantiles.count };
}

/**
 * For auto selection when a side carries quantiles: whether both sides have a CDF (raw rows or quantiles),
 * and the distinct values over both, counted up to `limit` — from the quantiles, a lower bound.
 */
export function quantileFacts(
  a: PreparedSide,
  b: PreparedSide,
  limit: number,
): { cdf: boolean; distinct: number | undefined } {
  const cdf = hasCdf(a) && hasCdf(b);
  if (!cdf) return { cdf, distinct: undefined };
  const seen = new Set<number>();
  for (const side of [a, b]) {
    const values = side.form === 'numbers' ? side.sorted : summaryValues(side);
    for (let i = 0; i < values.length && seen.size < limit; i++) seen.add(values[i]!);
  }
  return { cdf, distinct: seen.size };
}

function summaryValues(side: PreparedSide): readonly number[] {
  if (side.form === 'quantiles' || side.form === 'histogram') return side.quantiles?.values ?? [];
  return [];
}
