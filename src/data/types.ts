/**
 * The data both sides of a comparison are made of, shared by the readers (load/), drift (drift/) and data
 * quality (quality/). Columns are columnar and typed (never one JS object per row): numbers in a Float64Array
 * with NaN for missing/unparseable-as-finite cells, categories as dictionary codes.
 */

export type FeatureKind = 'numerical' | 'categorical';

export interface NumericColumn {
  kind: 'numerical';
  name: string;
  /** One entry per row; NaN marks an empty or non-finite cell (dropped before testing). */
  values: Float64Array;
}

export interface CategoricalColumn {
  kind: 'categorical';
  name: string;
  /** One entry per row: index into `dictionary`, or -1 for an empty cell. */
  codes: Int32Array;
  dictionary: string[];
}

export type Column = NumericColumn | CategoricalColumn;

/** A table read from CSV / JSONL / Parquet (several files with the same columns are concatenated). */
export interface Table {
  /** The file(s) it came from, for messages. */
  source: string;
  rowCount: number;
  /** Column order as in the file. */
  columns: Map<string, Column>;
  /** Every column name in file order, also those not read (not wanted); undefined = the columns' names. */
  header?: string[];
}

/**
 * Quantiles of one numerical feature (profile key `quantiles`): `values[k]` is a k/q-quantile of the `count`
 * non-missing values, k = 0 … q, so `values[0]` is the minimum and `values[q]` the maximum.
 */
export interface QuantileSummary {
  /** q + 1 non-decreasing values at probabilities 0, 1/q, …, 1. */
  values: number[];
  /** Non-missing values summarised (the sample size of a p-value). */
  count: number;
  /** Population standard deviation of the values (`stddev_pop`; Evidently's wasserstein is normed by it). */
  std: number;
  /** Rank error of each quantile as a share of `count` (Spark's relativeError); undefined = exact quantiles. */
  rankError?: number;
}

/**
 * Pre-aggregated input for one feature (the documented profile format): a numerical feature has a histogram
 * (edges + counts), quantiles, or both; a categorical one category counts.
 */
export type FeatureProfile =
  | { kind: 'numerical'; name: string; edges?: number[]; counts?: number[]; quantiles?: QuantileSummary }
  | { kind: 'categorical'; name: string; counts: Record<string, number> };

export interface ProfileSet {
  source: string;
  features: Map<string, FeatureProfile>;
}

/** One side of the comparison: raw rows or a profile. */
export type DriftData = { type: 'table'; table: Table } | { type: 'profile'; profile: ProfileSet };

/**
 * A table whose columns are handed over one at a time, each at most once: the drift engine takes a feature's
 * columns, tests them and lets them go before taking the next, so memory follows one feature's columns, not
 * the table (Parquet reads a column when it is taken; CSV, read in one pass, hands over what it holds).
 */
export interface ColumnSource {
  source: string;
  rowCount: number;
  /** Every column name in file order, including columns that were not read (they cannot be taken). */
  names: readonly string[];
  /** The column, now the taker's (sorted or changed in place by it); the source keeps no reference. */
  take(name: string): Promise<Column>;
}

/** One side as the pipeline loads it: a profile, or a table whose columns are taken one feature at a time. */
export type DriftSource =
  { type: 'profile'; profile: ProfileSet } | { type: 'columns'; columns: ColumnSource };

/** Cell delimiters of CSV data files that detection chooses from. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** How text tables are read (the settings `drift.delimiter`, `drift.decimal`, `drift.na-values`). */
export interface TableFormat {
  /** undefined = detected from the header (`.tsv`: tab). */
  delimiter?: Delimiter;
  /** undefined = detected from the first lines (see load/csv-dialect.ts). */
  decimal?: '.' | ',';
  /** Cell texts read as missing (pandas' defaults unless replaced); an empty cell is always missing. */
  naValues: readonly string[];
}
