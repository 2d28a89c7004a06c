/**
 * `.yaml` / `.yml`: one mapping of metrics, read with the `yaml` package (YAML 1.2 core schema, so `yes` is a
 * string and `"0.9"` stays a string) into the positioned tree that JSON shares.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { messageOf } from '../errors.js';
import {
  MAX_DEPTH,
  errorAt,
  flattenMetrics,
  topLevelEntries,
  type MetricsEntry,
  type MetricsNode,
  type ParsedMetrics,
  type Position,
} from './metrics-tree.js';

/** Readable versions of the yaml package's messages that point at its own API. */
const REWORDED: Record<string, string> = {
  MULTIPLE_DOCS: 'the file holds several YAML documents (---); a metrics file holds one mapping of metrics',
};

class YamlTreeBuilder {
  constructor(
    private readonly doc: Document,
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  position(node: unknown, fallback: Position): Position {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return fallback;
    const { line, col } = this.lines.linePos(range[0]);
    return { line, column: col };
  }

  node(node: unknown, fallback: Position, depth: number): MetricsNode {
    const at = this.position(node, fallback);
    if (depth > MAX_DEPTH) throw errorAt(this.file, at, `nested more than ${MAX_DEPTH} levels deep`);
    if (isAlias(node)) {
      // Aliases to plain values are allowed; to collections they are refused, so that a few lines of
      // anchors cannot expand into an exponential number of metrics.
      const target = node.resolve(this.doc);
      if (isScalar(target)) return { kind: 'leaf', value: target.value, at };
      throw errorAt(
        this.file,
        at,
        `alias *${node.source} must refer to a plain value, not a mapping or list`,
      );
    }
    if (isMap(node)) {
      const entries: MetricsEntry[] = node.items.map((pair) => {
        const keyAt = this.position(pair.key, at);
        return {
          key: this.keyName(pair.key, keyAt),
          at: keyAt,
          node: this.node(pair.value, keyAt, depth + 1),
        };
      });
      return { kind: 'mapping', entries, at };
    }
    if (isSeq(node)) {
      return { kind: 'list', items: node.items.map((item) => this.node(item, at, depth + 1)), at };
    }
    if (isScalar(node)) return { kind: 'leaf', value: node.value, at };
    return { kind: 'leaf', value: null, at }; // `key:` with nothing after it
  }

  /** Keys are names as written: `1.0: …` is the metric "1.0", not 1; quoted keys are their decoded text. */
  keyName(key: unknown, at: Position): string {
    if (isScalar(key)) {
      if (typeof key.value === 'string') return key.value;
      return key.source ?? String(key.value ?? '');
    }
    if (key === null || key === undefined) return '';
    throw errorAt(this.file, at, 'a metric name must be a plain key, not a list, mapping or alias');
  }
}

export function parseYamlMetrics(text: string, file: string): ParsedMetrics {
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The yaml package reports problems in doc.errors; this is only for the unexpected (e.g. stack depth).
    throw errorAt(file, { line: 1, column: 1 }, `cannot read YAML: ${messageOf(error)}`);
  }
  const [problem] = doc.errors;
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    const message = REWORDED[problem.code] ?? problem.message;
    throw errorAt(file, { line, column: col }, `invalid YAML: ${message}`);
  }
  if (doc.contents === null) return { current: new Map(), history: [] };
  const builder = new YamlTreeBuilder(doc, file, lines);
  const root = builder.node(doc.contents, { line: 1, column: 1 }, 1);
  return { current: flattenMetrics(topLevelEntries(root, file, 'YAML'), file), history: [] };
}
