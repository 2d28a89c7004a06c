/**
 * `.yaml` / `.yml`: one mapping of metrics, read with the `yaml` package (YAML 1.2 core schema, so `yes` is a
 * string and `"0.9"` stays a string) into the positioned tree that JSON shares.
 */
import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type Node,
} from 'yaml';
import { messageOf } from '../errors.js';
import { parseYamlDocument, type YamlProblem } from './yaml.js';
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

/**
 * What each alias refers to — the last node with its anchor before it, in document order, as YAML defines —
 * found in one pass over the document. The yaml package's own `Alias.resolve` walks the whole document again
 * for every alias (and scans every earlier anchor), which is quadratic: 10,000 aliases to one scalar took
 * minutes. This pass is linear.
 */
function aliasTargets(doc: Document): Map<Alias, Node | undefined> {
  const latest = new Map<string, Node>();
  const targets = new Map<Alias, Node | undefined>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, latest.get(node.source));
      else if (node.anchor) latest.set(node.anchor, node);
    },
  });
  return targets;
}

class YamlTreeBuilder {
  private readonly targets: Map<Alias, Node | undefined>;

  constructor(
    doc: Document,
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {
    this.targets = aliasTargets(doc);
  }

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
      const target = this.targets.get(node);
      if (target === undefined)
        throw errorAt(this.file, at, `alias *${node.source} has no anchor &${node.source} before it`);
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
  let problem: YamlProblem | null;
  try {
    ({ doc, problem } = parseYamlDocument(text, lines));
  } catch (error) {
    // The yaml package reports problems in doc.errors; this is only for the unexpected (e.g. stack depth).
    throw errorAt(file, { line: 1, column: 1 }, `cannot read YAML: ${messageOf(error)}`);
  }
  if (problem) {
    const { line, col } = lines.linePos(problem.offset);
    const message = REWORDED[problem.code] ?? problem.message;
    throw errorAt(file, { line, column: col }, `invalid YAML: ${message}`);
  }
  if (doc.contents === null) return { current: new Map(), metadata: new Map(), history: [] };
  const builder = new YamlTreeBuilder(doc, file, lines);
  const root = builder.node(doc.contents, { line: 1, column: 1 }, 1);
  const flat = flattenMetrics(topLevelEntries(root, file, 'YAML'), file);
  return { current: flat.values, metadata: flat.metadata, history: [] };
}
