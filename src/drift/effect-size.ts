/**
 * How large a drift is, independent of how significant it is. With large samples a p-value test flags
 * differences too small to matter; `minEffectSize` sets a floor under which a significant p-value test is
 * reported as `below-effect-floor` instead of drifted. (Distance methods are not floored: their threshold is
 * already a size.)
 *
 * The effect size per feature:
 * - numerical with raw rows on both sides: normalised Wasserstein distance, i.e. Evidently's `wasserstein`
 *   value — how far values moved, in reference standard deviations;
 * - categorical, or numerical with a profile on either side: total variation distance over the categories /
 *   bins — the share of the probability mass that moved (0 … 1); a quantile profile is binned as the binned
 *   methods bin it (drift/quantiles/bins.ts).
 */
import { binPair, type BinnedCounts } from './binning.js';
import type { FeatureSamples } from './methods.js';
import { binnableSides } from './quantiles/bins.js';
import { totalVariation } from './stats/binned.js';
import { wassersteinNormed } from './stats/distances.js';
import type { Binning, DriftMethod } from './types.js';

export type EffectMeasure = 'wasserstein' | 'tvd';

export function effectMeasure(feature: FeatureSamples): EffectMeasure {
  const raw = feature.reference.form === 'numbers' && feature.current.form === 'numbers';
  return feature.kind === 'numerical' && raw ? 'wasserstein' : 'tvd';
}

/**
 * Effect size of one feature. `binned` are the counts the method already computed, reused when present;
 * otherwise the sides are binned with Evidently's rule (or the configured binning).
 * For raw numbers the Wasserstein merge costs about as much as a KS test on long columns, so it is only
 * computed when `needed` (a floor is configured) or already known (method `wasserstein`); else null.
 */
export function effectSize(
  feature: FeatureSamples,
  outcome: { statistic: number; binned?: BinnedCounts },
  method: DriftMethod,
  options: { binning: Binning; bins?: number; needed: boolean },
  warnings: string[],
): number | null {
  const { reference: ref, current: cur } = feature;
  if (effectMeasure(feature) === 'wasserstein' && ref.form === 'numbers' && cur.form === 'numbers') {
    if (method === 'wasserstein') return outcome.statistic;
    return options.needed ? wassersteinNormed(ref.sorted, cur.sorted) : null;
  }
  const binning = { binning: options.binning, bins: options.bins, rule: 'evidently' as const };
  const counts =
    outcome.binned ??
    binPair(feature.name, ...binnableSides(feature.name, method, ref, cur, binning), binning, warnings);
  return totalVariation(counts.reference, counts.current);
}
