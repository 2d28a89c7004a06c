/**
 * The drift engine: compares a reference and a current sample feature by feature and decides whether the
 * dataset drifted.
 *
 * For each feature: reconcile its kind, drop missing cells (counted), choose the method and threshold
 * (select.ts), sort numbers once unless the method reads them in any order, test it, and measure the effect
 * size (effect-size.ts). Then correct the p-values for
 * multiple testing (correction.ts) and decide per feature and for the dataset.
 *
 * Decisions documented here:
 * - Features with fewer non-missing rows than `minSamples` on either side (or none at all) are `insufficient`:
 *   not drifted and NOT counted in `tested`, the share's denominator — a feature that could not be tested
 *   votes neither way. They are listed in a warning.
 * - The dataset drifted when tested > 0 and count / tested >= share.
 * - Permutation tests (tvd) draw from a generator seeded by `seed` and the feature's name, so a feature's
 *   p-value does not depend on which other features are tested.
 */
import { InputError } from '../errors.js';
import { releaseSortScratch, numbersByValue } from './columns.js';
import { adjustPValues } from './correction.js';
import { effectSize } from './effect-size.js';
import { isDrift, METHODS, runMethod, type FeatureSamples } from './methods.js';
import { selectMethod } from './select.js';
import { approximationWarning } from './quantiles/methods.js';
import { autoFacts, ordered, prepare } from './sides.js';
import { seededRandom } from './stats/binned.js';
import type { Column, DriftData, DriftSource, FeatureKind } from '../data/types.js';
import {
  chooseFeatures,
  entriesOf,
  lookAlikeWarning,
  sourceOf,
  type Entry,
  type Sources,
} from './features.js';
import type { DriftConfig, DriftMethod, DriftResult, FeatureDrift } from './types.js';

function entryKind(entry: Entry): FeatureKind {
  return entry.type === 'column' ? entry.column.kind : entry.profile.kind;
}

/** The feature's kind: a profile's kind is fixed; otherwise the override, else agreement, else categorical. */
function resolveKind(
  name: string,
  ref: Entry,
  cur: Entry,
  config: DriftConfig,
  sources: Sources,
): FeatureKind {
  const override = config.perFeature[name]?.type;
  const refProfile = ref.type === 'profile' ? ref.profile.kind : undefined;
  const curProfile = cur.type === 'profile' ? cur.profile.kind : undefined;
  if (refProfile && curProfile && refProfile !== curProfile) {
    throw new InputError(
      `drift: feature '${name}' is ${refProfile} in the reference profile (${sources.reference}) but ` +
        `${curProfile} in the current profile (${sources.current}); both must be histograms or both category counts`,
    );
  }
  const fixed = refProfile ?? curProfile;
  if (fixed && override && override !== fixed) {
    throw new InputError(
      `drift perFeature '${name}': type '${override}' conflicts with the profile, which holds ` +
        `${fixed === 'numerical' ? 'a numerical histogram' : 'category counts'} for it; remove the type override`,
    );
  }
  if (fixed) return fixed;
  if (override) return override;
  return entryKind(ref) === entryKind(cur) ? entryKind(ref) : 'categorical';
}

/**
 * A column numerical on one side and text on the other is compared as labels by value: the text side's labels
 * that are numbers are spelt as the numerical side's (`1.0` → `1`). When none of its labels is a number, every
 * label would be new: an error naming both files, the column and a value, unless `types` says categorical.
 */
function reconcileLabels(
  name: string,
  ref: Entry,
  cur: Entry,
  config: DriftConfig,
  sources: Sources,
): [Entry, Entry] {
  if (ref.type !== 'column' || cur.type !== 'column' || ref.column.kind === cur.column.kind)
    return [ref, cur];
  const textIsCurrent = cur.column.kind === 'categorical';
  const text = textIsCurrent ? cur.column : ref.column;
  if (text.kind !== 'categorical') return [ref, cur];
  const byValue = numbersByValue(text);
  if (byValue === null && config.perFeature[name]?.type === undefined) {
    const sample = text.dictionary.find((label) => label.trim() !== '') ?? '';
    const [numeric, textual] = textIsCurrent
      ? (['reference', 'current'] as const)
      : (['current', 'reference'] as const);
    throw new InputError(
      `drift: column '${name}' holds numbers in the ${numeric} data (${sources[numeric]}) but text in the ` +
        `${textual} data (${sources[textual]}), e.g. '${sample}': no ${textual} value is a number, so every ` +
        `label would be new. Fix the export, or set drift.types: {${name}: categorical} to compare them as labels`,
    );
  }
  if (byValue === null) return [ref, cur];
  const entry: Entry = { type: 'column', column: byValue };
  return textIsCurrent ? [ref, entry] : [entry, cur];
}

