/** Reading the YAML config file, keeping node positions so later errors can point into it. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../errors.js';
import { readText } from '../load/files.js';

export interface ConfigFile {
  /** Path as shown in messages. */
  shown: string;
  data: Record<string, unknown>;
  doc: Document;
  counter: LineCounter;
}

export async function readConfigFile(file: string, shown: string): Promise<ConfigFile> {
  return parseConfigText(await readText(file, shown), shown);
}

export function parseConfigText(text: string, shown: string): ConfigFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = counter.linePos(problem.pos[0]);
    const what = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`${shown}: line ${pos.line}, column ${pos.col}: invalid YAML: ${what}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) return { shown, data: {}, doc, counter };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      `${shown}: line 1, column 1: expected a mapping of settings (metrics:, rules:, drift:, …)`,
    );
  }
  return { shown, data: data as Record<string, unknown>, doc, counter };
}
