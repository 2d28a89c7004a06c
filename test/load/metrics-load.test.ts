import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadMetrics } from '../../src/load/metrics.js';

const fixtures = fileURLToPath(new URL('../fixtures/metrics/', import.meta.url));
const entries = <T>(map: Map<string, T>) => Object.fromEntries(map);

describe('loadMetrics', () => {
  it('loads one file, with display paths relative to cwd', async () => {
    const loaded = await loadMetrics(['nested.json'], 'metrics', fixtures);
    expect(loaded.files).toEqual(['nested.json']);
    expect(loaded.values.get('eval.by_class.dog')).toBe(0.92);
    expect(new Set(loaded.sources.values())).toEqual(new Set(['nested.json']));
    expect(loaded.history).toEqual([]);
  });

  it('merges a glob of files in sorted order: equal values agree, sources name the first file', async () => {
    const loaded = await loadMetrics(['merge/*'], 'metrics', fixtures);
    expect(loaded.files).toEqual(['merge/a.json', 'merge/b.yaml', 'merge/c.jsonl']);
    expect(entries(loaded.values)).toEqual({ accuracy: 0.91, rows: 12000, f1: 0.87, auc: 0.95 });
    expect(entries(loaded.sources)).toEqual({
      accuracy: 'merge/a.json',
      rows: 'merge/a.json',
      f1: 'merge/b.yaml',
      auc: 'merge/c.jsonl',
    });
    expect(loaded.history.map(entries)).toEqual([{ accuracy: 0.9 }]);
  });

  it('concatenates history per file, in pattern order', async () => {
    const loaded = await loadMetrics(['wide.csv', 'history.jsonl'], 'metrics', fixtures);
    expect(loaded.files).toEqual(['wide.csv', 'history.jsonl']);
    expect(loaded.history.map((row) => row.get('accuracy'))).toEqual([0.95, 0.93, 0.95, 0.93]);
    expect(loaded.history.map((row) => row.get('date'))).toEqual([20240101, 20240201, undefined, undefined]);
  });

  it('refuses the same metric with different values in two files, naming both', async () => {
    const error = await loadMetrics(['conflict/*.json'], 'baseline', fixtures).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      "baseline: metric 'accuracy' has two different values: 0.91 in conflict/a.json and 0.89 in " +
        'conflict/b.json; a metric may appear in several files only with the same value',
    );
  });

  it('refuses a pattern that matches nothing, naming the input', async () => {
    const error = await loadMetrics(['nested.json', 'missing-*.json'], 'baseline', fixtures).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `baseline: no file matches 'missing-*.json' (looked in ${fixtures})`,
    );
  });

  it('returns nothing for no patterns (e.g. no baseline configured)', async () => {
    const loaded = await loadMetrics([], 'baseline', fixtures);
    expect(loaded.values.size + loaded.sources.size + loaded.history.length + loaded.files.length).toBe(0);
  });

  describe('with files written to a temp directory', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'metrics-load-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('names the file (relative to cwd) in parse errors', async () => {
      await writeFile(path.join(dir, 'bad.yaml'), 'accuracy: 0.9\nf1: .inf\n');
      const error = await loadMetrics(['bad.yaml'], 'metrics', dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `bad.yaml: line 2, column 5: metric 'f1': expected a finite number, got Infinity`,
      );
    });

    it('refuses unsupported extensions found by a glob', async () => {
      await writeFile(path.join(dir, 'notes.txt'), 'accuracy 0.9\n');
      const error = await loadMetrics(['*.txt'], 'metrics', dir).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^notes\.txt: unsupported metrics file \(extension '\.txt'\)/);
    });

    it('reads a file with a BOM and shows absolute paths outside cwd as they are', async () => {
      const file = path.join(dir, 'bom.json');
      await writeFile(file, '\ufeff{"accuracy": 0.9}');
      const loaded = await loadMetrics([file], 'metrics', fixtures);
      expect(loaded.files).toEqual([file]);
      expect(loaded.sources.get('accuracy')).toBe(file);
      expect(loaded.values.get('accuracy')).toBe(0.9);
    });
  });
});
