/**
 * Drift engine contracts: typed columns in (see data/types.ts), per-feature results out.
 */
import type { FeatureKind, TableFormat } from '../data/types.js';

export type DriftMethod =
  | 'ks'
  | 'chisquare'
  | 'z'
  | 'wasserstein'
  | 'psi'
  | 'kl_div'
  | 'jensenshannon'
  | 'hellinger'
  | 'anderson'
  | 'cramer_von_mises'
  | 't_test'
  | 'mannw'
  | 'tvd'
  | 'linf'
  | 'energy'
  | 'es'
  | 'fisher_exact'
  | 'g_test'
  | 'empirical_mmd';

export const DRIFT_METHODS: readonly DriftMethod[] = [
  'ks',
  'chisquare',
  'z',
  'wasserstein',
  'psi',
  'kl_div',
  'jensenshannon',
  'hellinger',
  'anderson',
  'cramer_von_mises',
  't_test',
  'mannw',
  'tvd',
  'linf',
  'energy',
  'es',
  'fisher_exact',
  'g_test',
  'empirical_mmd',
];

/**
 * Evidently's registered names (StatTest.name in legacy/calculations/stattests/*.py) where ours differ, so a
 * config written for Evidently reads the same here. All other methods carry Evidently's name already.
 */
export const METHOD_ALIASES = { ed: 'energy', TVD: 'tvd' } as const satisfies Record<string, DriftMethod>;
export type DriftMethodAlias = keyof typeof METHOD_ALIASES;
/** A method as a config may spell it: our name or Evidently's alias. */
export type DriftMethodName = DriftMethod | DriftMethodAlias;

/** Our name for a configured method name: Evidently's aliases resolved, other names unchanged. */
export function canonicalMethod(name: DriftMethodName): DriftMethod {
  return Object.hasOwn(METHOD_ALIASES, name)
    ? METHOD_ALIASES[name as DriftMethodAlias]
    : (name as DriftMethod);
}

export type MultipleTesting = 'none' | 'bonferroni' | 'benjamini-hochberg';
export type Binning = 'auto' | 'equal-width' | 'quantile';

export interface MethodChoice {
  method?: DriftMethodName | 'auto';
  threshold?: number;
}

export interface DriftConfig {
  reference: string[];
  current: string[];
  method: DriftMethodName | 'auto';
  /** Override of the chosen method's default threshold. */
  threshold?: number;
  /** The dataset has drifted when at least this share of tested features drifted. */
  share: number;
  /** Subset of features to test; undefined = all common columns. */
  features?: string[];
  /** Columns left out of drift and quality: names or globs (`*_id`). */
  exclude?: string[];
  /** How CSV data files are read (delimiter, decimal mark, missing markers); undefined = the defaults. */
  table?: TableFormat;
  numerical: MethodChoice;
  categorical: MethodChoice;
  perFeature: Record<string, MethodChoice & { type?: FeatureKind }>;
  /** Bin count for binned methods; undefined = Evidently's rule (Sturges over both samples). */
  bins?: number;
  binning: Binning;
  /** Features with fewer non-missing rows than this on either side are `insufficient`, not drifted. */
  minSamples: number;
  correction: MultipleTesting;
  /** A feature only counts as drifted when its effect size reaches this floor (see drift/effect-size.ts). */
  minEffectSize?: number;
  /** Seed for permutation-based p-values. */
  seed: number;
}

export interface FeatureDrift {
  name: string;
  kind: FeatureKind;
  method: DriftMethod;
  statistic: number;
  /** null for distance methods. */
  pValue: number | null;
  /** p-value after multiple-testing correction (null for distances or when correction is none). */
  adjustedPValue: number | null;
  threshold: number;
  drifted: boolean;
  /** `ok`, `drifted`, `insufficient` (too few rows), `below-effect-floor` (significant but trivial). */
  status: 'ok' | 'drifted' | 'insufficient' | 'below-effect-floor';
  effectSize: number | null;
  /** When a side is a quantile profile: the statistic is within ± this of its value on the raw rows. */
  bound?: number;
  referenceSize: number;
  currentSize: number;
  /** Rows dropped as empty / NaN / ±Infinity. */
  referenceDropped: number;
  currentDropped: number;
}

export interface DriftResult {
  detected: boolean;
  share: number;
  count: number;
  tested: number;
  threshold: number;
  correction: MultipleTesting;
  features: FeatureDrift[];
  warnings: string[];
}
