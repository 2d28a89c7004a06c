/**
 * Validation of one parsed profile (docs/profile-format.md): every problem points at the offending value by
 * line and column, found with the `yaml` package, which parses JSON text and keeps source ranges.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { FeatureProfile, QuantileSummary } from '../data/types.js';
import { InputError } from '../errors.js';

type Path = (string | number)[];

const ROOT_KEYS = ['version', 'rows', 'features', 'description'];
const NUMERICAL_KEYS = ['type', 'count', 'edges', 'counts', 'quantiles', 'std', 'quantile_error'];
const CATEGORICAL_KEYS = ['type', 'counts'];

export class ProfileChecker {
  private document: Document | null = null;
  private lines: LineCounter | null = null;

  constructor(
    private readonly text: string,
    private readonly shown: string,
  ) {}

  check(root: unknown): Map<string, FeatureProfile> {
    const duplicate = this.doc().errors.find((error) => error.code === 'DUPLICATE_KEY');
    if (duplicate) {
      const { line, col } = duplicate.linePos![0];
      throw new InputError(
        `${this.shown}: line ${line}, column ${col}: a key appears twice in the same object`,
      );
    }
    const top = this.object(root, [], 'a profile object with "version" and "features"');
    this.knownKeys(top, [], ROOT_KEYS);
    if (top.version !== 1)
      this.fail(['version'], `expected 1, found ${describe(top.version)}`, !('version' in top));
    let rows: number | undefined;
    if ('rows' in top) rows = this.count(top.rows, ['rows']);
    if ('description' in top && typeof top.description !== 'string') {
      this.fail(['description'], `expected a string, found ${describe(top.description)}`);
    }
    if (!('features' in top)) this.fail(['features'], 'missing: expected an object of features', true);
    const features = this.object(top.features, ['features'], 'an object mapping feature names to histograms');
    const names = Object.keys(features);
    if (names.length === 0) this.fail(['features'], 'has no features; expected at least one');

    const result = new Map<string, FeatureProfile>();
    for (const name of names) {
      const feature = this.feature(name, features[name]);
      const total = totalOf(feature);
      const at = feature.kind === 'numerical' && !feature.counts ? 'count' : 'counts';
      if (total === 0)
        this.fail(['features', name, at], 'all counts are 0; expected at least one observation');
      if (rows !== undefined && total > rows) {
        const what = at === 'count' ? `count ${total} is` : `counts add up to ${total},`;
        this.fail(['features', name, at], `${what} more than "rows" (${rows})`);
      }
      result.set(name, feature);
    }
    return result;
  }

  private feature(name: string, value: unknown): FeatureProfile {
    const path: Path = ['features', name];
    const spec = this.object(value, path, 'an object with "type" and "counts"');
    if (spec.type === 'numerical') {
      this.knownKeys(spec, path, NUMERICAL_KEYS);
      return this.numerical(name, spec, path);
    }
    if (spec.type === 'categorical') {
      this.knownKeys(spec, path, CATEGORICAL_KEYS);
      const counts = this.object(spec.counts, [...path, 'counts'], 'an object mapping categories to counts');
      if (Object.keys(counts).length === 0)
        this.fail([...path, 'counts'], 'is empty; expected at least one category');
      const checked: Record<string, number> = {};
      for (const [label, count] of Object.entries(counts))
        checked[label] = this.count(count, [...path, 'counts', label]);
      return { kind: 'categorical', name, counts: checked };
    }
    return this.fail(
      [...path, 'type'],
      `expected "numerical" or "categorical", found ${describe(spec.type)}`,
      !('type' in spec),
    );
  }

  /** A numerical feature: a histogram (edges + counts), quantiles (+ count, std), or both. */
  private numerical(name: string, spec: Record<string, unknown>, path: Path): FeatureProfile {
    const hasHistogram = 'edges' in spec || 'counts' in spec;
    if (!hasHistogram && !('quantiles' in spec)) {
      this.fail(path, 'a numerical feature needs a histogram ("edges" and "counts"), "quantiles", or both');
    }
    const feature: FeatureProfile = { kind: 'numerical', name };
    if (hasHistogram) {
      const edges = this.numbers(
        spec.edges,
        [...path, 'edges'],
        'an array of at least 2 increasing bin edges',
      );
      if (edges.length < 2) this.fail([...path, 'edges'], `has ${edges.length} edge(s); expected at least 2`);
      this.increasing(edges, [...path, 'edges'], true);
      const counts = this.array(spec.counts, [...path, 'counts'], 'an array of bin counts');
      if (counts.length !== edges.length - 1) {
        this.fail(
          [...path, 'counts'],
          `has ${counts.length} count(s); expected ${edges.length - 1} (one per bin: edges minus 1)`,
        );
      }
      feature.edges = edges;
      feature.counts = counts.map((count, i) => this.count(count, [...path, 'counts', i]));
    }
    const count = 'count' in spec ? this.count(spec.count, [...path, 'count']) : undefined;
    if (count !== undefined && feature.counts && count !== sum(feature.counts)) {
      this.fail(
        [...path, 'count'],
        `${count} differs from the histogram's total ${sum(feature.counts)} (both count the non-missing values)`,
      );
    }
    if ('quantiles' in spec) feature.quantiles = this.quantiles(spec, path, count);
    else {
      for (const key of ['std', 'quantile_error'])
        if (key in spec) this.fail([...path, key], 'is only read with "quantiles"', false, true);
    }
    return feature;
  }

  private quantiles(spec: Record<string, unknown>, path: Path, count: number | undefined): QuantileSummary {
    const values = this.numbers(spec.quantiles, [...path, 'quantiles'], 'an array of at least 2 quantiles');
    if (values.length < 2) {
      this.fail(
        [...path, 'quantiles'],
        `has ${values.length} value(s); expected at least 2 (minimum and maximum)`,
      );
    }
    this.increasing(values, [...path, 'quantiles'], false);
    if (count === undefined) {
      this.fail([...path, 'count'], 'missing: quantiles need the number of values they summarise', true);
    }
    if (!('std' in spec))
      this.fail([...path, 'std'], 'missing: quantiles need the standard deviation (stddev_pop)', true);
    const std = spec.std;
    if (typeof std !== 'number' || !(std >= 0)) {
      this.fail(
        [...path, 'std'],
        `expected a non-negative number (stddev_pop of the values), found ${describe(std)}`,
      );
    }
    const summary: QuantileSummary = { values, count, std };
    if ('quantile_error' in spec) {
      const error = spec.quantile_error;
      if (typeof error !== 'number' || !(error >= 0 && error < 1)) {
        this.fail(
          [...path, 'quantile_error'],
          `expected the quantiles' rank error as a share of count, 0 <= error < 1, found ${describe(error)}`,
        );
      }
      summary.rankError = error;
    }
    return summary;
  }

  private numbers(value: unknown, path: Path, expected: string): number[] {
    const items = this.array(value, path, expected);
    items.forEach((item, i) => {
      if (typeof item !== 'number') this.fail([...path, i], `expected a number, found ${describe(item)}`);
    });
    return items as number[];
  }

  /** Edges strictly increase; quantiles never decrease. */
  private increasing(values: number[], path: Path, strictly: boolean): void {
    for (let i = 1; i < values.length; i++) {
      const [a, b] = [values[i - 1]!, values[i]!];
      if (strictly ? b > a : b >= a) continue;
      this.fail(
        [...path, i],
        strictly
          ? `${b} is not greater than the previous edge ${a} (edges must increase)`
          : `${b} is less than the previous quantile ${a} (quantiles must not decrease)`,
      );
    }
  }

  private count(value: unknown, path: Path): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(path, `expected a non-negative integer count, found ${describe(value)}`);
    }
    return value as number;
  }

  private object(value: unknown, path: Path, expected: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(path, `expected ${expected}, found ${describe(value)}`, value === undefined);
    }
    return value as Record<string, unknown>;
  }

  private array(value: unknown, path: Path, expected: string): unknown[] {
    if (!Array.isArray(value))
      this.fail(path, `expected ${expected}, found ${describe(value)}`, value === undefined);
    return value as unknown[];
  }

  private knownKeys(value: Record<string, unknown>, path: Path, allowed: string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail([...path, key], `unknown key (allowed here: ${allowed.join(', ')})`, false, true);
    }
  }

  /** Throw an InputError at `path`; a missing key points at its parent object. */
  private fail(path: Path, problem: string, missing = false, atKey = false): never {
    const where = missing ? path.slice(0, -1) : path;
    throw new InputError(`${this.shown}: ${this.position(where, atKey)}${pathText(path)}: ${problem}`);
  }

  private position(path: Path, atKey: boolean): string {
    const doc = this.doc();
    let range: [number, number, number] | undefined;
    if (atKey && path.length > 0) {
      const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] })
        ?.items;
      range = items?.find((pair) => pair.key?.value === path[path.length - 1])?.key?.range;
    } else {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      range = (node as { range?: [number, number, number] } | undefined)?.range;
    }
    if (!range) return '';
    const { line, col } = this.lines!.linePos(range[0]);
    return `line ${line}, column ${col}: `;
  }

  private doc(): Document {
    if (!this.document) {
      this.lines = new LineCounter();
      this.document = parseDocument(this.text, { lineCounter: this.lines, keepSourceTokens: false });
    }
    return this.document;
  }
}

function pathText(path: Path): string {
  if (path.length === 0) return 'profile';
  return path
    .map((part, i) =>
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_][\w-]*$/.test(part)
          ? `${i ? '.' : ''}${part}`
          : `[${JSON.stringify(part)}]`,
    )
    .join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Values a feature counts: its histogram's total, its quantiles' count, or its category counts' total. */
function totalOf(feature: FeatureProfile): number {
  if (feature.kind === 'categorical') return sum(Object.values(feature.counts));
  return feature.counts ? sum(feature.counts) : feature.quantiles!.count;
}
