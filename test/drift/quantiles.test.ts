/**
 * ks, wasserstein and the binned methods on quantile profiles, checked against the engine's exact results on
 * the raw rows (which the scipy fixtures pin): every approximate value lies within the bound the engine
 * states, and the bound is the documented one (docs/profile-format.md, "Error bounds").
 */
import { describe, expect, it } from 'vitest';
import type { DriftData, FeatureProfile, QuantileSummary } from '../../src/data/types.js';
import { countIntoBins } from '../../src/drift/binning.js';
import { evaluateDrift } from '../../src/drift/engine.js';
import { runMethod, type FeatureSamples } from '../../src/drift/methods.js';
import { areaBetween, quantileCdf, sampleCdf, supDistance } from '../../src/drift/quantiles/cdf.js';
import { seededRandom } from '../../src/drift/stats/binned.js';
import { wassersteinDistance } from '../../src/drift/stats/distances.js';
import { ksStatistic } from '../../src/drift/stats/ks.js';
import type { DriftMethod } from '../../src/drift/types.js';
import { exactQuantiles, quantileSummary } from '../../src/profile/quantiles.js';
import { config, numericColumn, table } from './helpers.js';

function normal(random: () => number, n: number, mean = 0, sd = 1): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = 1 - random();
    out[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  }
  return out;
}

const sorted = (x: Float64Array): Float64Array => Float64Array.from(x).sort();

/** Samples of several shapes: continuous, shifted, wider, discrete with ties, heavy-tailed. */
function samples(seed: number, n: number, m: number): [string, Float64Array, Float64Array][] {
  const r = seededRandom(seed);
  const round = (x: Float64Array) => x.map((v) => Math.round(v * 2));
  const cauchy = (k: number) => Float64Array.from({ length: k }, () => Math.tan(Math.PI * (r() - 0.5)));
  return [
    ['same', normal(r, n), normal(r, m)],
    ['shifted', normal(r, n), normal(r, m, 0.3)],
    ['wider', normal(r, n), normal(r, m, 0, 1.5)],
    ['ties', round(normal(r, n)), round(normal(r, m, 0.5))],
    ['heavy', cauchy(n), cauchy(m)],
  ];
}

function profileSide(source: string, feature: FeatureProfile): DriftData {
  return { type: 'profile', profile: { source, features: new Map([[feature.name, feature]]) } };
}

function quantileFeature(values: Float64Array, q: number, rankError?: number): FeatureProfile {
  const quantiles: QuantileSummary = quantileSummary(sorted(values), q);
  if (rankError !== undefined) quantiles.rankError = rankError;
  return { kind: 'numerical', name: 'x', quantiles };
}

const raw = (source: string, values: Float64Array): DriftData => ({
  type: 'table',
  table: table(source, [numericColumn('x', [...values])]),
});

function drift(ref: DriftData, cur: DriftData, method: DriftMethod) {
  const result = evaluateDrift(ref, cur, config({ method, minSamples: 1 }));
  return { feature: result.features[0]!, warnings: result.warnings };
}

describe('CDF walk', () => {
  it('on two raw samples gives exactly the engine KS statistic and Wasserstein distance', () => {
    for (const [name, a, b] of samples(7, 500, 333)) {
      const [x, y] = [sorted(a), sorted(b)];
      expect(supDistance(sampleCdf(x), sampleCdf(y)), name).toBe(ksStatistic(x, y));
      expect(areaBetween(sampleCdf(x), sampleCdf(y)), name).toBe(wassersteinDistance(x, y));
    }
  });

  it('reads a run of equal quantiles as a jump and interpolates between distinct ones', () => {
    const q = quantileCdf({ values: [0, 1, 1, 1, 3], count: 4, std: 1 });
    const knots: number[][] = [];
    for (; q.x !== Infinity; q.advance()) knots.push([q.x, q.before, q.at]);
    expect(knots).toEqual([
      [0, 0, 0],
      [1, 0.25, 0.75],
      [3, 1, 1],
    ]);
    // Against a point mass at 2: the largest gap is F̂ = 0.875 just below 2 vs 0 (KS); the area is the
    // trapezoids of the linear pieces: 0.125 on [0, 1], 0.8125 on [1, 2], 0.0625 on [2, 3].
    const cdf = () => quantileCdf({ values: [0, 1, 1, 1, 3], count: 4, std: 1 });
    const point = () => sampleCdf(Float64Array.of(2));
    expect(supDistance(cdf(), point())).toBe(0.875);
    expect(areaBetween(cdf(), point())).toBe(1);
  });
});

