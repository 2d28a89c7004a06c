/** Reading the YAML config file, keeping node positions so later errors can point into it. */
import { LineCounter, type Document } from 'yaml';
import { InputError, messageOf } from '../errors.js';
import { readText } from '../load/files.js';
import { parseYamlDocument } from '../load/yaml.js';

/**
 * Aliases the config may use (the yaml package's default). Each alias is resolved by a scan of the document's
 * anchors, so the cap also bounds that work; a config needs few aliases.
 */
const MAX_ALIASES = 100;

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
  const { doc, problem } = parseYamlDocument(text, counter);
  if (problem) {
    const pos = counter.linePos(problem.offset);
    const what = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`${shown}: line ${pos.line}, column ${pos.col}: invalid YAML: ${what}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // ReferenceError from the yaml package: too many aliases, or an alias before its anchor.
    const what = /Excessive alias count/.test(messageOf(error))
      ? `too many aliases (*name); a config file may use at most ${MAX_ALIASES}`
      : messageOf(error);
    throw new InputError(`${shown}: invalid YAML: ${what}`);
  }
  if (data === null || data === undefined) return { shown, data: {}, doc, counter };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      `${shown}: line 1, column 1: expected a mapping of settings (metrics:, rules:, drift:, …)`,
    );
  }
  return { shown, data: data as Record<string, unknown>, doc, counter };
}
