/**
 * What JSON, JSONL and YAML metrics files have in common once parsed: a tree of mappings, lists and leaf values,
 * every node carrying the line and column where it starts, so that a bad value is reported where it is.
 * `flattenMetrics` turns a top-level mapping into metric names (nested keys joined with `.`) and numbers, and
 * keeps every other leaf (strings such as `"churn-v3"`, dates, null, lists) as metadata.
 */
import { InputError, formatPosition } from '../errors.js';

/** 1-based line and column (UTF-16 code units) in the file. */
export interface Position {
  line: number;
  column: number;
}

export type MetricsNode =
  | { kind: 'mapping'; entries: MetricsEntry[]; at: Position }
  | { kind: 'list'; items: MetricsNode[]; at: Position }
  /** string, number, boolean or null as the file wrote it; checked only when it becomes a metric. */
  | { kind: 'leaf'; value: unknown; at: Position };

export interface MetricsEntry {
  key: string;
  /** Where the key starts. */
  at: Position;
  node: MetricsNode;
}

/** Deeper nesting than this is refused (and keeps the recursive readers far from the stack limit). */
export const MAX_DEPTH = 100;

/** What a single-file parser hands back; `parseMetricsText` adds the file name. */
export interface ParsedMetrics {
  current: Map<string, number>;
  /** Keys of the current row / object that hold no number: strings, dates, null, lists (as plain JSON values). */
  metadata: Map<string, unknown>;
  history: Map<string, number>[];
}

/** `file: line L, column C: message` as an InputError. */
export function errorAt(file: string, at: Position, message: string): InputError {
  return new InputError(`${formatPosition({ file, ...at })}: ${message}`);
}

/** Offset → line/column for a whole text (line starts found once, then binary search). */
export function positionFinder(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // \n, or a \r not followed by \n, ends a line.
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** A metric name or untrusted value for a message: quoted, and cut when very long. */
export function quote(text: string, max = 80): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `'${shown}'`;
}

/** A short description of a found value, for "expected a number, got …". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
    return `string ${shown}`;
  }
  if (typeof value === 'number') return String(value);
  return typeof value;
}

/**
 * A leaf value: finite numbers as they are and booleans as 1/0 (`{ value }`); strings, null and lists are
 * metadata (`{ metadata }`); a number that is not finite (1e999, YAML's .nan / .inf) is an error.
 */
export function metricValue(
  value: unknown,
  name: string,
  file: string,
  at: Position,
): { value: number } | { metadata: unknown } {
  if (typeof value === 'boolean') return { value: value ? 1 : 0 };
  if (typeof value === 'number' && Number.isFinite(value)) return { value };
  if (typeof value === 'number') {
    throw errorAt(file, at, `metric ${quote(name)}: expected a finite number, got ${describeValue(value)}`);
  }
  return { metadata: value ?? null };
}

/** A list node as a plain JSON value, for metadata. */
function plain(node: MetricsNode): unknown {
  if (node.kind === 'leaf') return node.value;
  if (node.kind === 'list') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.node)]));
}

/** What `flattenMetrics` gives: numbers and metadata, by flattened name. */
export interface FlatMetrics {
  values: Map<string, number>;
  metadata: Map<string, unknown>;
}

/**
 * Metric names and values from a top-level mapping. Nested mappings flatten to dotted names (`eval.accuracy`);
 * empty mappings contribute nothing; a name produced twice (`{"a.b": 1, "a": {"b": 2}}`, or a repeated key)
 * is an error naming both places.
 */
export function flattenMetrics(entries: readonly MetricsEntry[], file: string): FlatMetrics {
  const values = new Map<string, number>();
  const metadata = new Map<string, unknown>();
  const definedAt = new Map<string, Position>();
  const walk = (list: readonly MetricsEntry[], prefix: string, depth: number): void => {
    for (const entry of list) {
      if (entry.key === '') throw errorAt(file, entry.at, 'empty metric name (a key must not be empty)');
      const name = prefix === '' ? entry.key : `${prefix}.${entry.key}`;
      const { node } = entry;
      if (node.kind === 'mapping') {
        if (depth >= MAX_DEPTH) throw errorAt(file, node.at, `nested more than ${MAX_DEPTH} levels deep`);
        walk(node.entries, name, depth + 1);
        continue;
      }
      const first = definedAt.get(name);
      if (first) {
        throw errorAt(
          file,
          entry.at,
          `metric ${quote(name)} is defined twice (first at ${formatPosition(first)}); names must be unique ` +
            'after nested keys are joined with "."',
        );
      }
      const read = metricValue(node.kind === 'list' ? plain(node) : node.value, name, file, node.at);
      if ('value' in read) values.set(name, read.value);
      else metadata.set(name, read.metadata);
      definedAt.set(name, entry.at);
    }
  };
  walk(entries, '', 1);
  return { values, metadata };
}

/** The top level of a JSON/YAML document must be a mapping; say what was found and what to do instead. */
export function topLevelEntries(root: MetricsNode, file: string, format: 'JSON' | 'YAML'): MetricsEntry[] {
  if (root.kind === 'mapping') return root.entries;
  const found = root.kind === 'list' ? 'a list' : describeValue(root.value);
  const hint =
    root.kind === 'list'
      ? '; for a history of runs use a .jsonl file, one object per line, the last line being current'
      : '';
  const example = format === 'JSON' ? '{"accuracy": 0.93}' : 'accuracy: 0.93';
  throw errorAt(
    file,
    root.at,
    `the top level is ${found}, expected a mapping of metric names to numbers such as ${example}${hint}`,
  );
}
