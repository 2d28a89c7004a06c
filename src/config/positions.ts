/** Map a path inside a parsed YAML document (e.g. ['drift', 'method']) to `line L, column C` for messages. */
import { isMap, isPair, isScalar, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export interface LinePos {
  line: number;
  column: number;
}

type PathKey = string | number;

export function toLinePos(counter: LineCounter, offset: number): LinePos {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

function nodeAt(doc: Document, path: readonly PathKey[]): Node | null {
  const node = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in (node as object) ? (node as Node) : null;
}

/** Position of the value at `path`, or of the nearest ancestor that exists. */
export function nodePositionOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PathKey[],
): LinePos | null {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? (doc.contents as Node | null) : nodeAt(doc, path.slice(0, depth));
    if (node?.range) return toLinePos(counter, node.range[0]);
  }
  return null;
}

/** Position of the KEY `key` inside the map at `path` (for "unknown key" errors). */
export function keyPositionOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PathKey[],
  key: string,
): LinePos | null {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(map)) {
    const pair = (map.items as Pair[]).find(
      (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key,
    );
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return toLinePos(counter, keyNode.range[0]);
  }
  return nodePositionOf(doc, counter, path);
}

/** Where a scalar string's text starts (after an opening quote), for rule columns. */
export function scalarTextStart(
  doc: Document,
  counter: LineCounter,
  path: readonly PathKey[],
): LinePos | null {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return null;
  const pos = toLinePos(counter, node.range[0]);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return quoted ? { line: pos.line, column: pos.column + 1 } : pos;
}
