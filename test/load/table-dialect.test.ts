import { describe, expect, it } from 'vitest';
import { PANDAS_NA_VALUES } from '../../src/data/missing.js';
import { readTable, type ReadTableOptions } from '../../src/load/table.js';
import { kinds, labels, numbers, tempFile } from './table-helpers.js';

const read = (text: string, options: ReadTableOptions = {}, extension = '.csv') =>
  readTable(tempFile(extension, text), `data${extension}`, options);
const failure = (text: string, options: ReadTableOptions = {}) =>
  read(text, options).then(
    () => 'no error',
    (e: unknown) => (e as Error).message,
  );

describe('CSV dialect: delimiters as people export them', () => {
  it('detects ; with decimal points, never one column named age;income', async () => {
    const table = await read('age;income;country\n31;1200.5;DE\n45;980.25;FR\n');
    expect([...table.columns.keys()]).toEqual(['age', 'income', 'country']);
    expect(numbers(table, 'income')).toEqual([1200.5, 980.25]);
    expect(kinds(table)).toEqual({ age: 'numerical', income: 'numerical', country: 'categorical' });
  });

  it('detects decimal commas in ;-separated files, and reads them when set', async () => {
    const text = 'age;income\n31;1200,5\n45;-980,25\n';
    expect(numbers(await read(text), 'income')).toEqual([1200.5, -980.25]);
    expect(numbers(await read(text, { format: { decimal: ',' } }), 'income')).toEqual([1200.5, -980.25]);
    // Set to '.', the decimal commas are text, as pandas reads them.
    expect(labels(await read(text, { format: { decimal: '.' } }), 'income')).toEqual(['1200,5', '-980,25']);
  });

  it('keeps decimal points when a sample holds both spellings', async () => {
    const table = await read('a;b\n1,5;2.5\n3;4\n');
    expect(kinds(table)).toEqual({ a: 'categorical', b: 'numerical' });
  });

  it('detects tab and |, and reads .tsv as tab', async () => {
    expect(numbers(await read('a\tb\n1\t2\n3\t4\n'), 'b')).toEqual([2, 4]);
    expect(numbers(await read('a|b\n1|2\n3|4\n'), 'b')).toEqual([2, 4]);
    expect(labels(await read('a\tb\nx,y\tz\n', {}, '.tsv'), 'a')).toEqual(['x,y']);
  });

  it('prefers the delimiter that splits every line evenly over one that splits only the header', async () => {
    // Commas inside unquoted values on the data lines: only ';' splits all lines into the same count.
    const table = await read('name;note\nx;a,b,c\ny;d\n');
    expect(labels(table, 'note')).toEqual(['a,b,c', 'd']);
  });

  it('honours quotes when detecting', async () => {
    const table = await read('"a;b",c\n"1;2",3\n');
    expect([...table.columns.keys()]).toEqual(['a;b', 'c']);
  });

  it('reads a single-column file as one column', async () => {
    expect(numbers(await read('score\n1\n2\n'), 'score')).toEqual([1, 2]);
  });

  it('refuses an explicit delimiter that leaves a header that splits evenly as one column', async () => {
    expect(await failure('age;income\n31;1200\n', { format: { delimiter: ',' } })).toBe(
      "data.csv: with delimiter ',' the header is one column ('age;income'), but it and the lines after it " +
        "split evenly into 2 columns with ';': set drift.delimiter to ';' or leave it unset to detect it",
    );
  });

  it('names the delimiter used and the one the line looks like in a cell-count error', async () => {
    const message = await failure('a,b,c\n1,2,3\n4;5,5;6\n');
    expect(message).toBe(
      "data.csv: line 3: found 2 cells with delimiter ',', expected 3 as in the header; the line looks " +
        "';'-separated (3 cells) (check for a missing or extra ',' or an unquoted ',' in a value, or set " +
        'drift.delimiter / drift.decimal)',
    );
  });

  it('refuses decimal , with delimiter ,', async () => {
    expect(await failure('a,b\n1,2\n', { format: { delimiter: ',', decimal: ',' } })).toMatch(
      /delimiter ',' and decimal ',' cannot be used together/,
    );
  });
});

describe('CSV missing markers (pandas na_values)', () => {
  it('keeps a numeric column with NA cells numeric (to_csv(na_rep="NA"))', async () => {
    const table = await read('x,y\n1.5,a\nNA,b\n2,NA\nnull,None\n#N/A,<NA>\n');
    expect(kinds(table)).toEqual({ x: 'numerical', y: 'categorical' });
    expect(numbers(table, 'x')).toEqual([1.5, NaN, 2, NaN, NaN]);
    expect(labels(table, 'y')).toEqual(['a', 'b', null, null, null]);
  });

  it("uses exactly pandas' STR_NA_VALUES by default", async () => {
    const cells = PANDAS_NA_VALUES.filter((v) => v !== '');
    const text = `x,y\n${cells.map((c, i) => `${c},${i}`).join('\n')}\n1,99\n`;
    const table = await read(text);
    expect(numbers(table, 'x')).toEqual([...cells.map(() => NaN), 1]);
    expect(PANDAS_NA_VALUES).toHaveLength(19);
    // Not markers in pandas: these stay labels.
    const other = await read('x\nnone\nNONE\nNan\n-\n');
    expect(labels(other, 'x')).toEqual(['none', 'NONE', 'Nan', '-']);
  });

  it('adds or replaces markers', async () => {
    const text = 'x\n1\n-\nNA\n';
    expect(numbers(await read(text, { format: { naValues: [...PANDAS_NA_VALUES, '-'] } }), 'x')).toEqual([
      1,
      NaN,
      NaN,
    ]);
    expect(labels(await read(text, { format: { naValues: ['-'] } }), 'x')).toEqual(['1', null, 'NA']);
  });
});

describe('CSV booleans', () => {
  it('reads True / true / TRUE as one value, False / false / FALSE as another', async () => {
    const table = await read('b\nTrue\ntrue\nTRUE\nFalse\nfalse\nFALSE\n');
    expect(labels(table, 'b')).toEqual(['true', 'true', 'true', 'false', 'false', 'false']);
    const column = table.columns.get('b');
    expect(column?.kind === 'categorical' && column.dictionary).toEqual(['true', 'false']);
  });

  it('leaves other spellings alone', async () => {
    expect(labels(await read('b\ntRuE\nyes\n'), 'b')).toEqual(['tRuE', 'yes']);
  });
});
