import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../src/data/types.js';
import { readCsvTable } from '../../src/load/table-csv.js';
import { tempFile } from './table-helpers.js';

/*
 * The CSV reader has two lanes: rows of the usual shape are parsed straight into the columns (csv-fast.ts),
 * the rest by the general row splitter. Both must give the same table, whatever the rows hold.
 */

const numberCells = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x.toPrecision(17)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  // Cells a numerical column keeps (as numbers or missing); text turns it categorical (see 'late-text').
  fc.constantFrom('', 'NA', ' 1.5', '2 ', 'nan', '-inf', '1e999', '"3.25"', '.5', '5.', '-0', '""'),
);
const textCells = fc.oneof(
  fc.constantFrom('DE', 'FR', 'US', '', '"a,b"', '"line\nbreak"', '"say ""hi"""', 'x"y', 'NA', '1.0', '1'),
  fc.constantFrom('1e', '0x1f', '"1,5"'),
  fc.stringMatching(/^[a-z]{1,3}$/),
);

/** A column: its header and a cell generator (numbers, text, or numbers that meet text late). */
const columnKinds = ['number', 'text', 'late-text', 'empty-then-text'] as const;

function cell(kind: (typeof columnKinds)[number], row: number, rows: number, pick: () => string[]): string {
  const [number, text] = pick() as [string, string];
  if (kind === 'number') return number;
  if (kind === 'text') return text;
  if (kind === 'late-text') return row === rows - 3 ? 'late' : number;
  return row < rows / 2 ? '' : text;
}

function same(a: Table, b: Table): void {
  expect(a.rowCount).toBe(b.rowCount);
  expect([...a.columns.keys()]).toEqual([...b.columns.keys()]);
  expect(a.header).toEqual(b.header);
  for (const [name, x] of a.columns) {
    const y = b.columns.get(name)! as Column;
    expect(x.kind, name).toBe(y.kind);
    if (x.kind === 'numerical' && y.kind === 'numerical') {
      expect(
        Array.from(x.values).every((v, i) => Object.is(v, y.values[i])),
        name,
      ).toBe(true);
    } else if (x.kind === 'categorical' && y.kind === 'categorical') {
      const labelsOf = (c: typeof x) => Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]));
      expect(labelsOf(x), name).toEqual(labelsOf(y));
    }
  }
}

describe('CSV reader lanes', () => {
  it('read the same table with and without the fast lane', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...columnKinds), { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(numberCells, textCells), { minLength: 50, maxLength: 50 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async (kinds, pool, newline, seed) => {
          let state = seed;
          const pick = () => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            // Mostly plain numbers and words, now and then an odd cell from the pool.
            return state % 8 === 0
              ? pool[state % pool.length]!
              : [String((state % 1000) / 7), ['DE', 'FR', 'US'][state % 3]!];
          };
          const rows = 1500;
          const lines = [kinds.map((k, i) => `${k}${i}`).join(',')];
          for (let r = 0; r < rows; r++) {
            lines.push(kinds.map((k) => cell(k, r, rows, pick)).join(','));
            if (r === 1200) lines.push(''); // a blank line in the fast lane's stretch
          }
          const file = tempFile('.csv', lines.join(newline) + newline);
          const slow = await readCsvTable(file, 'data.csv', {}, false, Infinity);
          const fast = await readCsvTable(file, 'data.csv', {}, false, 0);
          same(fast, slow);
          const subset = { columns: new Set([`${kinds[0]}0`]) };
          same(
            await readCsvTable(file, 'data.csv', subset, false, 0),
            await readCsvTable(file, 'data.csv', subset, false, Infinity),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the header of columns it skipped', async () => {
    const file = tempFile('.csv', 'a,b,c\n1,x,3\n4,y,6\n');
    const table = await readCsvTable(file, 'data.csv', { wanted: (name) => name !== 'b' }, false, 0);
    expect([...table.columns.keys()]).toEqual(['a', 'c']);
    expect(table.header).toEqual(['a', 'b', 'c']);
  });
});
