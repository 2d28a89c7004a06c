/**
 * The binned and distance methods against scipy / Evidently values written by
 * test/fixtures/drift/gen_binned.py (binned-tests.json). Statistics to 1e-9 relative, p-values to 1e-6.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  binNumbers,
  countIntoBins,
  quantileEdges,
  sturgesBinCount,
  equalWidthEdges,
  type PreparedSide,
} from '../../src/drift/binning.js';
import { runMethod } from '../../src/drift/methods.js';
import gammaln from '@stdlib/math-base-special-gammaln';
import { hypergeometric, seededRandom, tvdPermutationTest } from '../../src/drift/stats/binned.js';
import type { FeatureKind } from '../../src/data/types.js';
import type { Binning, DriftMethod } from '../../src/drift/types.js';
import { categories, close, numbers } from './helpers.js';

interface MethodCase {
  name: string;
  method: DriftMethod;
  kind: FeatureKind;
  ref?: (number | string)[];
  cur?: (number | string)[];
  /** Large categorical samples are stored as counts. */
  refCounts?: Record<string, number>;
  curCounts?: Record<string, number>;
  statistic: number | 'inf';
  pValue: number | null;
  binning?: Binning;
  bins?: number | null;
}
interface TvdCase {
  name: string;
  ref: string[];
  cur: string[];
  statistic: number;
  pValueEvidently: number;
  pValuePrecise: number;
}
interface BinningCase {
  name: string;
  mode: 'sturges' | 'quantile';
  ref: number[];
  cur?: number[];
  bins?: number;
  edges: number[];
  refCounts?: number[];
  curCounts?: number[];
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/drift/binned-tests.json', import.meta.url), 'utf8'),
) as { methods: MethodCase[]; tvd: TvdCase[]; binning: BinningCase[] };

function side(
  kind: FeatureKind,
  values?: (number | string)[],
  counts?: Record<string, number>,
): PreparedSide {
  if (counts)
    return {
      form: 'categories',
      labels: Object.keys(counts),
      counts: Float64Array.from(Object.values(counts)),
    };
  return kind === 'numerical' ? numbers(values as number[]) : categories(values!);
}

describe('binned and distance methods match the scipy / Evidently fixtures', () => {
  it.each(fixture.methods.map((c) => [`${c.method} — ${c.name}`, c] as const))('%s', (_, c) => {
    const outcome = runMethod(
      c.method,
      {
        name: 'f',
        kind: c.kind,
        reference: side(c.kind, c.ref, c.refCounts),
        current: side(c.kind, c.cur, c.curCounts),
      },
      { binning: c.binning ?? 'auto', bins: c.bins ?? undefined, random: seededRandom(1), warnings: [] },
    );
    const expected = c.statistic === 'inf' ? Infinity : c.statistic;
    expect(
      close(outcome.statistic, expected, 1e-9, 1e-12),
      `statistic ${outcome.statistic} vs ${expected}`,
    ).toBe(true);
    if (c.pValue === null) expect(outcome.pValue).toBeNull();
    else expect(close(outcome.pValue!, c.pValue, 1e-6), `p ${outcome.pValue} vs ${c.pValue}`).toBe(true);
  });
});

describe('tvd permutation test (Evidently: 1000 permutations, p = share with TVD >= observed)', () => {
  it.each(fixture.tvd.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const ref = categories(c.ref);
    const cur = categories(c.cur);
    const outcome = runMethod(
      'tvd',
      { name: 'f', kind: 'categorical', reference: ref, current: cur },
      { binning: 'auto', random: seededRandom(7), warnings: [] },
    );
    expect(close(outcome.statistic, c.statistic, 1e-9, 1e-12)).toBe(true);
    // Our generator differs from numpy's, so compare with the 10,000-permutation estimate within sampling noise.
    const p = c.pValuePrecise;
    const sigma = Math.sqrt((p * (1 - p)) / 1000 + (p * (1 - p)) / 10000);
    expect(Math.abs(outcome.pValue! - p)).toBeLessThanOrEqual(4.5 * sigma + 0.002);
    expect(Math.abs(outcome.pValue! - c.pValueEvidently)).toBeLessThanOrEqual(6 * sigma + 0.003);
  });

  it('is reproducible for a seed and varies with it', () => {
    const ref = Float64Array.from([50, 30, 20]);
    const cur = Float64Array.from([45, 33, 22]);
    const a = tvdPermutationTest(ref, cur, seededRandom(3));
    const b = tvdPermutationTest(ref, cur, seededRandom(3));
    const others = [4, 5, 6, 8].map((s) => tvdPermutationTest(ref, cur, seededRandom(s)).pValue);
    expect(a).toEqual(b);
    expect(others.some((p) => p !== a.pValue)).toBe(true);
  });
});

