/**
 * How close ks and wasserstein on 1,001-quantile profiles come to the raw rows, next to the bound the engine
 * states (docs/profile-format.md, "Error bounds"). Run: npx tsx scripts/quantile-accuracy.ts
 */
import type { DriftData } from '../src/data/types.js';
import { evaluateDrift } from '../src/drift/engine.js';
import { runMethod } from '../src/drift/methods.js';
import { seededRandom } from '../src/drift/stats/binned.js';
import type { DriftConfig } from '../src/drift/types.js';
import { quantileSummary } from '../src/profile/quantiles.js';

const q = 1000;
const n = 100_000;
const random = seededRandom(20261202);
const normal = (mean: number, sd: number): Float64Array =>
  Float64Array.from({ length: n }, () => {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    return mean + sd * radius * Math.cos(2 * Math.PI * random());
  }).sort();

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
  seed: 0,
};
const raw = (x: Float64Array): DriftData => ({
  type: 'table',
  table: {
    source: 'raw',
    rowCount: x.length,
    columns: new Map([['x', { kind: 'numerical', name: 'x', values: x }]]),
  },
});

console.log(`q = ${q}, ${n} rows per side, both sides as quantile profiles (seed 20261202)`);
console.log('case            method        raw rows    profiles    |error|     bound');
const cases = [
  ['same', 0, 1],
  ['shift 0.05 sd', 0.05, 1],
  ['shift 0.5 sd', 0.5, 1],
  ['sd × 1.2', 0, 1.2],
] as const;
for (const [label, shift, sd] of cases) {
  const [a, b] = [normal(0, 1), normal(shift, sd)];
  for (const method of ['ks', 'wasserstein'] as const) {
    const exact = evaluateDrift(raw(a), raw(b), { ...config, method }).features[0]!.statistic;
    const outcome = runMethod(
      method,
      {
        name: 'x',
        kind: 'numerical',
        reference: { form: 'quantiles', quantiles: quantileSummary(a, q) },
        current: { form: 'quantiles', quantiles: quantileSummary(b, q) },
      },
      { binning: 'auto', random, warnings: [] },
    );
    const error = Math.abs(outcome.statistic - exact);
    const cells = [exact.toFixed(6), outcome.statistic.toFixed(6), error.toExponential(2)];
    console.log(
      `${label.padEnd(15)} ${method.padEnd(12)} ${cells.join('    ')}  ${outcome.approximate!.statistic.toFixed(6)}`,
    );
  }
}