/** Methods that read raw numbers in any order; every other method gets both samples sorted ascending. */
const ORDER_FREE: ReadonlySet<DriftMethod> = new Set<DriftMethod>(['t_test']);

/** 32-bit FNV-1a of a feature name, mixed into the seed. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** What testing one feature needs besides its two sides. */
interface Context {
  config: DriftConfig;
  sources: Sources;
  binning: { binning: DriftConfig['binning']; bins?: number };
  warnings: string[];
  /** Features with too few rows, for one warning at the end. */
  insufficient: string[];
  /** The columns belong to the engine (taken from a ColumnSource): sorted in place, never copied. */
  owned: boolean;
}

function startContext(config: DriftConfig, sources: Sources, owned: boolean): Context {
  if (config.bins !== undefined && !(Number.isInteger(config.bins) && config.bins >= 1)) {
    throw new InputError(`drift: bins must be a whole number of at least 1, found ${config.bins}`);
  }
  const binning =
    config.bins === undefined ? { binning: config.binning } : { binning: config.binning, bins: config.bins };
  return { config, sources, binning, warnings: [], insufficient: [], owned };
}

/**
 * Compare two in-memory sides (tables or profiles). The tables' columns are borrowed: they are read, never
 * changed (a column is copied before it is sorted).
 */
export function evaluateDrift(reference: DriftData, current: DriftData, config: DriftConfig): DriftResult {
  const sources = { reference: sourceOf(reference), current: sourceOf(current) };
  const context = startContext(config, sources, false);
  const refEntries = entriesOf(reference);
  const curEntries = entriesOf(current);
  const names = chooseFeatures(refEntries, curEntries, config, sources, context.warnings);
  try {
    const features = names.map((name) =>
      testFeature(name, refEntries.get(name)!, curEntries.get(name)!, context),
    );
    return conclude(features, context);
  } finally {
    releaseSortScratch();
  }
}

/** Called with a feature's two columns (as read, before the engine changes them) when both sides are tables. */
export type ColumnsHook = (name: string, kind: FeatureKind, reference: Column, current: Column) => void;

/**
 * Compare two sides whose columns are taken one feature at a time (the pipeline's path): each feature's columns
 * are read (Parquet) or handed over (CSV), shown to `onColumns` (data quality), tested — sorted in place — and
 * let go before the next feature's, so memory holds one feature's columns rather than both tables.
 */
export async function evaluateDriftFrom(
  reference: DriftSource,
  current: DriftSource,
  config: DriftConfig,
  onColumns?: ColumnsHook,
): Promise<DriftResult> {
  const sources = { reference: sourceOf(reference), current: sourceOf(current) };
  const context = startContext(config, sources, true);
  const refNames = namesOf(reference);
  const curNames = namesOf(current);
  const names = chooseFeatures(refNames, curNames, config, sources, context.warnings);
  const features: FeatureDrift[] = [];
  try {
    for (const name of names) {
      const refEntry = await takeEntry(reference, name);
      const curEntry = await takeEntry(current, name);
      if (onColumns && refEntry.type === 'column' && curEntry.type === 'column') {
        const kind = resolveKind(name, refEntry, curEntry, config, sources);
        onColumns(name, kind, refEntry.column, curEntry.column);
      }
      features.push(testFeature(name, refEntry, curEntry, context));
    }
  } finally {
    releaseSortScratch();
  }
  return conclude(features, context);
}

function namesOf(side: DriftSource): ReadonlyMap<string, unknown> {
  if (side.type === 'profile') return side.profile.features;
  return new Map(side.columns.names.map((name) => [name, true]));
}

async function takeEntry(side: DriftSource, name: string): Promise<Entry> {
  if (side.type === 'profile') return { type: 'profile', profile: side.profile.features.get(name)! };
  return { type: 'column', column: await side.columns.take(name) };
}

