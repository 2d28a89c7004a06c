/**
 * YAML documents parsed in time linear in their size, for metrics files and the config file.
 *
 * The yaml package's `uniqueKeys` check compares every key of a mapping with every earlier one: a mapping of
 * 20,000 keys took 33 s, 10,000 keys with aliases 10 s (measured with yaml 2.9). So documents are parsed with
 * `uniqueKeys: false`, and repeated keys are found here with one Map per mapping, reported with the package's
 * own message at the repeated key.
 */
import { isMap, isScalar, parseDocument, visit, type Document, type LineCounter } from 'yaml';

/** The first problem of a document, as an offset into the text and a message. */
export interface YamlProblem {
  offset: number;
  code: string;
  message: string;
}

export interface ParsedYaml {
  doc: Document;
  /** The first syntax error or repeated key, by position; null when the document is fine. */
  problem: YamlProblem | null;
}

export function parseYamlDocument(text: string, lineCounter: LineCounter): ParsedYaml {
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  let problem: YamlProblem | null = null;
  const consider = (candidate: YamlProblem) => {
    if (problem === null || candidate.offset < problem.offset) problem = candidate;
  };
  const [error] = doc.errors;
  if (error) consider({ offset: error.pos[0], code: error.code, message: error.message });
  visit(doc, {
    Map: (_key, map) => {
      if (!isMap(map)) return;
      const seen = new Map<unknown, true>();
      for (const pair of map.items) {
        // The package's equality: the same node, or scalars of equal value.
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.set(key, true);
          continue;
        }
        const range = (pair.key as { range?: [number, number, number] } | null)?.range;
        consider({ offset: range?.[0] ?? 0, code: 'DUPLICATE_KEY', message: 'Map keys must be unique' });
        break;
      }
    },
  });
  return { doc, problem };
}
