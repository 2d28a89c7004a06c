import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { andersonKsamp } from '../../src/drift/stats/anderson.js';
import { besselK } from '../../src/drift/stats/bessel.js';
import { cramerVonMises2samp, cvmLimitCdf } from '../../src/drift/stats/cvm.js';
import { kolmogorovSf } from '../../src/drift/stats/kolmogorov.js';
import { ks2samp } from '../../src/drift/stats/ks.js';
import { mannWhitneyU } from '../../src/drift/stats/mannwhitney.js';
import { pairwiseSum } from '../../src/drift/stats/pairwise-sum.js';
import type { TestResult } from '../../src/drift/stats/result.js';
import { smirnovSf } from '../../src/drift/stats/smirnov.js';
import { studentTTwoSided } from '../../src/drift/stats/student-t.js';
import { tTestInd } from '../../src/drift/stats/ttest.js';

/*
 * Every case of test/fixtures/drift/pvalue-tests.json (written by gen_pvalue.py with scipy 1.17) must agree:
 * - statistic within 1e-9 relative (plus 1e-12 absolute, for statistics that are 0 up to rounding);
 * - p-value within 1e-6 relative, or 1e-10 absolute — so tiny p-values must match in their leading digits,
 *   not merely both be "below 1e-6" (stricter than an absolute 1e-6, which would accept 0 for 9e-7).
 * Where scipy raises (null in the fixture) our functions return NaN for both numbers.
 */

type Num = number | 'NaN' | 'Infinity' | '-Infinity';
interface SyntheticSpec {
  seed: number;
  n: number;
  parts: number;
  modulus: number;
  scale: number;
  offset: number;
}
type Sample = number[] | { synthetic: SyntheticSpec };
type TestName = 'ks' | 'anderson' | 'cvm' | 'mannwhitney' | 'ttest';
interface Case {
  name: string;
  ref: Sample;
  cur: Sample;
  results: Record<TestName, [Num, Num] | null>;
}
interface Fixture {
  scipy: string;
  cases: Case[];
  special: Record<string, Num[][]>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/drift/pvalue-tests.json', import.meta.url), 'utf8'),
) as Fixture;

const TESTS: Record<TestName, (ref: Float64Array, cur: Float64Array) => TestResult> = {
  ks: ks2samp,
  anderson: andersonKsamp,
  cvm: cramerVonMises2samp,
  mannwhitney: mannWhitneyU,
  ttest: tTestInd,
};

function toNumber(v: Num): number {
  return typeof v === 'number' ? v : Number(v);
}

/** gen_pvalue.py's `synthetic`: xorshift32 draws, integer sums, one float multiply — bit-identical. */
function synthetic(spec: SyntheticSpec): Float64Array {
  let x = spec.seed >>> 0;
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    let total = 0;
    for (let p = 0; p < spec.parts; p++) {
      x = (x ^ (x << 13)) >>> 0;
      x = (x ^ (x >>> 17)) >>> 0;
      x = (x ^ (x << 5)) >>> 0;
      total += x % spec.modulus;
    }
    out[i] = total * spec.scale + spec.offset;
  }
  return out.sort();
}

function sample(s: Sample): Float64Array {
  return Array.isArray(s) ? Float64Array.from(s) : synthetic(s.synthetic);
}

function closeStatistic(actual: number, expected: number): boolean {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) return Object.is(actual, expected);
  return Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) + 1e-12;
}

function closePValue(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  return Math.abs(actual - expected) <= Math.max(1e-6 * Math.abs(expected), 1e-10);
}

describe(`two-sample tests against scipy ${fixture.scipy}`, () => {
  const samples = new Map<Case, [Float64Array, Float64Array]>();
  const samplesOf = (c: Case): [Float64Array, Float64Array] => {
    let pair = samples.get(c);
    if (!pair) {
      pair = [sample(c.ref), sample(c.cur)];
      samples.set(c, pair);
    }
    return pair;
  };

  for (const name of Object.keys(TESTS) as TestName[]) {
    it.each(fixture.cases.map((c) => [c.name, c] as const))(`${name}: %s`, (_label, c) => {
      const [ref, cur] = samplesOf(c);
      const expected = c.results[name];
      const actual = TESTS[name](ref, cur);
      if (expected === null) {
        // scipy raises for this input; we return NaN instead of throwing.
        expect(actual.statistic).toBeNaN();
        expect(actual.pValue).toBeNaN();
        return;
      }
      const [statistic, pValue] = expected.map(toNumber) as [number, number];
      expect(
        closeStatistic(actual.statistic, statistic),
        `statistic ${actual.statistic} vs scipy ${statistic}`,
      ).toBe(true);
      expect(closePValue(actual.pValue, pValue), `p-value ${actual.pValue} vs scipy ${pValue}`).toBe(true);
    });
  }

  it('covers the exact/asymptotic switches and the heavy cases', () => {
    const names = fixture.cases.map((c) => c.name);
    expect(names).toContain('ks exact 10000x10000 (square)');
    expect(names).toContain('ks asymptotic 10001x10001');
    expect(names).toContain('250000x250000 shift 0.002');
    expect(fixture.cases.length).toBeGreaterThan(80);
  });
});

