import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/data/types.js';
import { InputError } from '../../src/errors.js';
import { loadDriftData, readTable } from '../../src/load/table.js';
import { labels, numbers, tempDir } from './table-helpers.js';

let caseNumber = 0;
/** A fresh directory with the given files; returns its path (the cwd for loadDriftData). */
function workspace(files: Record<string, string>): string {
  const dir = path.join(tempDir, `ws${++caseNumber}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function loadTable(patterns: string[], cwd: string): Promise<Table> {
  const data = await loadDriftData(patterns, 'reference-data', cwd);
  if (data.type !== 'table') throw new Error('expected a table');
  return data.table;
}

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
};

describe('loadDriftData', () => {
  it('concatenates several files of one side (glob, sorted), merging category dictionaries', async () => {
    const cwd = workspace({
      'data/day1.csv': 'x,c\n1,a\n2,b\n',
      'data/day2.csv': 'c,x\nb,3\nz,\n',
      'data/day3.jsonl': '{"x": 5, "c": "a"}\n',
    });
    const table = await loadTable(['data/*.csv', 'data/day3.jsonl'], cwd);
    expect(table.source).toBe(
      `${path.join('data', 'day1.csv')}, ${path.join('data', 'day2.csv')}, ${path.join('data', 'day3.jsonl')}`,
    );
    expect(table.rowCount).toBe(5);
    expect([...table.columns.keys()]).toEqual(['x', 'c']);
    expect(numbers(table, 'x')).toEqual([1, 2, 3, NaN, 5]);
    expect(labels(table, 'c')).toEqual(['a', 'b', 'b', 'z', 'a']);
  });

  it('re-reads files where a column came out numerical when another file has it categorical (exact labels)', async () => {
    const cwd = workspace({ 'a.csv': 'code\n1.0\n2\n', 'b.csv': 'code\nX1\n1.0\n' });
    const table = await loadTable(['a.csv', 'b.csv'], cwd);
    expect(labels(table, 'code')).toEqual(['1.0', '2', 'X1', '1.0']);
    const codes = table.columns.get('code');
    expect(codes?.kind === 'categorical' && codes.dictionary).toEqual(['1.0', '2', 'X1']);
  });

  it('requires the same columns in every file, naming the file and the difference', async () => {
    const cwd = workspace({ 'a.csv': 'x,y,z\n1,2,3\n', 'b.csv': 'x,w\n1,2\n' });
    expect(await failure(loadTable(['a.csv', 'b.csv'], cwd))).toBe(
      "b.csv: lacks columns 'y', 'z' and has extra column 'w' compared with a.csv (files of one side are concatenated and need the same columns)",
    );
  });

  it('loads .json files as profiles and refuses to mix them with tables', async () => {
    const profile = '{"version": 1, "features": {"c": {"type": "categorical", "counts": {"a": 2}}}}';
    const cwd = workspace({ 'p.json': profile, 't.csv': 'c\na\n' });
    const data = await loadDriftData(['p.json'], 'current-data', cwd);
    expect(data.type).toBe('profile');
    expect(data.type === 'profile' && data.profile.features.get('c')).toEqual({
      kind: 'categorical',
      name: 'c',
      counts: { a: 2 },
    });
    expect(await failure(loadDriftData(['p.json', 't.csv'], 'current-data', cwd))).toBe(
      'current-data: mixes a profile (p.json) with a data file (t.csv); one side must be all profiles (.json) or all tables (.csv, .tsv, .jsonl, .ndjson, .parquet)',
    );
  });

  it('names the input when nothing matches and rejects unknown extensions', async () => {
    const cwd = workspace({ 'x.txt': 'a\n1\n' });
    expect(await failure(loadDriftData(['missing/*.csv'], 'reference-data', cwd))).toMatch(
      /^reference-data: no file matches 'missing\/\*\.csv'/,
    );
    expect(await failure(readTable(path.join(cwd, 'x.txt'), 'x.txt'))).toBe(
      "x.txt: unsupported file type '.txt' (expected .csv, .tsv, .jsonl, .ndjson, .parquet, or .json for a profile)",
    );
  });

  it('passes column selection through to the readers', async () => {
    const cwd = workspace({ 'a.csv': 'x,y,z\n1,2,3\n' });
    const data = await loadDriftData(['a.csv'], 'reference-data', cwd, { columns: new Set(['z']) });
    expect(data.type === 'table' && [...data.table.columns.keys()]).toEqual(['z']);
  });
});