function testFeature(name: string, refEntry: Entry, curEntry: Entry, context: Context): FeatureDrift {
  const { config, sources, binning, warnings } = context;
  const kind = resolveKind(name, refEntry, curEntry, config, sources);
  const [refSide, curSide] = reconcileLabels(name, refEntry, curEntry, config, sources);
  const lookAlike = lookAlikeWarning(name, refEntry, curEntry);
  if (lookAlike) warnings.push(lookAlike);
  const ref = prepare(refSide, kind, sources.reference, context.owned);
  const cur = prepare(curSide, kind, sources.current, context.owned);
  const facts = autoFacts(ref, cur, refEntry.type === 'profile' || curEntry.type === 'profile');
  const { method, threshold } = selectMethod(name, kind, config, facts);
  const base = {
    name,
    kind,
    method,
    threshold,
    referenceSize: ref.size,
    currentSize: cur.size,
    referenceDropped: ref.dropped,
    currentDropped: cur.dropped,
  };
  if (ref.size === 0 || cur.size === 0 || ref.size < config.minSamples || cur.size < config.minSamples) {
    context.insufficient.push(`'${name}' (${ref.size} reference, ${cur.size} current)`);
    return {
      ...base,
      statistic: NaN,
      pValue: null,
      adjustedPValue: null,
      drifted: false,
      status: 'insufficient',
      effectSize: null,
    };
  }
  if (!ORDER_FREE.has(method) || config.minEffectSize !== undefined) {
    ordered(ref);
    ordered(cur);
  }
  const samples: FeatureSamples = { name, kind, reference: ref.prepared, current: cur.prepared };
  const random = seededRandom((config.seed ^ hashName(name)) >>> 0);
  const outcome = runMethod(method, samples, { ...binning, random, warnings });
  const approximate =
    outcome.approximate &&
    approximationWarning(name, method, outcome.approximate, (v) => isDrift(method, v, threshold));
  if (approximate) warnings.push(approximate);
  return {
    ...base,
    statistic: outcome.statistic,
    pValue: outcome.pValue,
    adjustedPValue: null,
    drifted: false,
    status: 'ok',
    effectSize: effectSize(
      samples,
      outcome,
      method,
      { ...binning, needed: config.minEffectSize !== undefined },
      warnings,
    ),
    ...(outcome.approximate ? { bound: outcome.approximate.statistic } : {}),
  };
}

/** The multiple-testing correction, each feature's decision, and the dataset's. */
function conclude(features: FeatureDrift[], context: Context): DriftResult {
  const { config, warnings, insufficient } = context;
  if (insufficient.length > 0) {
    warnings.push(
      `drift: not enough rows to test ${insufficient.join(', ')} (min-samples ${config.minSamples}); ` +
        `these features are left out of the drift share`,
    );
  }
  markDrifted(features, config);
  const tested = features.filter((f) => f.status !== 'insufficient').length;
  const count = features.filter((f) => f.drifted).length;
  const share = tested > 0 ? count / tested : 0;
  return {
    detected: tested > 0 && share >= config.share,
    share,
    count,
    tested,
    threshold: config.share,
    correction: config.correction,
    features,
    warnings,
  };
}

/** Correct the p-values, then set `drifted` and `status` of every tested feature. */
function markDrifted(features: FeatureDrift[], config: DriftConfig): void {
  const pFeatures = features.filter((f) => f.status !== 'insufficient' && f.pValue !== null);
  const adjusted = adjustPValues(
    pFeatures.map((f) => f.pValue!),
    config.correction,
  );
  pFeatures.forEach((f, i) => (f.adjustedPValue = adjusted ? adjusted[i]! : null));

  for (const f of features) {
    if (f.status === 'insufficient') continue;
    const isPValue = METHODS[f.method].output === 'p-value';
    const significant = isDrift(
      f.method,
      isPValue ? (f.adjustedPValue ?? f.pValue!) : f.statistic,
      f.threshold,
    );
    const trivial =
      isPValue &&
      config.minEffectSize !== undefined &&
      f.effectSize !== null &&
      f.effectSize < config.minEffectSize;
    f.status = !significant ? 'ok' : trivial ? 'below-effect-floor' : 'drifted';
    f.drifted = f.status === 'drifted';
  }
}
