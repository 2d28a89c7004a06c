/**
 * The method registry: for each drift method, which feature kinds it accepts, whether it yields a p-value or
 * a distance, the comparison that means drift, its default threshold, and whether it needs raw rows, works on
 * distribution functions (raw rows or quantile profiles) or on binned counts (and therefore on any profile).
 *
 * Kinds, comparisons and the names follow Evidently's stattests (src/evidently/legacy/calculations/stattests/
 * *.py, `allowed_feature_types` and the `return value, value <op> threshold` of each): p-value tests drift
 * when p < threshold, except `ks` and `cramer_von_mises` (p ≤ threshold); distances when value ≥ threshold,
 * except energy distance (value > threshold). Evidently's names `ed` and `TVD` are accepted as aliases of
 * `energy` and `tvd` (types.ts METHOD_ALIASES).
 *
 * Default thresholds: 0.05 for the p-value tests and 0.1 for the distances we had before Evidently's
 * (Evidently uses 0.1 for anderson, cramer_von_mises and TVD; set `threshold: 0.1` to reproduce it); the tests
 * added from Evidently later (es, fisher_exact, g_test, empirical_mmd) carry Evidently's own defaults.
 * Other documented differences:
 * - `chisquare`, `z`, `g_test` and `fisher_exact` also accept numerical features (Evidently's auto selection
 *   already applies chisquare and z to numbers with few values): chisquare and g_test run on the binned
 *   counts, z and fisher_exact on the distinct values (at most two).
 * - `mannw` is two-sided (Evidently calls scipy with alternative='less', a one-sided test).
 * - `tvd` is, as in Evidently, a permutation p-value test on the total variation distance (categorical only,
 *   see stats/binned.ts for the seeded permutations); `empirical_mmd` is seeded too (stats/mmd.ts).
 * - `linf` (Vertex AI's L-infinity distance) is new; it accepts categorical and binned numerical features.
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
import { fisherExact, gTest } from './stats/contingency.js';
import { cramerVonMises2samp } from './stats/cvm.js';
import { energyDistance, wassersteinNormed } from './stats/distances.js';
import { EppsSingletonError, eppsSingleton2samp } from './stats/epps-singleton.js';
import { ks2samp } from './stats/ks.js';
import { mannWhitneyU } from './stats/mannwhitney.js';
import { MmdError, empiricalMmd } from './stats/mmd.js';
import type { TestResult } from './stats/result.js';
import { tTestInd } from './stats/ttest.js';
import { binnableSides } from './quantiles/bins.js';
import { ksOnCdf, wassersteinOnCdf, type Approximation } from './quantiles/methods.js';
import type { FeatureKind } from '../data/types.js';
import type { Binning, DriftMethod } from './types.js';

/** How a method's value is compared with the threshold to mean drift (Evidently's operator). */
export type DriftComparison = '<' | '<=' | '>' | '>=';

export interface MethodInfo {
  name: DriftMethod;
  title: string;
  kinds: readonly FeatureKind[];
  output: 'p-value' | 'distance';
  defaultThreshold: number;
  /**
   * `raw`: needs the rows of both samples (sorted numbers); `cdf`: rows or quantile profiles (drift/quantiles);
   * `binned`: works on counts, so also on every profile.
   */
  input: 'raw' | 'cdf' | 'binned';
  /** Drift when `value <comparison> threshold` (value: the p-value, or the distance). */
  comparison: DriftComparison;
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
  comparison: DriftComparison = output === 'p-value' ? '<' : '>=',
): MethodInfo {
  return { name, title, kinds, output, defaultThreshold, input, comparison };
}

export const METHODS: Readonly<Record<DriftMethod, MethodInfo>> = {
  ks: info('ks', 'Kolmogorov–Smirnov p-value', NUM, 'p-value', 0.05, 'cdf', '<='),
  chisquare: info('chisquare', 'chi-square p-value', BOTH, 'p-value', 0.05, 'binned'),
  z: info('z', 'two-proportion z-test p-value', BOTH, 'p-value', 0.05, 'binned'),
  wasserstein: info('wasserstein', 'Wasserstein distance (normed)', NUM, 'distance', 0.1, 'cdf'),
  psi: info('psi', 'population stability index', BOTH, 'distance', 0.1, 'binned'),
  kl_div: info('kl_div', 'Kullback–Leibler divergence', BOTH, 'distance', 0.1, 'binned'),
  jensenshannon: info('jensenshannon', 'Jensen–Shannon distance', BOTH, 'distance', 0.1, 'binned'),
  hellinger: info('hellinger', 'Hellinger distance', BOTH, 'distance', 0.1, 'binned'),
  anderson: info('anderson', 'Anderson–Darling p-value', NUM, 'p-value', 0.05, 'raw'),
  cramer_von_mises: info('cramer_von_mises', 'Cramér–von Mises p-value', NUM, 'p-value', 0.05, 'raw', '<='),
  t_test: info('t_test', 't-test p-value', NUM, 'p-value', 0.05, 'raw'),
  mannw: info('mannw', 'Mann–Whitney U p-value (two-sided)', NUM, 'p-value', 0.05, 'raw'),
  tvd: info('tvd', 'total variation distance permutation p-value', CAT, 'p-value', 0.05, 'binned'),
  linf: info('linf', 'L-infinity distance', BOTH, 'distance', 0.1, 'binned'),
  energy: info('energy', 'energy distance', NUM, 'distance', 0.1, 'raw', '>'),
  es: info('es', 'Epps–Singleton p-value', NUM, 'p-value', 0.05, 'raw'),
  fisher_exact: info('fisher_exact', "Fisher's exact test p-value", BOTH, 'p-value', 0.1, 'binned'),
  g_test: info('g_test', 'G-test p-value', BOTH, 'p-value', 0.1, 'binned'),
  empirical_mmd: info(
    'empirical_mmd',
    'maximum mean discrepancy permutation p-value',
    NUM,
    'p-value',
    0.1,
    'raw',
  ),
};

