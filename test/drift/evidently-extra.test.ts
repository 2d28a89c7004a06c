import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../src/drift/stats/binned.js';
import { fisherExact, gTest } from '../../src/drift/stats/contingency.js';
import {
  EppsSingletonError,
  eppsSingleton2samp,
  symmetricEigen,
} from '../../src/drift/stats/epps-singleton.js';
import { empiricalMmd, MmdError } from '../../src/drift/stats/mmd.js';
import { close } from './helpers.js';

/*
 * The tests taken from Evidently later, against test/fixtures/drift/evidently-extra-tests.json (written by
 * gen_evidently_extra.py: scipy 1.17 for es, fisher_exact and g_test; a numpy re-statement of Evidently's
 * mmd_pval, with the same seeded re-splits, for empirical_mmd).
 * Statistics within 1e-9 relative (1e-12 absolute for values that are 0 up to rounding); p-values within 1e-6
 * relative or 1e-10 absolute, so small p-values must agree in their leading digits.
 */

type Num = number | 'NaN' | 'Infinity' | '-Infinity';
interface SampleCase {
  name: string;
  ref: number[];
  cur: number[];
  result: [Num, Num] | null;
}
interface MmdCase extends SampleCase {
  seed: number;
  cap: number;
  used: [number, number];
}
interface Fixture {
  scipy: string;
  es: SampleCase[];
  fisher_exact: SampleCase[];
  g_test: (SampleCase & { evidentlyCall: boolean })[];
  empirical_mmd: MmdCase[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/drift/evidently-extra-tests.json', import.meta.url), 'utf8'),
) as Fixture;

const toNumber = (v: Num): number => (typeof v === 'number' ? v : Number(v));
const f64 = (values: number[]): Float64Array => Float64Array.from(values);

function expectMatch(
  name: string,
  actual: { statistic: number; pValue: number },
  expected: [Num, Num],
): void {
  const [statistic, pValue] = expected.map(toNumber) as [number, number];
  expect(
    close(actual.statistic, statistic, 1e-9, 1e-12),
    `${name}: statistic ${actual.statistic} vs ${statistic}`,
  ).toBe(true);
  expect(close(actual.pValue, pValue, 1e-6, 1e-10), `${name}: p ${actual.pValue} vs ${pValue}`).toBe(true);
}

describe('fixture', () => {
  it('was generated with scipy 1.17 and covers every new test', () => {
    expect(fixture.scipy).toMatch(/^1\.17\./);
    expect(fixture.es.length).toBeGreaterThan(10);
    expect(fixture.fisher_exact.length).toBeGreaterThan(8);
    expect(fixture.g_test.some((c) => c.evidentlyCall)).toBe(true);
    expect(fixture.empirical_mmd.some((c) => c.used[0] < c.ref.length)).toBe(true);
  });
});

describe('es (Epps–Singleton) against scipy.stats.epps_singleton_2samp', () => {
  for (const c of fixture.es) {
    it(c.name, () => {
      const run = (): ReturnType<typeof eppsSingleton2samp> => eppsSingleton2samp(f64(c.ref), f64(c.cur));
      if (c.result === null) expect(run).toThrow(EppsSingletonError);
      else expectMatch(c.name, run(), c.result);
    });
  }

  it('diagonalises a symmetric matrix (A·v = λ·v for every pair)', () => {
    const a = f64([4, 1, 0.5, 0, 1, 3, 0.2, 0.1, 0.5, 0.2, 2, 1e-9, 0, 0.1, 1e-9, 1e-6]);
    const { values, vectors } = symmetricEigen(a, 4);
    for (let k = 0; k < 4; k++) {
      for (let i = 0; i < 4; i++) {
        let av = 0;
        for (let j = 0; j < 4; j++) av += a[i * 4 + j]! * vectors[j * 4 + k]!;
        expect(Math.abs(av - values[k]! * vectors[i * 4 + k]!)).toBeLessThan(1e-14);
      }
    }
  });
});

describe('fisher_exact against scipy.stats.fisher_exact', () => {
  for (const c of fixture.fisher_exact) {
    it(c.name, () => expectMatch(c.name, fisherExact(f64(c.ref), f64(c.cur)), c.result!));
  }

  it('ignores empty categories and refuses more than two', () => {
    expect(fisherExact(f64([2, 0, 8]), f64([5, 0, 1])).pValue).toBeCloseTo(0.034965034965034975, 12);
    expect(() => fisherExact(f64([1, 2, 3]), f64([1, 2, 3]))).toThrow(/3 categories, at most 2/);
    expect(fisherExact(f64([5]), f64([7]))).toEqual({ statistic: NaN, pValue: 1 });
  });
});

describe('g_test against scipy.stats.power_divergence(lambda_="log-likelihood")', () => {
  for (const c of fixture.g_test) {
    it(`${c.name}${c.evidentlyCall ? " (Evidently's own call)" : ' (expected counts scaled)'}`, () =>
      expectMatch(c.name, gTest(f64(c.ref), f64(c.cur)), c.result!));
  }

  it('is infinite with p = 0 when the current sample fills a bin the reference never saw', () => {
    expect(gTest(f64([10, 0]), f64([5, 5]))).toEqual({ statistic: Infinity, pValue: 0 });
    expect(gTest(f64([10]), f64([3]))).toEqual({ statistic: 0, pValue: 1 });
  });
});

describe("empirical_mmd against Evidently's mmd_pval with the same seeded re-splits", () => {
  for (const c of fixture.empirical_mmd) {
    it(c.name, () => {
      const result = empiricalMmd(f64(c.ref), f64(c.cur), {
        random: seededRandom(c.seed),
        maxPerSide: c.cap,
      });
      expectMatch(c.name, result, c.result!);
      expect([result.referenceUsed, result.currentUsed]).toEqual(c.used);
    });
  }

  it('needs two values per side', () => {
    expect(() => empiricalMmd(f64([1]), f64([1, 2]), { random: seededRandom(1) })).toThrow(MmdError);
  });

  it('is reproducible for a seed and finds a clear shift', () => {
    const ref = f64(Array.from({ length: 200 }, (_, i) => Math.sin(i) * 2)).sort();
    const cur = f64(Array.from({ length: 150 }, (_, i) => Math.cos(i) * 2 + 1.5)).sort();
    const a = empiricalMmd(ref, cur, { random: seededRandom(42) });
    const b = empiricalMmd(ref, cur, { random: seededRandom(42) });
    expect(a).toEqual(b);
    expect(a.pValue).toBe(0);
  });
});
