/**
 * The method registry: for each drift method, which feature kinds it accepts, whether it yields a p-value
 * (drift when p < threshold) or a distance (drift when value >= threshold), its default threshold, and whether
 * it needs raw rows or works on binned counts (and therefore on profiles).
 *
 * Kinds follow Evidently's `allowed_feature_types` (src/evidently/legacy/calculations/stattests/*.py). Default
 * thresholds are uniform: 0.05 for every p-value test and 0.1 for every distance (Evidently uses 0.1 for
 * anderson, cramer_von_mises and tvd; set `threshold: 0.1` to reproduce it). Other documented differences:
 * - `chisquare` and `z` also accept numerical features (Evidently's auto selection already applies them to
 *   numbers with few values): `chisquare` runs on the binned counts, `z` on the distinct values (at most two).
 * - `mannw` is two-sided (Evidently calls scipy with alternative='less', a one-sided test).
 * - `tvd` is, as in Evidently, a permutation p-value test on the total variation distance (categorical only,
 *   see stats/binned.ts for the seeded permutations).
 * - `linf` (Vertex AI's L-infinity distance) is new; it accepts categorical and binned numerical features.
 * - `energy` is a distance (Evidently `ed`); drift when >= threshold (Evidently uses >).
 */
import { InputError } from '../errors.js';
import { binPair, valueBins, type BinnedCounts, type BinningOptions, type PreparedSide } from './binning.js';
import { andersonKsamp } from './stats/anderson.js';
import {
  chiSquare,
  hellinger,
  jensenShannon,
  klDivergence,
  lInfinity,
  psi,
  tvdPermutationTest,
  zTest,
} from './stats/binned.js';
import { cramerVonMises2samp } from './stats/cvm.js';
import { energyDistance, wassersteinNormed } from './stats/distances.js';
import { ks2samp } from './stats/ks.js';
import { mannWhitneyU } from './stats/mannwhitney.js';
import type { TestResult } from './stats/result.js';
import { tTestInd } from './stats/ttest.js';
import type { FeatureKind } from '../data/types.js';
import type { Binning, DriftMethod } from './types.js';

export interface MethodInfo {
  name: DriftMethod;
  title: string;
  kinds: readonly FeatureKind[];
  output: 'p-value' | 'distance';
  defaultThreshold: number;
  /** `raw`: needs the rows of both samples (sorted numbers); `binned`: works on counts, so also on profiles. */
  input: 'raw' | 'binned';
}

const BOTH: readonly FeatureKind[] = ['numerical', 'categorical'];
const NUM: readonly FeatureKind[] = ['numerical'];
const CAT: readonly FeatureKind[] = ['categorical'];

function info(
  name: DriftMethod,
  title: string,
  kinds: readonly FeatureKind[],
  output: MethodInfo['output'],
  defaultThreshold: number,
  input: MethodInfo['input'],
): MethodInfo {
  return { name, title, kinds, output, defaultThreshold, input };
}

export const METHODS: Readonly<Record<DriftMethod, MethodInfo>> = {
  ks: info('ks', 'Kolmogorov–Smirnov p-value', NUM, 'p-value', 0.05, 'raw'),
  chisquare: info('chisquare', 'chi-square p-value', BOTH, 'p-value', 0.05, 'binned'),
  z: info('z', 'two-proportion z-test p-value', BOTH, 'p-value', 0.05, 'binned'),
  wasserstein: info('wasserstein', 'Wasserstein distance (normed)', NUM, 'distance', 0.1, 'raw'),
  psi: info('psi', 'population stability index', BOTH, 'distance', 0.1, 'binned'),
  kl_div: info('kl_div', 'Kullback–Leibler divergence', BOTH, 'distance', 0.1, 'binned'),
  jensenshannon: info('jensenshannon', 'Jensen–Shannon distance', BOTH, 'distance', 0.1, 'binned'),
  hellinger: info('hellinger', 'Hellinger distance', BOTH, 'distance', 0.1, 'binned'),
  anderson: info('anderson', 'Anderson–Darling p-value', NUM, 'p-value', 0.05, 'raw'),
  cramer_von_mises: info('cramer_von_mises', 'Cramér–von Mises p-value', NUM, 'p-value', 0.05, 'raw'),
  t_test: info('t_test', 't-test p-value', NUM, 'p-value', 0.05, 'raw'),
  mannw: info('mannw', 'Mann–Whitney U p-value (two-sided)', NUM, 'p-value', 0.05, 'raw'),
  tvd: info('tvd', 'total variation distance permutation p-value', CAT, 'p-value', 0.05, 'binned'),
  linf: info('linf', 'L-infinity distance', BOTH, 'distance', 0.1, 'binned'),
  energy: info('energy', 'energy distance', NUM, 'distance', 0.1, 'raw'),
};

