import { describe, expect, it } from 'vitest';

import { evaluateDrift } from '../../src/drift/engine.js';
import { METHODS } from '../../src/drift/methods.js';
import { seededRandom } from '../../src/drift/stats/binned.js';
import { energyDistance, wassersteinNormed } from '../../src/drift/stats/distances.js';
import { empiricalMmd } from '../../src/drift/stats/mmd.js';
import { overflowExponent } from '../../src/drift/stats/scale.js';
import { tTestInd } from '../../src/drift/stats/ttest.js';
import { DRIFT_METHODS } from '../../src/drift/types.js';
import { close, config, normals, numericColumn, tableData } from './helpers.js';

/*
 * Values near ±1.8e308: the moment and distance methods must give the numbers they give at an ordinary scale
 * (their results are scale-free, or scale by a known power of two) — not NaN, which would read as "no drift".
 * Multiplying by 2^1020 is exact, so the ordinary-scale result is the reference.
 */
const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort();
const ref = sorted(normals(200, 0, 1, 1));
const cur = sorted(normals(150, 0.4, 1.3, 2));
const up = (x: Float64Array): Float64Array => x.map((v) => v * 2 ** 1020);

describe('moment and distance methods near ±1.8e308', () => {
  it('picks a scale only when needed', () => {
    expect(overflowExponent(ref, cur)).toBe(0);
    const k = overflowExponent(up(ref), up(cur));
    expect(k % 2).toBe(0);
    expect(Math.abs(up(ref)[0]!) * 2 ** -k).toBeLessThan(2 ** 448);
  });

  it('wasserstein (normed) is scale-free', () => {
    const expected = wassersteinNormed(ref, cur);
    const huge = wassersteinNormed(up(ref), up(cur));
    expect(close(huge, expected, 1e-12)).toBe(true);
  });

  it('t_test gives the same t and p', () => {
    const expected = tTestInd(ref, cur);
    const huge = tTestInd(up(ref), up(cur));
    expect(close(huge.statistic, expected.statistic, 1e-12)).toBe(true);
    expect(close(huge.pValue, expected.pValue, 1e-12)).toBe(true);
  });

  it('energy distance scales by 2^510', () => {
    const expected = energyDistance(ref, cur) * 2 ** 510;
    expect(close(energyDistance(up(ref), up(cur)), expected, 1e-12)).toBe(true);
  });

  it('empirical_mmd gives the same MMD² and p-value for the same seed', () => {
    const expected = empiricalMmd(ref, cur, { random: seededRandom(3) });
    const huge = empiricalMmd(up(ref), up(cur), { random: seededRandom(3) });
    expect(close(huge.statistic, expected.statistic, 1e-12, 1e-15)).toBe(true);
    expect(huge.pValue).toBe(expected.pValue);
  });
});

describe('every numerical method on a column spanning nearly the whole double range', () => {
  const random = seededRandom(9);
  const spread = (n: number, skew: number): number[] =>
    Array.from({ length: n }, () =>
      Math.max(-1.79e308, Math.min(1.79e308, (random() * 2 - 1 + skew) * 1.7e308)),
    );
  const two = (n: number, share: number): number[] =>
    Array.from({ length: n }, (_, i) => (i < n * share ? -1.7e308 : 1.7e308));

  for (const method of DRIFT_METHODS.filter((m) => METHODS[m].kinds.includes('numerical'))) {
    it(`${method} returns a number and decides`, () => {
      const twoValued = method === 'z' || method === 'fisher_exact';
      const reference = tableData('ref.csv', numericColumn('f', twoValued ? two(300, 0.5) : spread(300, 0)));
      const current = tableData('cur.csv', numericColumn('f', twoValued ? two(200, 0.7) : spread(200, 0.3)));
      const feature = evaluateDrift(reference, current, config({ method })).features[0]!;
      const value = METHODS[method].output === 'p-value' ? feature.pValue! : feature.statistic;
      expect(Number.isNaN(value), `${method}: ${value}`).toBe(false);
      expect(feature.status).not.toBe('insufficient');
    });
  }
});