/** Whether a method's value (p-value or distance) means drift at a threshold, with Evidently's operator. */
export function isDrift(method: DriftMethod, value: number, threshold: number): boolean {
  switch (METHODS[method].comparison) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}

/** Methods that accept a kind, in registry order (for error messages); `cdf` includes the binned ones. */
export function methodsFor(kind: FeatureKind, input?: 'binned' | 'cdf'): DriftMethod[] {
  const fits = (m: MethodInfo) =>
    input === undefined || m.input === 'binned' || (input === 'cdf' && m.input === 'cdf');
  return Object.values(METHODS)
    .filter((m) => m.kinds.includes(kind) && fits(m))
    .map((m) => m.name);
}

/** One feature, both sides prepared (kinds already reconciled by the engine). */
export interface FeatureSamples {
  name: string;
  kind: FeatureKind;
  reference: PreparedSide;
  current: PreparedSide;
}

export interface MethodOptions {
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
  /** How far the result can be from the raw rows' when it ran on quantiles (drift/quantiles/methods.ts). */
  approximate?: Approximation;
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
export function runMethod(
  method: DriftMethod,
  feature: FeatureSamples,
  options: MethodOptions,
): MethodOutcome {
  const { reference: ref, current: cur } = feature;
  if (METHODS[method].input !== 'binned') {
    if (method === 'ks' && (ref.form !== 'numbers' || cur.form !== 'numbers')) return ksOnCdf(ref, cur);
    if (method === 'wasserstein' && (ref.form !== 'numbers' || cur.form !== 'numbers'))
      return wassersteinOnCdf(ref, cur);
    if (ref.form !== 'numbers' || cur.form !== 'numbers') {
      throw new Error(`method '${method}' needs raw numbers on both sides (select.ts should have refused)`);
    }
    if (method === 'wasserstein')
      return { statistic: wassersteinNormed(ref.sorted, cur.sorted), pValue: null };
    if (method === 'energy') return { statistic: energyDistance(ref.sorted, cur.sorted), pValue: null };
    const result = runRawTest(method, feature.name, ref.sorted, cur.sorted, options);
    return { statistic: result.statistic, pValue: result.pValue };
  }

  const binned = binFor(method, feature, options);
  const distance = BINNED_DISTANCES[method];
  if (distance) return { statistic: distance(binned.reference, binned.current), pValue: null, binned };
  const result =
    method === 'tvd'
      ? tvdPermutationTest(binned.reference, binned.current, options.random)
      : BINNED_TESTS[method]!(binned.reference, binned.current);
  return { statistic: result.statistic, pValue: result.pValue, binned };
}

const BINNED_TESTS: Partial<Record<DriftMethod, RawTest>> = {
  chisquare: chiSquare,
  z: zTest,
  g_test: gTest,
  fisher_exact: fisherExact,
};

/** The raw p-value tests; the two that cannot run on every sample say why, naming the feature. */
function runRawTest(
  method: DriftMethod,
  feature: string,
  ref: Float64Array,
  cur: Float64Array,
  options: MethodOptions,
): TestResult {
  try {
    if (method === 'es') return eppsSingleton2samp(ref, cur);
    if (method === 'empirical_mmd') {
      const result = empiricalMmd(ref, cur, { random: options.random });
      if (result.referenceUsed < ref.length || result.currentUsed < cur.length) {
        options.warnings.push(
          `feature '${feature}': empirical_mmd ran on a seeded random subsample of ` +
            `${result.referenceUsed} of ${ref.length} reference and ${result.currentUsed} of ${cur.length} ` +
            `current rows (its kernel grows with the square of the rows)`,
        );
      }
      return result;
    }
  } catch (error) {
    if (error instanceof EppsSingletonError || error instanceof MmdError) {
      throw new InputError(
        `feature '${feature}': method '${method}' ${error.message}; use another method for this feature`,
      );
    }
    throw error;
  }
  return RAW_TESTS[method]!(ref, cur);
}

/** Methods that compare exactly two values: binned by value, and refused when the samples hold more. */
const TWO_VALUES: Partial<Record<DriftMethod, string>> = { z: 'chisquare', fisher_exact: 'g_test' };

function binFor(method: DriftMethod, feature: FeatureSamples, options: MethodOptions): BinnedCounts {
  const rule = method === 'hellinger' ? 'hellinger' : 'evidently';
  const [ref, cur] = binnableSides(
    feature.name,
    method,
    feature.reference,
    feature.current,
    binningOptions(rule, options),
  );
  const instead = TWO_VALUES[method];
  if (instead !== undefined) {
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
        `feature '${feature.name}': method '${method}' compares two values, but the samples hold ${used} ` +
          `distinct values; use '${instead}' (or 'auto') for this feature`,
      );
    }
    return binned;
  }
  return binPair(feature.name, ref, cur, binningOptions(rule, options), options.warnings);
}

function binningOptions(rule: BinningOptions['rule'], options: MethodOptions): BinningOptions {
  return options.bins === undefined
    ? { rule, binning: options.binning }
    : { rule, binning: options.binning, bins: options.bins };
}
