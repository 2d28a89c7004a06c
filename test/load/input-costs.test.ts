/**
 * Inputs that used to cost too much: each is bounded by the input's size now. The time limits are generous
 * (several times what a loaded 2-core machine needs); they catch quadratic paths and crashes, not speed.
 * Measured figures are in docs/untrusted-input.md.
 */
import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/config.js';
import { parseConfigText } from '../../src/config/file.js';
import { MAX_TEXT_FILE_BYTES } from '../../src/load/files.js';
import { parseCsvMetrics } from '../../src/load/metrics-csv.js';
import { parseYamlMetrics } from '../../src/load/metrics-yaml.js';
import { loadMetrics } from '../../src/load/metrics.js';
import { closestName, suggestion } from '../../src/rules/names.js';
import { tempDir, tempFile } from './table-helpers.js';

/** Run `work`, failing when it takes longer than `limitMs`; returns its result. */
async function within<T>(limitMs: number, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  const elapsed = performance.now() - start;
  expect(elapsed, `took ${Math.round(elapsed)} ms, limit ${limitMs} ms`).toBeLessThan(limitMs);
  return result;
}

describe('inputs that cost too much', () => {
  it('a JSONL history of 125,000 lines loads (no call-stack overflow)', async () => {
    const lines = Array.from({ length: 125_000 }, (_, i) => `{"accuracy": ${0.9 + (i % 7) / 1000}}`);
    const file = tempFile('.jsonl', lines.join('\n') + '\n', 'history-125k.jsonl');
    const loaded = await within(30_000, () => loadMetrics([file], 'metrics', tempDir));
    expect(loaded.history).toHaveLength(124_999);
    expect(loaded.values.get('accuracy')).toBeCloseTo(0.9 + (124_999 % 7) / 1000, 12);
  }, 120_000);

  it('20,000 YAML aliases to one scalar are linear (were minutes)', () => {
    const lines = ['base: &a 0.5', ...Array.from({ length: 20_000 }, (_, i) => `m${i}: *a`)];
    const parsed = within(30_000, () => parseYamlMetrics(lines.join('\n'), 'm.yaml'));
    return parsed.then((p) => {
      expect(p.current.size).toBe(20_001);
      expect(p.current.get('m19999')).toBe(0.5);
    });
  }, 120_000);

  it('repeated keys are still found, at the repeated key, in a 20,000-key mapping', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `m${i}: ${i}`);
    keys.push('m7: 1');
    const error = await within(30_000, () => {
      try {
        parseYamlMetrics(keys.join('\n'), 'm.yaml');
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(error).toBe('m.yaml: line 20001, column 1: invalid YAML: Map keys must be unique');
  }, 120_000);

  it('a config with 10,000 aliases is refused at once with a clear error', async () => {
    const text = [
      'metrics: m.json',
      'rules: &r "accuracy < 0.9"',
      ...Array.from({ length: 10_000 }, (_, i) => `x${i}: *r`),
    ].join('\n');
    const error = await within(30_000, () => {
      try {
        parseConfigText(text, 'monitor.yml');
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(error).toBe(
      'monitor.yml: invalid YAML: too many aliases (*name); a config file may use at most 100',
    );
  }, 120_000);

  it('"did you mean" next to 100 KB names, and among 100,000 names, is quick', async () => {
    const big = 'x'.repeat(100_000);
    await within(2_000, () => closestName(`${big}a`, [`${big}b`, 'accuracy']));
    // Still finds the typo among many names; a name differing only in case is found at any length.
    const known = Array.from({ length: 100_000 }, (_, i) => `feature_${i}_score`);
    const found = await within(30_000, () => suggestion('featrue_77_score', known));
    expect(found).toBe("; did you mean 'feature_77_score'?");
    expect(closestName(`${big}A`, [`${big}a`])).toBe(`${big}a`);
  }, 120_000);

  it('the duplicate-name check of a 100,000-column metrics CSV is linear (was 34 s)', async () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `m${i}`);
    const text = `${names.join(',')}\n${names.map((_, i) => i % 10).join(',')}\n`;
    const parsed = await within(30_000, () => parseCsvMetrics(text, 'wide.csv'));
    expect(parsed.current.size).toBe(100_000);
    const repeated = `${names.join(',')},m5\n${[...names, 'x'].map(() => 1).join(',')}\n`;
    expect(() => parseCsvMetrics(repeated, 'wide.csv')).toThrow(
      "wide.csv: line 1, column 100001 of the header: metric 'm5' appears twice (also column 6)",
    );
  }, 120_000);

  it('a 200 MB metrics file is refused before it is read, naming the limit', async () => {
    const file = path.join(tempDir, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: nothing is written
    closeSync(fd);
    const error = await within(2_000, () =>
      loadMetrics([file], 'metrics', tempDir).then(
        () => '',
        (e: Error) => e.message,
      ),
    );
    expect(error).toBe(
      `huge.json: the file is 200.0 MiB, more than the ${MAX_TEXT_FILE_BYTES / 1024 / 1024}.0 MiB a metrics, ` +
        'config or profile file may have; keep only the rows you need (e.g. the recent history)',
    );
  });

  it('150,000 rule lines in one item of a config rules list load (no call-stack overflow)', async () => {
    writeFileSync(path.join(tempDir, 'm.json'), '{"accuracy": 0.5}');
    const lines = Array.from({ length: 150_000 }, (_, i) => `accuracy < ${i / 150_000}`).join('\n');
    writeFileSync(
      path.join(tempDir, 'many-rules.yml'),
      `metrics: m.json\nrules:\n  - ${JSON.stringify(lines)}\n`,
    );
    const config = await within(30_000, () =>
      getConfig((name) => (name === 'config' ? 'many-rules.yml' : undefined), {
        cwd: tempDir,
        env: {},
      }),
    );
    expect(config.rules).toHaveLength(150_000);
  }, 90_000);
});
