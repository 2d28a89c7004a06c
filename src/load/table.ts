/**
 * Loading one side of the drift comparison: tables (CSV, JSON Lines, Parquet) or profiles (`.json`).
 * Several table files are concatenated (they must have the same columns); several profiles are merged.
 */
import * as path from 'node:path';
import type {
  CategoricalColumn,
  Column,
  DriftData,
  NumericColumn,
  Table,
  TableFormat,
} from '../data/types.js';
import { InputError } from '../errors.js';
import { displayPath, resolveFiles } from './files.js';
import { loadProfiles } from './profile.js';
import { readCsvTable } from './table-csv.js';
import { readJsonl } from './table-jsonl.js';
import { readParquet } from './table-parquet.js';

export interface ReadTableOptions {
  /** Read only these columns (others are skipped); undefined = all. */
  columns?: ReadonlySet<string>;
  /** Read these columns as categorical even when every value is a number. */
  categorical?: ReadonlySet<string>;
  /** How CSV files are read; unset parts are detected (delimiter, decimal) or defaulted (missing markers). */
  format?: Partial<TableFormat>;
}

const TABLE_EXTENSIONS = '.csv, .tsv, .jsonl, .ndjson, .parquet';

/** Read one table file, by extension. */
export async function readTable(file: string, shown: string, options: ReadTableOptions = {}): Promise<Table> {
  const extension = path.extname(file).toLowerCase();
  switch (extension) {
    case '.csv':
    case '.tsv':
      return readCsvTable(file, shown, options, extension === '.tsv');
    case '.jsonl':
    case '.ndjson':
      return readJsonl(file, shown, options);
    case '.parquet':
      return readParquet(file, shown, options);
    default:
      throw new InputError(
        `${shown}: unsupported file type '${extension || '(none)'}' (expected ${TABLE_EXTENSIONS}, or .json for a profile)`,
      );
  }
}

/** Resolve the paths / globs of one side and load them as one table or one profile set. */
export async function loadDriftData(
  patterns: readonly string[],
  what: 'reference-data' | 'current-data',
  cwd: string,
  options: ReadTableOptions = {},
): Promise<DriftData> {
  const files = await resolveFiles(patterns, what, cwd);
  if (files.length === 0) throw new InputError(`${what}: no file given`);
  const isProfile = (file: string) => path.extname(file).toLowerCase() === '.json';
  const profiles = files.filter(isProfile);
  if (profiles.length > 0 && profiles.length < files.length) {
    const table = files.find((file) => !isProfile(file))!;
    throw new InputError(
      `${what}: mixes a profile (${displayPath(profiles[0]!, cwd)}) with a data file ` +
        `(${displayPath(table, cwd)}); one side must be all profiles (.json) or all tables (${TABLE_EXTENSIONS})`,
    );
  }
  if (profiles.length > 0) {
    const entries = files.map((file) => ({ file, shown: displayPath(file, cwd) }));
    return { type: 'profile', profile: await loadProfiles(entries, what) };
  }
  return { type: 'table', table: await readTables(files, cwd, options) };
}

/**
 * Read and concatenate. A column that is categorical in any file must be categorical in all: files where it
 * came out numerical are read again with it forced categorical, so their labels keep the file's exact text.
 */
async function readTables(files: string[], cwd: string, options: ReadTableOptions): Promise<Table> {
  const tables: Table[] = [];
  for (const file of files) tables.push(await readTable(file, displayPath(file, cwd), options));
  if (tables.length === 1) return tables[0]!;

  const first = tables[0]!;
  for (const table of tables.slice(1)) checkSameColumns(first, table);
  const categorical = new Set(options.categorical ?? []);
  for (const table of tables) {
    for (const column of table.columns.values())
      if (column.kind === 'categorical') categorical.add(column.name);
  }
  for (const [i, table] of tables.entries()) {
    const mixed = [...table.columns.values()].some((c) => c.kind === 'numerical' && categorical.has(c.name));
    if (mixed) tables[i] = await readTable(files[i]!, table.source, { ...options, categorical });
  }
  return concatenate(tables);
}

function checkSameColumns(first: Table, other: Table): void {
  const missing = [...first.columns.keys()].filter((name) => !other.columns.has(name));
  const extra = [...other.columns.keys()].filter((name) => !first.columns.has(name));
  if (missing.length === 0 && extra.length === 0) return;
  const parts = [];
  if (missing.length > 0) parts.push(`lacks ${quoteList(missing)}`);
  if (extra.length > 0) parts.push(`has extra ${quoteList(extra)}`);
  throw new InputError(
    `${other.source}: ${parts.join(' and ')} compared with ${first.source} (files of one side are ` +
      `concatenated and need the same columns)`,
  );
}

function quoteList(names: string[]): string {
  const shown = names.slice(0, 5).map((name) => `'${name}'`);
  return `column${names.length === 1 ? '' : 's'} ${shown.join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
}

function concatenate(tables: Table[]): Table {
  const rowCount = tables.reduce((sum, table) => sum + table.rowCount, 0);
  const columns = new Map<string, Column>();
  for (const [name, column] of tables[0]!.columns) {
    const parts = tables.map((table) => table.columns.get(name)!);
    columns.set(
      name,
      column.kind === 'numerical'
        ? concatNumbers(name, parts as NumericColumn[], rowCount)
        : concatCategories(name, parts as CategoricalColumn[], rowCount),
    );
  }
  return { source: tables.map((table) => table.source).join(', '), rowCount, columns };
}

function concatNumbers(name: string, parts: NumericColumn[], rowCount: number): NumericColumn {
  const values = new Float64Array(rowCount);
  let at = 0;
  for (const part of parts) {
    values.set(part.values, at);
    at += part.values.length;
  }
  return { kind: 'numerical', name, values };
}

/** Merge dictionaries by label and remap each part's codes. */
function concatCategories(name: string, parts: CategoricalColumn[], rowCount: number): CategoricalColumn {
  const codes = new Int32Array(rowCount);
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  let at = 0;
  for (const part of parts) {
    const remap = part.dictionary.map((label) => {
      let code = index.get(label);
      if (code === undefined) {
        index.set(label, (code = dictionary.length));
        dictionary.push(label);
      }
      return code;
    });
    for (let i = 0; i < part.codes.length; i++) {
      const code = part.codes[i]!;
      codes[at++] = code < 0 ? -1 : remap[code]!;
    }
  }
  return { kind: 'categorical', name, codes, dictionary };
}
