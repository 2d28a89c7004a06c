/**
 * Which method and threshold a feature is tested with.
 *
 * Method precedence: `perFeature[f].method` > `numerical.method` / `categorical.method` > `method` > auto.
 * Threshold precedence (independent of where the method came from, as Evidently's `get_threshold`):
 * `perFeature[f].threshold` > `numerical/categorical.threshold` > `threshold` > the method's default.
 * `auto` at any level means "choose by the data", like leaving it unset. Evidently's names (`ed`, `TVD`) are
 * accepted for ours (types.ts METHOD_ALIASES); results carry our name.
 */
import { InputError } from '../errors.js';
import { METHODS, methodsFor } from './methods.js';
import type { FeatureKind } from '../data/types.js';
import {
  canonicalMethod,
  METHOD_ALIASES,
  type DriftConfig,
  type DriftMethod,
  type DriftMethodName,
} from './types.js';

/** What auto selection looks at. */
export interface AutoFacts {
  /** Non-missing reference rows (Evidently: `reference_data.shape[0]` after dropping NaN). */
  referenceSize: number;
  /**
   * Distinct values over both samples (Evidently: `concat(ref, cur).nunique()`), possibly counted only up to 6
   * (all the rule needs); for quantile profiles the distinct quantiles (a lower bound); undefined when
   * unknowable (a histogram profile).
   */
  distinct: number | undefined;
  /** True when either side is a profile, so only binned methods can run — and ks/wasserstein when `cdf`. */
  profile: boolean;
  /** True when both sides are raw numbers or carry quantiles (so ks and wasserstein can run). */
  cdf?: boolean;
}

export interface MethodSelection {
  method: DriftMethod;
  threshold: number;
  /** Where the method came from, for messages: `perFeature 'x'`, `numerical`, `method`, `auto`. */
  origin: string;
}

/**
 * Evidently's `_get_default_stattest`: up to 1000 reference rows → `ks` for numbers with more than 5 distinct
 * values, else `chisquare` (more than 2 distinct values) or `z`; above 1000 rows → `wasserstein` for numbers
 * with more than 5 distinct values, else `jensenshannon`.
 * Histogram profiles (no raw rows, distinct values unknown): numerical → `chisquare` over the bins up to
 * 1000 reference rows, else `jensenshannon`; categorical as above. Quantile profiles on both sides (or one
 * side raw) choose like raw rows, counting distinct quantiles.
 */
export function autoMethod(kind: FeatureKind, facts: AutoFacts): DriftMethod {
  const small = facts.referenceSize <= 1000;
  const rowsLike = !facts.profile || facts.cdf === true;
  if (kind === 'numerical' && !rowsLike) return small ? 'chisquare' : 'jensenshannon';
  const distinct = facts.distinct ?? Infinity;
  if (kind === 'numerical' && distinct > 5) return small ? 'ks' : 'wasserstein';
  if (!small) return 'jensenshannon';
  return distinct > 2 ? 'chisquare' : 'z';
}

/** Choose and validate the method and threshold for one feature. */
export function selectMethod(
  feature: string,
  kind: FeatureKind,
  config: DriftConfig,
  facts: AutoFacts,
): MethodSelection {
  const own = config.perFeature[feature];
  const byKind = config[kind];
  const levels: [string, DriftMethodName | 'auto' | undefined][] = [
    [`perFeature '${feature}'`, own?.method],
    [kind, byKind.method],
    ['method', config.method],
  ];
  const set = levels.find(([, m]) => m !== undefined && m !== 'auto');
  const method = set ? canonicalMethod(set[1] as DriftMethodName) : autoMethod(kind, facts);
  const origin = set ? set[0] : 'auto';

  const info = METHODS[method];
  if (!info) {
    throw new InputError(
      `drift ${origin}: unknown method '${String(method)}' (known: auto, ${Object.keys(METHODS).join(', ')}; ` +
        `Evidently's names ${Object.keys(METHOD_ALIASES).join(', ')} also work)`,
    );
  }
  if (!info.kinds.includes(kind)) {
    throw new InputError(
      `drift ${origin}: method '${method}' cannot test the ${kind} feature '${feature}' ` +
        `(methods for ${kind} features: ${methodsFor(kind).join(', ')})`,
    );
  }
  if (facts.profile && info.input === 'raw') {
    throw new InputError(
      `drift ${origin}: method '${method}' needs raw rows, but feature '${feature}' comes from a profile ` +
        `(pre-aggregated counts) on at least one side; give row-level data (CSV/JSONL/Parquet) or use a ` +
        `method that runs on this profile: ${methodsFor(kind, facts.cdf ? 'cdf' : 'binned').join(', ')}`,
    );
  }
  if (facts.profile && info.input === 'cdf' && !facts.cdf) {
    throw new InputError(
      `drift ${origin}: method '${method}' needs raw rows or quantiles, but feature '${feature}' comes from ` +
        `a histogram profile without "quantiles" on at least one side; add quantiles to the profile ` +
        `(docs/profile-format.md) or use a binned method: ${methodsFor(kind, 'binned').join(', ')}`,
    );
  }

  const threshold = own?.threshold ?? byKind.threshold ?? config.threshold ?? info.defaultThreshold;
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new InputError(
      `drift: threshold for feature '${feature}' must be a non-negative number, found ${threshold}`,
    );
  }
  return { method, threshold, origin };
}
