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
import type { PreparedSide } from './binning.js';
import {
  asCategorical,
  asNumerical,
  categoryCounts,
  distinctUpTo,
  finiteValues,
  numbersByValue,
  sortFinite,
} from './columns.js';
import { adjustPValues } from './correction.js';
import { effectSize } from './effect-size.js';
import { isDrift, METHODS, runMethod, type FeatureSamples } from './methods.js';
import { selectMethod, type AutoFacts } from './select.js';
import { approximationWarning } from './quantiles/methods.js';
import { numericalProfileSide, quantileFacts } from './quantiles/side.js';
import { seededRandom } from './stats/binned.js';
import type { DriftData, FeatureKind } from '../data/types.js';
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

interface Side {
  prepared: PreparedSide;
  size: number;
  dropped: number;
  /** Raw numbers are sorted (always true for other forms once `ordered` ran). */
  sorted?: boolean;
}

function prepare(entry: Entry, kind: FeatureKind, source: string): Side {
  if (entry.type === 'profile') {
    const p = entry.profile;
    if (p.kind === 'numerical') return { ...numericalProfileSide(p, source), dropped: 0 };
    const labels = Object.keys(p.counts);
    const counts = Float64Array.from(labels, (l) => p.counts[l]!);
    return {
      prepared: { form: 'categories', labels, counts },
      size: counts.reduce((a, b) => a + b, 0),
      dropped: 0,
    };
  }
  if (kind === 'numerical') {
    // Unsorted until a method needs order (see `ordered`): the t-test reads the values in any order.
    const { finite, dropped } = finiteValues(asNumerical(entry.column, source).values);
    return { prepared: { form: 'numbers', sorted: finite }, size: finite.length, dropped };
  }
  const column = asCategorical(entry.column);
  const { counts, dropped } = categoryCounts(column);
  return {
    prepared: { form: 'categories', labels: column.dictionary, counts },
    size: column.codes.length - dropped,
    dropped,
  };
}

/** Methods that read raw numbers in any order; every other method gets both samples sorted ascending. */
const ORDER_FREE: ReadonlySet<DriftMethod> = new Set<DriftMethod>(['t_test']);

/** Sort a side's numbers in place, once (prepare leaves them in row order). */
function ordered(side: Side): void {
  if (side.prepared.form === 'numbers' && !side.sorted) sortFinite(side.prepared.sorted);
  side.sorted = true;
}

function autoFacts(ref: Side, cur: Side, profile: boolean): AutoFacts {
  const a = ref.prepared;
  const b = cur.prepared;
  let distinct: number | undefined;
  if (profile && a.form !== 'categories')
    return { referenceSize: ref.size, profile, ...quantileFacts(a, b, 6) };
  if (a.form === 'numbers' && b.form === 'numbers') distinct = distinctUpTo(a.sorted, b.sorted, 6);
  else if (a.form === 'categories' && b.form === 'categories') {
    const seen = new Set<string>();
    for (const side of [a, b]) side.labels.forEach((l, i) => side.counts[i]! > 0 && seen.add(l));
    distinct = seen.size;
  }
  return { referenceSize: ref.size, distinct, profile };
}

/** 32-bit FNV-1a of a feature name, mixed into the seed. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function evaluateDrift(reference: DriftData, current: DriftData, config: DriftConfig): DriftResult {
  if (config.bins !== undefined && !(Number.isInteger(config.bins) && config.bins >= 1)) {
    throw new InputError(`drift: bins must be a whole number of at least 1, found ${config.bins}`);
  }
  const warnings: string[] = [];
  const sources = { reference: sourceOf(reference), current: sourceOf(current) };
  const refEntries = entriesOf(reference);
  const curEntries = entriesOf(current);
  const names = chooseFeatures(refEntries, curEntries, config, sources, warnings);
  const binning =
    config.bins === undefined ? { binning: config.binning } : { binning: config.binning, bins: config.bins };

  const features: FeatureDrift[] = [];
  const insufficient: string[] = [];
  for (const name of names) {
    const refEntry = refEntries.get(name)!;
    const curEntry = curEntries.get(name)!;
    const kind = resolveKind(name, refEntry, curEntry, config, sources);
    const [refSide, curSide] = reconcileLabels(name, refEntry, curEntry, config, sources);
    const lookAlike = lookAlikeWarning(name, refEntry, curEntry);
    if (lookAlike) warnings.push(lookAlike);
    const ref = prepare(refSide, kind, sources.reference);
    const cur = prepare(curSide, kind, sources.current);
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
      insufficient.push(`'${name}' (${ref.size} reference, ${cur.size} current)`);
      features.push({
        ...base,
        statistic: NaN,
        pValue: null,
        adjustedPValue: null,
        drifted: false,
        status: 'insufficient',
        effectSize: null,
      });
      continue;
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
    features.push({
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
    });
  }
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
