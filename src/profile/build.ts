/**
 * A profile from a table (docs/profile-format.md): per numerical feature a histogram, exact quantiles, the
 * count and the population standard deviation; per categorical feature its category counts. Pure: the
 * command (command.ts) reads the tables and writes the file.
 *
 * Histogram edges are given per feature (from a reference profile, so both sides share them) or computed as
 * numpy's `histogram_bin_edges(values, 'sturges')` (or `bins` equal-width bins) over this table. Values beyond
 * given edges are counted in the outer bins, as the engine counts a table into a profile's bins.
 */
import type { CategoricalColumn, FeatureProfile, Table } from '../data/types.js';
import { countIntoBins, equalWidthEdges, sturgesBinCount } from '../drift/binning.js';
import { categoryCounts, finiteSorted } from '../drift/columns.js';
import { InputError } from '../errors.js';
import { quantileSummary } from './quantiles.js';

export interface BuildOptions {
  /** Equal-width bins for features without given edges; undefined = Sturges' rule. */
  bins?: number;
  /** Edges per feature (a reference profile's); `null` = that feature gets no histogram. */
  edges?: ReadonlyMap<string, number[] | null>;
  /** q: write q + 1 quantiles per numerical feature; 0 = none. */
  quantiles: number;
}

/** The profile object as written: `version`, `rows`, optional `description`, `features` in column order. */
export interface ProfileDocument {
  version: 1;
  rows: number;
  description?: string;
  features: Record<string, Record<string, unknown>>;
}

export function buildProfile(
  table: Table,
  names: readonly string[],
  options: BuildOptions,
  description?: string,
): ProfileDocument {
  const features: Record<string, Record<string, unknown>> = {};
  for (const name of names) {
    const column = table.columns.get(name)!;
    features[name] =
      column.kind === 'numerical'
        ? numerical(name, column.values, table.source, options)
        : categorical(name, column, table.source);
  }
  return { version: 1, rows: table.rowCount, ...(description ? { description } : {}), features };
}

function numerical(
  name: string,
  values: Float64Array,
  source: string,
  options: BuildOptions,
): Record<string, unknown> {
  const { sorted: finite } = finiteSorted(values);
  if (finite.length === 0) throw noValues(name, source);
  const feature: Record<string, unknown> = { type: 'numerical', count: finite.length };
  const given = options.edges?.get(name);
  const edges = given === undefined ? ownEdges(finite, options.bins) : given;
  if (edges) {
    feature.edges = edges;
    feature.counts = [...countIntoBins(finite, edges).counts];
  }
  if (options.quantiles > 0) {
    const summary = quantileSummary(finite, options.quantiles);
    feature.std = summary.std;
    feature.quantiles = summary.values;
  }
  return feature;
}

/** numpy's histogram_bin_edges(values, 'sturges'), or `bins` equal-width bins, over a sorted sample. */
function ownEdges(sorted: Float64Array, bins: number | undefined): number[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const width = Number.isFinite(max - min) ? max - min : max / 2 - min / 2;
  return equalWidthEdges(min, max, bins ?? sturgesBinCount(sorted.length, width));
}

function categorical(name: string, column: CategoricalColumn, source: string): Record<string, unknown> {
  const { dictionary } = column;
  const { counts } = categoryCounts(column);
  const out: Record<string, number> = {};
  dictionary.forEach((label, i) => {
    if (counts[i]! > 0) out[label] = (out[label] ?? 0) + counts[i]!;
  });
  if (Object.keys(out).length === 0) throw noValues(name, source);
  return { type: 'categorical', counts: out };
}

function noValues(name: string, source: string): InputError {
  return new InputError(
    `${source}: column '${name}' has no values (every cell is empty or not finite); leave it out with --exclude`,
  );
}

/** The edges a reference profile gives each feature, and which of its features are categorical. */
export function sharedEdges(features: ReadonlyMap<string, FeatureProfile>): {
  edges: Map<string, number[] | null>;
  categorical: Set<string>;
} {
  const edges = new Map<string, number[] | null>();
  const categorical = new Set<string>();
  for (const [name, feature] of features) {
    if (feature.kind === 'categorical') categorical.add(name);
    else edges.set(name, feature.edges ?? null);
  }
  return { edges, categorical };
}

/** The profile as JSON text: one key per line down to each feature's fields, arrays and counts on one line. */
export function profileText(document: ProfileDocument): string {
  const lines = ['{', '  "version": 1,', `  "rows": ${document.rows},`];
  if (document.description !== undefined)
    lines.push(`  "description": ${JSON.stringify(document.description)},`);
  lines.push('  "features": {');
  const entries = Object.entries(document.features);
  entries.forEach(([name, feature], i) => {
    const fields = Object.entries(feature).map(
      ([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
    );
    lines.push(
      `    ${JSON.stringify(name)}: {`,
      fields.join(',\n'),
      `    }${i < entries.length - 1 ? ',' : ''}`,
    );
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}