/** Methods that accept a kind, in registry order (for error messages). */
export function methodsFor(kind: FeatureKind, input?: 'binned'): DriftMethod[] {
  return Object.values(METHODS)
    .filter((m) => m.kinds.includes(kind) && (input === undefined || m.input === input))
    .map((m) => m.name);
}

/** One feature, both sides prepared (kinds already reconciled by the engine). */
export interface FeatureSamples {
  name: string;
  kind: FeatureKind;
  reference: PreparedSide;
  current: PreparedSide;
}

export interface RunOptions {
  binning: Binning;
  bins?: number;
  /** Uniform [0, 1) generator for permutation tests, seeded per feature. */
  random: () => number;
  /** Collects non-fatal notes (e.g. values outside a profile's histogram). */
  warnings: string[];
}

export interface MethodOutcome {
  statistic: number;
  pValue: number | null;
  /** The counts the method ran on, when it is a binned method (reused for the effect size). */
  binned?: BinnedCounts;
}

type RawTest = (ref: Float64Array, cur: Float64Array) => TestResult;
const RAW_TESTS: Partial<Record<DriftMethod, RawTest>> = {
  ks: ks2samp,
  anderson: andersonKsamp,
  cramer_von_mises: cramerVonMises2samp,
  t_test: tTestInd,
  mannw: mannWhitneyU,
};

type BinnedMeasure = (ref: Float64Array, cur: Float64Array) => number;
const BINNED_DISTANCES: Partial<Record<DriftMethod, BinnedMeasure>> = {
  psi,
  kl_div: klDivergence,
  jensenshannon: jensenShannon,
  hellinger,
  linf: lInfinity,
};

/** Run one method on one feature. Kind and raw-vs-profile compatibility were checked by select.ts. */
export function runMethod(method: DriftMethod, feature: FeatureSamples, options: RunOptions): MethodOutcome {
  const { reference: ref, current: cur } = feature;
  if (METHODS[method].input === 'raw') {
    if (ref.form !== 'numbers' || cur.form !== 'numbers') {
      throw new Error(`method '${method}' needs raw numbers on both sides (select.ts should have refused)`);
    }
    if (method === 'wasserstein')
      return { statistic: wassersteinNormed(ref.sorted, cur.sorted), pValue: null };
    if (method === 'energy') return { statistic: energyDistance(ref.sorted, cur.sorted), pValue: null };
    const result = RAW_TESTS[method]!(ref.sorted, cur.sorted);
    return { statistic: result.statistic, pValue: result.pValue };
  }

  const binned = binFor(method, feature, options);
  const distance = BINNED_DISTANCES[method];
  if (distance) return { statistic: distance(binned.reference, binned.current), pValue: null, binned };
  const result =
    method === 'chisquare'
      ? chiSquare(binned.reference, binned.current)
      : method === 'z'
        ? zTest(binned.reference, binned.current)
        : tvdPermutationTest(binned.reference, binned.current, options.random);
  return { statistic: result.statistic, pValue: result.pValue, binned };
}

function binFor(method: DriftMethod, feature: FeatureSamples, options: RunOptions): BinnedCounts {
  const { reference: ref, current: cur } = feature;
  if (method === 'z') {
    const binned =
      ref.form === 'numbers' && cur.form === 'numbers'
        ? valueBins(ref.sorted, cur.sorted)
        : binPair(feature.name, ref, cur, binningOptions('evidently', options), options.warnings);
    let used = 0;
    for (let i = 0; i < binned.reference.length; i++) {
      if (binned.reference[i]! > 0 || binned.current[i]! > 0) used++;
    }
    if (used > 2) {
      throw new InputError(
        `feature '${feature.name}': method 'z' compares two values, but the samples hold ${used} ` +
          `distinct values; use 'chisquare' (or 'auto') for this feature`,
      );
    }
    return binned;
  }
  const rule = method === 'hellinger' ? 'hellinger' : 'evidently';
  return binPair(feature.name, ref, cur, binningOptions(rule, options), options.warnings);
}

function binningOptions(rule: BinningOptions['rule'], options: RunOptions): BinningOptions {
  return options.bins === undefined
    ? { rule, binning: options.binning }
    : { rule, binning: options.binning, bins: options.bins };
}
