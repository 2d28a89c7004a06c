/**
 * The profile format (docs/profile-format.md, schemas/profile.schema.json): pre-aggregated histograms and
 * category counts, for when raw rows cannot leave their system.
 *
 *   {"version": 1, "rows": 1000,
 *    "features": {"age": {"type": "numerical", "edges": [0, 30, 60, 90], "counts": [10, 20, 5]},
 *                 "country": {"type": "categorical", "counts": {"DE": 10, "FR": 3}}}}
 *
 * Syntax errors come from JSON.parse (position when it gives one); every other error points at the offending
 * value by line and column, found with the `yaml` package, which parses JSON text and keeps source ranges.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { FeatureProfile, ProfileSet } from '../data/types.js';
import { InputError, messageOf } from '../errors.js';
import { readText } from './files.js';

type Path = (string | number)[];

const ROOT_KEYS = ['version', 'rows', 'features', 'description'];
const NUMERICAL_KEYS = ['type', 'edges', 'counts'];
const CATEGORICAL_KEYS = ['type', 'counts'];

/** Parse and validate the text of one profile file. */
export function parseProfile(text: string, shown: string): ProfileSet {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${shown}: ${syntaxPosition(text, messageOf(error))}not valid JSON (${cleanJsonMessage(error)})`,
    );
  }
  const checker = new ProfileChecker(text, shown);
  return { source: shown, features: checker.check(root) };
}

/** Read one profile file. */
export async function readProfile(file: string, shown: string): Promise<ProfileSet> {
  return parseProfile(await readText(file, shown), shown);
}

/**
 * Read several profiles of one side and merge them: a feature in several files has its counts added
 * (numerical features need identical edges).
 */
export async function loadProfiles(
  entries: { file: string; shown: string }[],
  what: string,
): Promise<ProfileSet> {
  const features = new Map<string, FeatureProfile>();
  const origin = new Map<string, string>();
  for (const { file, shown } of entries) {
    const profile = await readProfile(file, shown);
    for (const [name, feature] of profile.features) {
      const earlier = features.get(name);
      if (!earlier) {
        features.set(name, feature);
        origin.set(name, shown);
        continue;
      }
      features.set(
        name,
        mergeFeature(earlier, feature, `${what}: feature '${name}' in ${shown} and ${origin.get(name)}`),
      );
    }
  }
  return { source: entries.map((e) => e.shown).join(', '), features };
}

function mergeFeature(a: FeatureProfile, b: FeatureProfile, where: string): FeatureProfile {
  if (a.kind === 'numerical' && b.kind === 'numerical') {
    if (a.edges.length !== b.edges.length || a.edges.some((edge, i) => edge !== b.edges[i])) {
      throw new InputError(`${where}: histograms have different edges; merged profiles need identical edges`);
    }
    return { ...a, counts: a.counts.map((count, i) => count + b.counts[i]!) };
  }
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    const counts = { ...a.counts };
    for (const [label, count] of Object.entries(b.counts)) counts[label] = (counts[label] ?? 0) + count;
    return { ...a, counts };
  }
  throw new InputError(`${where}: one is numerical and the other categorical`);
}

class ProfileChecker {
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
      const total = feature.kind === 'numerical' ? sum(feature.counts) : sum(Object.values(feature.counts));
      if (total === 0)
        this.fail(['features', name, 'counts'], 'all counts are 0; expected at least one observation');
      if (rows !== undefined && total > rows) {
        this.fail(['features', name, 'counts'], `counts add up to ${total}, more than "rows" (${rows})`);
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
      const edges = this.array(spec.edges, [...path, 'edges'], 'an array of at least 2 increasing bin edges');
      if (edges.length < 2) this.fail([...path, 'edges'], `has ${edges.length} edge(s); expected at least 2`);
      edges.forEach((edge, i) => {
        if (typeof edge !== 'number')
          this.fail([...path, 'edges', i], `expected a number, found ${describe(edge)}`);
        if (i > 0 && !((edge as number) > (edges[i - 1] as number))) {
          this.fail(
            [...path, 'edges', i],
            `${edge} is not greater than the previous edge ${describe(edges[i - 1])} (edges must increase)`,
          );
        }
      });
      const counts = this.array(spec.counts, [...path, 'counts'], 'an array of bin counts');
      if (counts.length !== edges.length - 1) {
        this.fail(
          [...path, 'counts'],
          `has ${counts.length} count(s); expected ${edges.length - 1} (one per bin: edges minus 1)`,
        );
      }
      return {
        kind: 'numerical',
        name,
        edges: edges as number[],
        counts: counts.map((count, i) => this.count(count, [...path, 'counts', i])),
      };
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

function syntaxPosition(text: string, message: string): string {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : /end of JSON input/.test(message) ? text.length : -1;
  if (offset < 0) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}: `;
}

/** V8 quotes the whole input in some messages; drop that copy. */
function cleanJsonMessage(error: unknown): string {
  return messageOf(error)
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
}
