/**
 * Loading the model's metrics files (current, and optionally baseline) into one map of name → number.
 *
 * Formats, chosen by extension: .json, .yaml/.yml (one mapping; nested keys flatten to `eval.accuracy`),
 * .jsonl/.ndjson (one object per line; the last line is current, earlier lines history) and .csv (long
 * `metric,value` form, or wide form with metric names as the header; several rows = history).
 *
 * Several files merge into one set of metrics: a name may appear in more than one file only with the same
 * value. History is concatenated per file, in file order (the order of the patterns, then sorted paths
 * within a pattern), each file's history oldest first.
 */
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { displayPath, readText, resolveFiles } from './files.js';
import { parseCsvMetrics } from './metrics-csv.js';
import { parseJsonLinesMetrics, parseJsonMetrics } from './metrics-json.js';
import { quote, type ParsedMetrics } from './metrics-tree.js';
import { parseYamlMetrics } from './metrics-yaml.js';

export interface MetricsFile {
  /** Display path, as used in messages. */
  file: string;
  current: Map<string, number>;
  /** Keys holding strings, dates, null or lists: metadata, not metrics. */
  metadata: Map<string, unknown>;
  /** Earlier rows / lines of the file, oldest first (empty for .json and .yaml). */
  history: Map<string, number>[];
}

export interface LoadedMetrics {
  values: Map<string, number>;
  metadata: Map<string, unknown>;
  /** Metric (or metadata) name → display path of the (first) file that defines it. */
  sources: Map<string, string>;
  history: Map<string, number>[];
  /** Display paths of the files read, in order. */
  files: string[];
}

interface Format {
  parse: (text: string, file: string) => ParsedMetrics;
  /** What a usable file looks like, for the "no metrics" message. */
  example: string;
}

const JSON_LINES: Format = {
  parse: parseJsonLinesMetrics,
  example: 'one JSON object per line such as {"accuracy": 0.93}, the last line being current',
};
const YAML: Format = { parse: parseYamlMetrics, example: 'a mapping such as "accuracy: 0.93"' };

const FORMATS: Record<string, Format> = {
  '.json': { parse: parseJsonMetrics, example: 'an object such as {"accuracy": 0.93}' },
  '.yaml': YAML,
  '.yml': YAML,
  '.jsonl': JSON_LINES,
  '.ndjson': JSON_LINES,
  '.csv': {
    parse: parseCsvMetrics,
    example: 'a header of metric names and a row of values, or a metric,value header and one metric per row',
  },
};

/** Pure: parse one file's text (format by extension of `file`); `file` is the display path used in messages. */
export function parseMetricsText(text: string, file: string): MetricsFile {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    const found = extension === '' ? 'no extension' : `extension '${extension}'`;
    throw new InputError(
      `${file}: unsupported metrics file (${found}); supported: ${Object.keys(FORMATS).join(', ')}`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { current, metadata, history } = format.parse(body, file);
  if (current.size === 0 && metadata.size === 0) {
    throw new InputError(`${file}: no metrics found, expected ${format.example}`);
  }
  return { file, current, metadata, history };
}

/**
 * Resolve the paths / globs (each must match), parse every file and merge them. No patterns → empty result
 * (e.g. no baseline configured).
 */
export async function loadMetrics(
  patterns: readonly string[],
  what: 'metrics' | 'baseline',
  cwd: string,
): Promise<LoadedMetrics> {
  const loaded: LoadedMetrics = {
    values: new Map(),
    metadata: new Map(),
    sources: new Map(),
    history: [],
    files: [],
  };
  for (const absolute of await resolveFiles(patterns, what, cwd)) {
    const shown = displayPath(absolute, cwd);
    const parsed = parseMetricsText(await readText(absolute, shown), shown);
    const entries: [string, unknown][] = [...parsed.current, ...parsed.metadata];
    for (const [name, value] of entries) {
      const numeric = typeof value === 'number' && parsed.current.has(name);
      const earlier = loaded.values.has(name) ? loaded.values.get(name) : loaded.metadata.get(name);
      const defined = loaded.sources.has(name);
      if (!defined) {
        if (numeric) loaded.values.set(name, value);
        else loaded.metadata.set(name, value);
        loaded.sources.set(name, shown);
      } else if (JSON.stringify(earlier) !== JSON.stringify(value) || loaded.values.has(name) !== numeric) {
        throw new InputError(
          `${what}: metric ${quote(name)} has two different values: ${show(earlier)} in ` +
            `${loaded.sources.get(name)} and ${show(value)} in ${shown}; a metric may appear in several files ` +
            'only with the same value',
        );
      }
    }
    // One by one: spreading a long history into push() overflows the call stack (~125k rows).
    for (const row of parsed.history) loaded.history.push(row);
    loaded.files.push(shown);
  }
  return loaded;
}

function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}
