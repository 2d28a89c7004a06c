/**
 * Contracts of the facts registry (see registry.ts for how to add a namespace or a function): what a run's
 * evidence offers the rules, how a namespace or a function over facts is described, and the errors reading a
 * fact can end in. This file imports nothing, so every entry and every stage of the rules language can use it.
 */

/** Metrics of one side (current or baseline): numbers, and metadata (strings, dates, null, lists). */
export interface MetricSet {
  values: ReadonlyMap<string, number>;
  /** Keys whose value is not a number; rules may name them, but computing with one is an error naming it. */
  metadata: ReadonlyMap<string, unknown>;
  /** The files read, for messages (`metrics.json`). */
  files: readonly string[];
}

/** Dataset drift as the rules see it. */
export interface DriftFacts {
  share: number;
  count: number;
  detected: boolean;
  /** Why drift could not be decided on this run's data; every `drift.*` read is then an error saying so. */
  undecided?: string;
}

/** Data quality of one compared feature, as the rules see it (from src/quality/). */
export interface FeatureQualityFacts {
  kind: 'numerical' | 'categorical';
  missingShare: number;
  referenceMissingShare: number;
  /** Categorical features only, else null. */
  newShare: number | null;
  /** Numerical features only, else null. */
  outOfRangeShare: number | null;
}

/** Feature name → its quality facts. */
export type QualityFacts = ReadonlyMap<string, FeatureQualityFacts>;

/** An answer from the past that may not exist: too little history is a reason, never a silent value. */
export type PastValue = { known: true; value: number } | { known: false; reason: string };

/** A window argument as the history sees it: `7` runs or a duration in ms, with its text. */
export interface HistoryWindow {
  text: string;
  runs?: number;
  ms?: number;
}

/** The run history as the rules see it (src/history/facts.ts): functions over a metric's past, this run newest. */
export interface HistoryFacts {
  /** `previous`, `mean_over`, …, `ewma` over `metric` (with `window` for the windowed ones). */
  evaluate(fn: string, metric: string, window?: HistoryWindow): PastValue;
}

/** Facts about the model itself: its age in days, or why it is not known. */
export interface ModelFacts {
  ageDays: PastValue;
}

/**
 * Everything a rule can read on this run. One field per source; a namespace or function reads only its own,
 * each filled in by decide.ts from the Evidence (and the run history, when the pipeline passes it).
 */
export interface FactSources {
  metrics: MetricSet;
  /** null when no baseline files were given. */
  baseline: MetricSet | null;
  /** null when drift is not configured. */
  drift: DriftFacts | null;
  /** null when no data quality was computed (no tables on both sides). */
  quality?: QualityFacts | null;
  /** The run history (a store, or the earlier lines of a JSONL metrics file); null/absent outside the pipeline. */
  history?: HistoryFacts | null;
  /** null/absent when the model's age was not looked up (no `max-model-age`, no rule reads `model.*`). */
  model?: ModelFacts | null;
}

/** A value read by name: `accuracy` (namespace `metrics`), `baseline.accuracy`, `drift.share`. */
export interface FactRead {
  kind: 'fact';
  namespace: string;
  name: string;
  start: number;
  end: number;
}

/** A column (feature) name given to a function: `quality.missing_share(device)`. */
export interface ColumnArg {
  kind: 'column';
  name: string;
  start: number;
  end: number;
}

/** A window over past runs: the last `runs` runs (`7`) or a duration (`7d`, `12h`, `2w`). */
export interface WindowArg {
  kind: 'window';
  /** As written: `7` or `7d`. */
  text: string;
  runs?: number;
  ms?: number;
  start: number;
  end: number;
}

export type FactArg = FactRead | ColumnArg | WindowArg;

/**
 * What a function parameter accepts:
 * - `metric`: a current metric name, bare or quoted (`accuracy`, `"p@5"`) — read as `FactRead` in `metrics`;
 * - `fact`: any value read (`accuracy`, `baseline.accuracy`, `drift.share`);
 * - `column`: a feature / column name, bare or quoted;
 * - `window`: a positive whole number of runs (`7`) or a duration (`7d`).
 */
export type ParamKind = 'metric' | 'fact' | 'column' | 'window';

/** Helpers every entry gets, so that all messages name things the same way. */
export interface FactContext {
  sources: FactSources;
  /** A name as a rule writes it, quoted when needed: `'accuracy'`, `"p@5"`. */
  quote(name: string): string;
  /** `unknown <noun> 'x'; did you mean 'y'? (known: …)`, or `(<empty>)` when nothing is known. */
  unknown(noun: string, name: string, known: Iterable<string>, empty: string): string;
  /** The value of a `fact` argument, read through its own namespace (throws FactError like any read). */
  read(ref: FactRead): number;
  /** How the read or call being checked is written in the rule: `change(rows)`, `drift.share`. */
  written: string;
}

/** A namespace of values: `baseline.NAME`, `drift.share`; the bare namespace holds the current metrics. */
export interface Namespace {
  /** `metrics`, `baseline`, `drift`: the prefix in rule text (except for the bare namespace). */
  name: string;
  /** Fixed names (drift: share, count, detected), or null for any name (metrics, baseline). */
  names: readonly string[] | null;
  /** Names that are conditions (true/false) rather than numbers. */
  conditions?: readonly string[];
  /** How one value is called in messages: `metric`, `baseline metric`, `drift fact`. */
  noun: string;
  /** Before evaluation: a message when the name can never be read with this configuration (a typo, a source
   * that is not configured). It becomes an InputError that fails the run. */
  check(name: string, context: FactContext): string | undefined;
  /** The value on this run; throws FactError when this run's data lacks it (the rule's outcome is `error`). */
  read(name: string, context: FactContext): number;
}

/** A function over facts: `change(accuracy)`, later `quality.missing_share(device)`, `mean_over(x, 7d)`. */
export interface FactFunction {
  /** As called, possibly dotted: `change`, `quality.missing_share`. */
  name: string;
  params: readonly ParamKind[];
  /** Parameters from this index on may be left out (default: all are required). */
  optionalFrom?: number;
  returns: 'number' | 'condition';
  /** An example call for messages: `change(accuracy) or change("p@5")`. */
  usage: string;
  /** The namespaced values the call reads, for "used" marking and `usesDrift`. Default: its fact arguments. */
  reads?(args: readonly FactArg[]): { namespace: string; name: string }[];
  /** Like Namespace.check; `fact` and `metric` arguments are checked through their namespace first. */
  check?(args: readonly FactArg[], context: FactContext): string | undefined;
  evaluate(args: readonly FactArg[], context: FactContext): number;
}

/** Reading a fact failed on this run's data: the rule's outcome is `error` with this message. */
export class FactError extends Error {
  override readonly name = 'FactError';
}