describe('ks and wasserstein on quantile profiles', () => {
  const cases: [number, number, number][] = [
    [2000, 1500, 1000],
    [20000, 30000, 1000],
    [5000, 5000, 100],
    [300, 200, 1000],
  ];
  for (const [n, m, q] of cases) {
    it(`are within the stated bound of the raw-row values (n = ${n}, m = ${m}, q = ${q})`, () => {
      for (const [name, a, b] of samples(n + m + q, n, m)) {
        for (const method of ['ks', 'wasserstein'] as const) {
          const exact = drift(raw('r', a), raw('c', b), method).feature;
          for (const [label, ref, cur] of [
            [
              'both profiles',
              profileSide('r', quantileFeature(a, q)),
              profileSide('c', quantileFeature(b, q)),
            ],
            ['ref profile', profileSide('r', quantileFeature(a, q)), raw('c', b)],
            ['cur profile', raw('r', a), profileSide('c', quantileFeature(b, q))],
          ] as const) {
            const approx = runOn(ref, cur, method);
            const bound = approx.approximate!.statistic;
            const what = `${name} ${method} ${label}`;
            expect(Math.abs(approx.statistic - exact.statistic), what).toBeLessThanOrEqual(bound);
            if (method === 'ks') {
              // The documented bound: 1/q + 1/n per quantile side (+ 1/(2·max n) for the exact lattice).
              const side = (k: number) => 1 / q + 1 / k;
              const sides =
                label === 'both profiles' ? side(n) + side(m) : label === 'ref profile' ? side(n) : side(m);
              expect(bound, what).toBeLessThanOrEqual(sides + 1 / (2 * Math.max(n, m)) + 1e-15);
              expect(exact.pValue!, what).toBeGreaterThanOrEqual(approx.approximate!.low);
              expect(exact.pValue!, what).toBeLessThanOrEqual(approx.approximate!.high);
            } else {
              expect(exact.statistic, what).toBeGreaterThanOrEqual(approx.approximate!.low);
              expect(exact.statistic, what).toBeLessThanOrEqual(approx.approximate!.high);
            }
          }
        }
      }
    });
  }

  it('keeps within the bound with approximate quantiles whose ranks are off by the stated error', () => {
    const r = seededRandom(99);
    const [a, b] = [sorted(normal(r, 10000)), sorted(normal(r, 8000, 0.1))];
    const q = 1000;
    const delta = 0.002;
    // Each quantile moved to a rank up to delta·n away, the worst case of an approximate algorithm.
    const skewed = (x: Float64Array): QuantileSummary => {
      const values = exactQuantiles(x, q).map((_, k) => {
        const shift = (k % 2 === 0 ? 1 : -1) * Math.floor(delta * x.length);
        const rank = Math.min(x.length - 1, Math.max(0, Math.ceil((k * x.length) / q) - 1 + shift));
        return k === 0 ? x[0]! : k === q ? x[x.length - 1]! : x[rank]!;
      });
      for (let k = 1; k < values.length; k++) values[k] = Math.max(values[k]!, values[k - 1]!);
      return { values, count: x.length, std: quantileSummary(x, q).std, rankError: delta };
    };
    for (const method of ['ks', 'wasserstein'] as const) {
      const exact = drift(raw('r', a), raw('c', b), method).feature.statistic;
      const ref = profileSide('r', { kind: 'numerical', name: 'x', quantiles: skewed(a) });
      const cur = profileSide('c', { kind: 'numerical', name: 'x', quantiles: skewed(b) });
      const approx = runOn(ref, cur, method);
      expect(Math.abs(approx.statistic - exact), method).toBeLessThanOrEqual(approx.approximate!.statistic);
      expect(approx.approximate!.statistic, method).toBeGreaterThan(2 * delta + 1 / a.length);
    }
  });

  it('has a bound that a point mass inside one quantile interval nearly reaches', () => {
    // 99 values spread over [0, 1] and then 1 at 0.5: with q = 1 the linear CDF is off by ~0.5 at 0.5.
    const values = Float64Array.from({ length: 100 }, (_, i) => (i < 99 ? 0.5 : 1)).map((v, i) =>
      i === 0 ? 0 : v,
    );
    const ks = runOn(profileSide('r', quantileFeature(values, 1)), raw('c', values), 'ks');
    expect(ks.statistic).toBeGreaterThan(0.48);
    expect(ks.statistic).toBeLessThanOrEqual(ks.approximate!.statistic);
  });

  it('chooses ks or wasserstein for quantile profiles as for raw rows, and warns when the decision is unsure', () => {
    const r = seededRandom(5);
    const [a, b] = [normal(r, 800), normal(r, 800, 0.05)];
    const small = drift(
      profileSide('r', quantileFeature(a, 100)),
      profileSide('c', quantileFeature(b, 100)),
      'auto' as DriftMethod,
    );
    expect(small.feature.method).toBe('ks');
    const [c, d] = [normal(r, 3000), normal(r, 3000, 0.05)];
    const big = evaluateDrift(
      raw('r', c),
      profileSide('c', quantileFeature(d, 1000)),
      config({ minSamples: 1 }),
    );
    expect(big.features[0]!.method).toBe('wasserstein');
    // A p-value whose range straddles the threshold: a warning naming the feature and the range.
    const unsure = evaluateDrift(
      profileSide('r', quantileFeature(a, 10)),
      profileSide('c', quantileFeature(b, 10)),
      config({ method: 'ks', threshold: small.feature.pValue!, minSamples: 1 }),
    );
    expect(unsure.warnings.join('\n')).toMatch(
      /feature 'x': ks ran on quantiles; the p-value on the raw rows lies between [\d.e-]+ and [\d.e-]+, on both sides of the threshold/,
    );
  });
});