describe('binning matches numpy', () => {
  for (const c of fixture.binning.filter((b) => b.mode === 'sturges')) {
    it(`Sturges edges and np.histogram counts: ${c.name}`, () => {
      const ref = numbers(c.ref);
      const cur = numbers(c.cur!);
      if (ref.form !== 'numbers' || cur.form !== 'numbers') throw new Error('unreachable');
      const binned = binNumbers(ref.sorted, cur.sorted, { binning: 'equal-width', rule: 'evidently' });
      expect(binned.edges).toEqual(c.edges);
      expect(Array.from(binned.reference)).toEqual(c.refCounts);
      expect(Array.from(binned.current)).toEqual(c.curCounts);
    });
  }
  for (const c of fixture.binning.filter((b) => b.mode === 'quantile')) {
    it(`quantile edges: ${c.name}`, () => {
      const ref = numbers(c.ref);
      if (ref.form !== 'numbers') throw new Error('unreachable');
      expect(quantileEdges(ref.sorted, c.bins!)).toEqual(c.edges);
    });
  }

  it('counts the way np.histogram does: [e_i, e_i+1), last bin closed', () => {
    const sorted = Float64Array.from([0, 1, 1, 2, 2.5, 3, 3]);
    expect(Array.from(countIntoBins(sorted, [0, 1, 2, 3]).counts)).toEqual([1, 2, 4]);
    expect(countIntoBins(Float64Array.from([-1, 0, 4]), [0, 1, 2, 3]).outside).toBe(2);
  });

  it('widens an empty range by 0.5 each side and counts Sturges like numpy', () => {
    expect(equalWidthEdges(2, 2, 2)).toEqual([1.5, 2, 2.5]);
    expect(sturgesBinCount(1000, 0)).toBe(1);
    expect(sturgesBinCount(1000, 5)).toBe(11);
  });

  it('uses one bin per distinct value up to 20 distinct reference values, intervals above', () => {
    const few = Float64Array.from({ length: 100 }, (_, i) => i % 20).sort();
    const many = Float64Array.from({ length: 100 }, (_, i) => i % 21).sort();
    expect(binNumbers(few, few, { binning: 'auto', rule: 'evidently' }).edges).toBeUndefined();
    expect(binNumbers(few, few, { binning: 'auto', rule: 'evidently' }).labels).toHaveLength(20);
    expect(binNumbers(many, many, { binning: 'auto', rule: 'evidently' }).edges).toBeDefined();
    expect(binNumbers(many, many, { binning: 'auto', rule: 'evidently', bins: 4 }).labels).toHaveLength(4);
  });
});

describe('values near ±1.8e308 (the range overflows a double)', () => {
  // Spread over nearly the whole double range: max − min is Infinity. No value sits on an edge, so counting
  // the same values scaled down by 2^600 (exact) must give the same counts.
  const huge = (n: number, seed: number, skew: number): Float64Array => {
    const random = seededRandom(seed);
    return Float64Array.from({ length: n }, () => (random() * 2 - 1 + skew) * 1.7e308)
      .map((v) => Math.max(-1.79e308, Math.min(1.79e308, v)))
      .sort();
  };
  const ref = huge(300, 1, 0);
  const cur = huge(200, 2, 0.3);
  const scale = 2 ** -600;
  const small = (a: Float64Array): Float64Array => a.map((v) => v * scale);

  for (const binning of ['auto', 'equal-width', 'quantile'] as Binning[]) {
    for (const rule of ['evidently', 'hellinger'] as const) {
      it(`${binning} bins (${rule} rule) are finite, increasing and count like the same values at a small scale`, () => {
        const big = binNumbers(ref, cur, { binning, rule });
        const scaled = binNumbers(small(ref), small(cur), { binning, rule });
        expect(big.edges!.every(Number.isFinite)).toBe(true);
        expect(big.edges!.every((e, i) => i === 0 || e > big.edges![i - 1]!)).toBe(true);
        expect(big.edges![0]).toBe(ref[0]);
        expect(big.edges).toHaveLength(scaled.edges!.length);
        big.edges!.forEach((e, i) => expect(close(e * scale, scaled.edges![i]!, 1e-12)).toBe(true));
        expect(Array.from(big.reference)).toEqual(Array.from(scaled.reference));
        expect(Array.from(big.current)).toEqual(Array.from(scaled.current));
      });
    }
  }

  it('interpolates reference quantiles between neighbours whose difference overflows', () => {
    const edges = quantileEdges(Float64Array.from([-1.6e308, 1.6e308]), 4);
    expect(edges).toHaveLength(5);
    [-1.6e308, -0.8e308, 0, 0.8e308, 1.6e308].forEach((e, i) =>
      expect(close(edges[i]!, e, 1e-15, 1e292)).toBe(true),
    );
  });

  it('lets every binned method run instead of failing with "Invalid array length"', () => {
    const feature = {
      name: 'f',
      kind: 'numerical' as const,
      reference: numbers([...ref]),
      current: numbers([...cur]),
    };
    for (const method of [
      'chisquare',
      'psi',
      'kl_div',
      'jensenshannon',
      'hellinger',
      'linf',
      'g_test',
    ] as const) {
      const outcome = runMethod(method, feature, { binning: 'auto', random: seededRandom(1), warnings: [] });
      expect(Number.isFinite(outcome.statistic), method).toBe(true);
    }
  });
});

describe('hypergeometric draws with a table of ln k!', () => {
  it('draw exactly what the log-gamma version draws, for the same random numbers', () => {
    const table = Float64Array.from({ length: 3001 }, (_, k) => gammaln(k + 1));
    const params = seededRandom(11);
    for (let i = 0; i < 2000; i++) {
      const total = 1 + Math.floor(params() * 3000);
      const good = Math.floor(params() * (total + 1));
      const draws = Math.floor(params() * (total + 1));
      const seed = Math.floor(params() * 2 ** 32);
      const plain = hypergeometric(seededRandom(seed), good, total - good, draws);
      const fast = hypergeometric(seededRandom(seed), good, total - good, draws, table);
      expect(fast, `${good} of ${total}, ${draws} draws`).toBe(plain);
    }
  });
});