describe('distribution helpers against scipy', () => {
  const grid = (key: string): number[][] => fixture.special[key]!.map((row) => row.map(toNumber));

  it('kolmogorovSf = scipy.stats.kstwo.sf', () => {
    for (const [n, x, sf] of grid('kolmogorovSf')) {
      expect(closePValue(kolmogorovSf(n!, x!), sf!), `n=${n} x=${x}: ${kolmogorovSf(n!, x!)} vs ${sf}`).toBe(
        true,
      );
    }
  });

  it('smirnovSf = scipy.special.smirnov', () => {
    for (const [n, x, sf] of grid('smirnovSf')) {
      expect(closePValue(smirnovSf(n!, x!), sf!), `n=${n} x=${x}: ${smirnovSf(n!, x!)} vs ${sf}`).toBe(true);
    }
  });

  it('besselK = scipy.special.kv to 1e-12 relative', () => {
    for (const [nu, x, k] of grid('besselK')) {
      expect(Math.abs(besselK(nu!, x!) - k!), `nu=${nu} x=${x}`).toBeLessThanOrEqual(1e-12 * k!);
    }
  });

  it("cvmLimitCdf = scipy's _cdf_cvm_inf (including its 1e-7 series truncation)", () => {
    for (const [x, cdf] of grid('cvmLimitCdf')) {
      expect(Math.abs(cvmLimitCdf(x!) - cdf!), `x=${x}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('studentTTwoSided = 2·scipy.special.stdtr(df, -|t|)', () => {
    for (const [df, t, p] of grid('studentTTwoSided')) {
      expect(closePValue(studentTTwoSided(t!, df!), p!), `df=${df} t=${t}`).toBe(true);
    }
  });

  it('pairwiseSum rounds like numpy: 0.1 ten thousand times', () => {
    // np.sum(np.full(10000, 0.1)) == 999.9999999999999; a plain loop gives 1000.0000000001588.
    expect(pairwiseSum(new Float64Array(10000).fill(0.1))).toBe(999.9999999999999);
  });
});

describe('input contract: sorted, finite, non-empty', () => {
  const sorted = Float64Array.from([1, 2, 3, 4, 5]);
  for (const [name, test] of Object.entries(TESTS)) {
    if (test === tTestInd) {
      it(`${name} reads its samples in any order (the engine does not sort for it)`, () => {
        const shuffled = Float64Array.from([4, 1, 5, 2, 3]);
        expect(test(shuffled, Float64Array.from([3, 2, 1]))).toEqual(
          test(sorted, Float64Array.from([1, 2, 3])),
        );
        expect(test(Float64Array.from([2, 2, 2]), shuffled).statistic).toBe(
          test(Float64Array.from([2, 2, 2]), sorted).statistic,
        );
      });
    } else {
      it(`${name} rejects an unsorted sample, naming the sample and index`, () => {
        expect(() => test(sorted, Float64Array.from([1, 3, 2]))).toThrow(/cur sample is not sorted.*index 2/);
        expect(() => test(Float64Array.from([2, 1]), sorted)).toThrow(/ref sample is not sorted.*index 1/);
      });
    }
    it(`${name} rejects empty and non-finite samples`, () => {
      expect(() => test(new Float64Array(0), sorted)).toThrow(/ref sample is empty/);
      expect(() => test(sorted, Float64Array.from([1, NaN]))).toThrow(/non-finite value NaN at index 1/);
      expect(() => test(sorted, Float64Array.from([1, Infinity]))).toThrow(/non-finite/);
    });
  }

  it('t-test: constant equal samples give NaN (scipy reports rounding noise for 0.1s)', () => {
    const r = tTestInd(Float64Array.from([0.1, 0.1, 0.1]), Float64Array.from([0.1, 0.1]));
    expect(r.statistic).toBeNaN();
    expect(r.pValue).toBeNaN();
  });
});