describe('binned methods on quantile profiles', () => {
  const methods = ['psi', 'kl_div', 'jensenshannon', 'hellinger', 'chisquare'] as const;

  it('are exact when the profile also has the histogram, and within the share bound without it', () => {
    const r = seededRandom(11);
    const [a, b] = [sorted(normal(r, 20000)), sorted(normal(r, 15000, 0.2))];
    const edges = [-4, -2, -1, -0.5, 0, 0.5, 1, 2, 4];
    const q = 1000;
    const histogram = (x: Float64Array) => [...countIntoBins(x, edges).counts];
    for (const method of methods) {
      const withHistogram = (x: Float64Array): FeatureProfile => ({
        kind: 'numerical',
        name: 'x',
        edges,
        counts: histogram(x),
        quantiles: quantileSummary(x, q),
      });
      const both = drift(
        profileSide('r', withHistogram(a)),
        profileSide('c', withHistogram(b)),
        method,
      ).feature;
      const mixed = drift(profileSide('r', withHistogram(a)), raw('c', b), method).feature;
      expect(mixed.statistic, method).toBe(both.statistic);
      const onlyQuantiles = drift(
        profileSide('r', withHistogram(a)),
        profileSide('c', quantileFeature(b, q)),
        method,
      );
      // Estimated counts: every share within 2·(1/q + 1/n) of the true share, so the value is close.
      expect(Math.abs(onlyQuantiles.feature.statistic - both.statistic), method).toBeLessThan(
        0.02 * Math.max(1, both.statistic),
      );
    }
    const estimated = drift(
      profileSide('r', quantileFeature(a, q)),
      profileSide('c', quantileFeature(b, q)),
      'psi',
    );
    expect(estimated.feature.status).not.toBe('insufficient');
  });

  it('estimates every bin share within 2·(1/q + δ) of the raw share', () => {
    const r = seededRandom(12);
    for (const q of [10, 100, 1000]) {
      const x = sorted(normal(r, 5000).map((v) => Math.round(v * 3) / 3));
      const edges = [-3, -1.5, -1, -0.2, 0, 0.4, 1, 1.7, 3];
      const exact = countIntoBins(x, edges).counts;
      const feature: FeatureSamples = {
        name: 'x',
        kind: 'numerical',
        reference: { form: 'histogram', edges, counts: [...exact] },
        current: { form: 'quantiles', quantiles: quantileSummary(x, q) },
      };
      const outcome = runMethod('psi', feature, { binning: 'auto', random: r, warnings: [] });
      const bound = 2 * (1 / q + 1 / x.length);
      outcome.binned!.current.forEach((count, i) => {
        expect(Math.abs(count / x.length - exact[i]! / x.length), `q=${q} bin ${i}`).toBeLessThanOrEqual(
          bound,
        );
      });
    }
  });

  it('bins by reference quantiles and measures the effect size over estimated bins', () => {
    const r = seededRandom(13);
    const [a, b] = [normal(r, 4000), normal(r, 4000, 1)];
    const ref = profileSide('r', quantileFeature(a, 1000));
    const cur = profileSide('c', quantileFeature(b, 1000));
    const quantile = evaluateDrift(
      ref,
      cur,
      config({ method: 'psi', binning: 'quantile', bins: 10, minSamples: 1 }),
    );
    const exact = evaluateDrift(
      raw('r', a),
      raw('c', b),
      config({ method: 'psi', binning: 'quantile', bins: 10 }),
    );
    expect(Math.abs(quantile.features[0]!.statistic - exact.features[0]!.statistic)).toBeLessThan(0.05);
    expect(quantile.features[0]!.drifted).toBe(true);
    // A shift of 1 sd moves ~38% of the mass: the effect size (tvd over the bins) says so, above a 0.2 floor.
    const floored = evaluateDrift(ref, cur, config({ method: 'ks', minEffectSize: 0.2, minSamples: 1 }));
    expect(floored.features[0]!.effectSize).toBeGreaterThan(0.3);
    expect(floored.features[0]!.status).toBe('drifted');
  });

  it('refuses the two-value tests on a quantile side', () => {
    const q = quantileFeature(Float64Array.of(0, 1, 1, 0), 4);
    expect(() => drift(profileSide('r', q), profileSide('c', q), 'z')).toThrow(
      "feature 'x': method 'z' compares the counts of two values, which a quantile profile does not have",
    );
  });
});

function runOn(ref: DriftData, cur: DriftData, method: 'ks' | 'wasserstein') {
  const side = (d: DriftData) => {
    if (d.type === 'table') {
      const col = d.table.columns.get('x')!;
      return { form: 'numbers' as const, sorted: sorted((col as { values: Float64Array }).values) };
    }
    const f = d.profile.features.get('x')! as Extract<FeatureProfile, { kind: 'numerical' }>;
    return { form: 'quantiles' as const, quantiles: f.quantiles! };
  };
  const feature: FeatureSamples = { name: 'x', kind: 'numerical', reference: side(ref), current: side(cur) };
  return runMethod(method, feature, { binning: 'auto', random: Math.random, warnings: [] });
}
