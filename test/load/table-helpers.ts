/** Temporary files for the table reader tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';
import type { CategoricalColumn, Column, NumericColumn, Table } from '../../src/data/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tables-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

/** Write `content` to a fresh file with the given extension; returns its path. */
export function tempFile(extension: string, content: string | Uint8Array, name?: string): string {
  const file = path.join(dir, name ?? `t${++counter}${extension}`);
  writeFileSync(file, content);
  return file;
}

export const tempDir = dir;

export function numbers(table: Table, name: string): number[] {
  const column = table.columns.get(name);
  if (column?.kind !== 'numerical') throw new Error(`${name} is not numerical`);
  return Array.from((column as NumericColumn).values);
}

/** Category labels per row (null = missing). */
export function labels(table: Table, name: string): (string | null)[] {
  const column = table.columns.get(name);
  if (column?.kind !== 'categorical') throw new Error(`${name} is not categorical`);
  const { codes, dictionary } = column as CategoricalColumn;
  return Array.from(codes, (code) => (code < 0 ? null : dictionary[code]!));
}

export function kinds(table: Table): Record<string, Column['kind']> {
  return Object.fromEntries([...table.columns].map(([name, column]) => [name, column.kind]));
}
