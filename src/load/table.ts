/**
 * Loading one side of the drift comparison: tables (CSV, JSON Lines, Parquet) or profiles (`.json`).
 * Several table files are concatenated (they must have the same columns); several profiles are merged.
 */
import * as path from 'node:path';
import type {
  CategoricalColumn,
  Column,
  ColumnSource,
  DriftData,
  DriftSource,
  NumericColumn,
  Table,
} from '../data/types.js';
import { InputError } from '../errors.js';
import { displayPath, resolveFiles } from './files.js';
import { loadProfiles } from './profile.js';
import { readCsvTable } from './table-csv.js';
import { readJsonl } from './table-jsonl.js';
import type { ParquetFile } from './table-parquet.js';
import type { ReadTableOptions } from './table-options.js';

export type { ReadTableOptions } from './table-options.js';

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
      // Imported on first use: CSV and JSONL runs never load the Parquet reader and its codecs.
      return (await import('./table-parquet.js')).readParquet(file, shown, options);
    default:
      throw new InputError(
        `${shown}: unsupported file type '${extension || '(none)'}' (expected ${TABLE_EXTENSIONS}, or .json for a profile)`,
      );
  }
}

/** The files of one side, all profiles or all tables (a mix is an error naming both). */
async function sideFiles(
  patterns: readonly string[],
  what: string,
  cwd: string,
): Promise<{ files: string[]; profiles: boolean }> {
  const files = await resolveFiles(patterns, what, cwd);
  if (files.length === 0) throw new InputError(`${what}: no file given`);
  const profiles = files.filter(isProfile);
  if (profiles.length > 0 && profiles.length < files.length) {
    const table = files.find((file) => !isProfile(file))!;
    throw new InputError(
      `${what}: mixes a profile (${displayPath(profiles[0]!, cwd)}) with a data file ` +
        `(${displayPath(table, cwd)}); one side must be all profiles (.json) or all tables (${TABLE_EXTENSIONS})`,
    );
  }
  return { files, profiles: profiles.length > 0 };
}

const isProfile = (file: string) => path.extname(file).toLowerCase() === '.json';
const isParquet = (file: string) => path.extname(file).toLowerCase() === '.parquet';

/** Resolve the paths / globs of one side and load them as one table or one profile set. */
export async function loadDriftData(
  patterns: readonly string[],
  what: string,
  cwd: string,
  options: ReadTableOptions = {},
): Promise<DriftData> {
  const { files, profiles } = await sideFiles(patterns, what, cwd);
  if (profiles) {
    const entries = files.map((file) => ({ file, shown: displayPath(file, cwd) }));
    return { type: 'profile', profile: await loadProfiles(entries, what) };
  }
  return { type: 'table', table: await readTables(files, cwd, options) };
}

/**
 * One side for the drift engine, which takes its columns one feature at a time (data/types.ts ColumnSource):
 * Parquet columns are read when taken, so memory holds the feature being tested rather than the table; CSV
 * and JSON Lines are read in one pass and each column is handed over (and forgotten here) when taken.
 */
export async function openDriftSource(
  patterns: readonly string[],
  what: 'reference-data' | 'current-data',
  cwd: string,
  options: ReadTableOptions = {},
): Promise<DriftSource> {
  const { files, profiles } = await sideFiles(patterns, what, cwd);
  if (profiles) {
    const entries = files.map((file) => ({ file, shown: displayPath(file, cwd) }));
    return { type: 'profile', profile: await loadProfiles(entries, what) };
  }
  if (files.every(isParquet)) return { type: 'columns', columns: await parquetSource(files, cwd, options) };
  return { type: 'columns', columns: tableSource(await readTables(files, cwd, options)) };
}

/** Hands over the columns of a table read in full, each once. */
function tableSource(table: Table): ColumnSource {
  const columns = new Map(table.columns);
  return {
    source: table.source,
    rowCount: table.rowCount,
    names: table.header ?? [...columns.keys()],
    take: (name) => {
      const column = columns.get(name);
      if (!column) throw new Error(`${table.source}: column '${name}' was not read or taken already`);
      columns.delete(name);
      return Promise.resolve(column);
    },
  };
}

/** Reads a column of the Parquet files when taken (concatenated over the files, as readTables does). */
async function parquetSource(files: string[], cwd: string, options: ReadTableOptions): Promise<ColumnSource> {
  const { openParquet } = await import('./table-parquet.js');
  const opened: ParquetFile[] = [];
  for (const file of files) opened.push(await openParquet(file, displayPath(file, cwd), options));
  const first = opened[0]!;
  for (const other of opened.slice(1)) {
    checkSameColumns(
      { source: first.source, names: first.header },
      { source: other.source, names: other.header },
    );
  }
  return {
    source: opened.map((file) => file.source).join(', '),
    rowCount: opened.reduce((sum, file) => sum + file.rowCount, 0),
    names: first.header,
    take: async (name) => {
      let parts: Column[] = [];
      for (const file of opened) parts.push(await file.read(name));
      if (parts.length === 1) return parts[0]!;
      // A column that is text in any file is read as labels in all (as readTables does).
      if (
        parts.some((part) => part.kind === 'categorical') &&
        parts.some((part) => part.kind === 'numerical')
      ) {
        parts = [];
        for (const file of opened) parts.push(await file.read(name, true));
      }
      const rows = opened.reduce((sum, file) => sum + file.rowCount, 0);
      return parts[0]!.kind === 'numerical'
        ? concatNumbers(name, parts as NumericColumn[], rows)
        : concatCategories(name, parts as CategoricalColumn[], rows);
    },
  };
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
  const names = (table: Table) => ({
    source: table.source,
    names: table.header ?? [...table.columns.keys()],
  });
  for (const table of tables.slice(1)) checkSameColumns(names(first), names(table));
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

function checkSameColumns(
  first: { source: string; names: readonly string[] },
  other: { source: string; names: readonly string[] },
): void {
  const firstNames = new Set(first.names);
  const otherNames = new Set(other.names);
  const missing = first.names.filter((name) => !otherNames.has(name));
  const extra = other.names.filter((name) => !firstNames.has(name));
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
  const header = tables[0]!.header;
  return {
    source: tables.map((table) => table.source).join(', '),
    rowCount,
    columns,
    ...(header ? { header } : {}),
  };
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
