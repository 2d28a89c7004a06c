/**
 * Speed guard: ks on 2 × 500,000 rows × 10 numeric columns. The bound is loose because the test machine is
 * shared; it catches regressions such as a comparator sort or per-row objects (each several times slower).
 */
import { expect, it } from 'vitest';
import { evaluateDrift } from '../../src/drift/engine.js';
import type { Column, DriftConfig, DriftData } from '../../src/drift/types.js';

const ROWS = 500_000;

function column(name: string, seed: number, shift: number): Column {
  let s = seed >>> 0;
  const values = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    values[i] = (s / 2 ** 32) * 10 + shift + (i % 1000) * 1e-3;
  }
  return { kind: 'numerical', name, values };
}

function data(source: string, seed: number, shift: number): DriftData {
  const columns = new Map(
    Array.from({ length: 10 }, (_, k) => [`f${k}`, column(`f${k}`, seed + k, k < 3 ? shift : 0)]),
  );
  return { type: 'table', table: { source, rowCount: ROWS, columns } };
}

it('tests 10 columns of 2 × 500,000 rows with ks in well under the bound', () => {
  const reference = data('ref', 1, 0);
  const current = data('cur', 100, 0.05);
  const config: DriftConfig = {
    reference: [],
    current: [],
    method: 'ks',
    share: 0.5,
    numerical: {},
    categorical: {},
    perFeature: {},
    binning: 'auto',
    minSamples: 1,
    correction: 'none',
    seed: 1,
  };
  evaluateDrift(reference, current, config); // warm-up (JIT)
  const start = process.cpuUsage();
  const result = evaluateDrift(reference, current, config);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  console.log(`drift engine, ks, 2 × ${ROWS} × 10: ${ms.toFixed(0)} ms CPU`);
  expect(result.tested).toBe(10);
  expect(result.features.slice(0, 3).every((f) => f.drifted)).toBe(true);
  expect(ms).toBeLessThan(3000);
});
