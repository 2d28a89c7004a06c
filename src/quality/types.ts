/**
 * Data quality of one run, as evidence: per feature compared, the shares that say the data itself changed
 * (missing values, categories never seen in the reference, numbers outside the reference's range).
 * Evidence only: nothing here triggers retraining unless a rule reads it (`quality.missing_share(device)`).
 */
import type { FeatureKind } from '../data/types.js';

/** A category in the current data that the reference never had. */
export interface NewCategory {
  label: string;
  rows: number;
  /** Of all current rows. */
  share: number;
}

export interface FeatureQuality {
  name: string;
  kind: FeatureKind;
  /** Missing cells (empty, missing markers such as `NA`, NaN / ±Infinity) per side. */
  missing: { reference: number; current: number };
  /** Missing cells of all rows per side (0 for an empty side). */
  missingShare: { reference: number; current: number };
  /** Categorical features: current labels absent from the reference, most rows first (at most 20 named). */
  newCategories: NewCategory[] | null;
  /** How many distinct new labels there are (newCategories may name fewer). */
  newCategoryCount: number | null;
  /** Categorical: current rows holding a new label, of all current rows. */
  newShare: number | null;
  /** Numerical: the reference's [min, max] over its non-missing values (null when it has none). */
  referenceRange: [number, number] | null;
  /** Numerical: non-missing current values outside referenceRange. */
  outOfRange: number | null;
  /** Numerical: outOfRange of the non-missing current values. */
  outOfRangeShare: number | null;
}

/** One thing that changed, for the summary to lead with ("country: new category `PL`, 15% of rows"). */
export type QualityChange =
  | { type: 'new-categories'; feature: string; categories: NewCategory[]; count: number; share: number }
  | { type: 'missing'; feature: string; reference: number; current: number }
  | { type: 'out-of-range'; feature: string; share: number; count: number; range: [number, number] };

export interface QualityResult {
  rows: { reference: number; current: number };
  features: FeatureQuality[];
  /** What changed, largest share first. */
  changes: QualityChange[];
}
