/** The drift engine on small synthetic tables and profiles built in the test. */
import { describe, expect, it } from 'vitest';
import { evaluateDrift } from '../../src/drift/engine.js';
import { InputError } from '../../src/errors.js';
import type { DriftConfig, DriftData, FeatureProfile, ProfileSet } from '../../src/drift/types.js';
import { categoricalColumn, numericColumn, table } from './helpers.js';

function config(overrides: Partial<DriftConfig> = {}): DriftConfig {
  return {
    reference: ['ref.csv'],
    current: ['cur.csv'],
    method: 'auto',
    share: 0.5,
    numerical: {},
    categorical: {},
    perFeature: {},
    binning: 'auto',
    minSamples: 1,
    correction: 'none',
    seed: 42,
    ...overrides,
  };
}

/** Deterministic pseudo-normal values (sum of uniforms from a small LCG). */
function normals(n: number, mean: number, sd: number, seed: number): number[] {
  let s = seed;
  const u = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, () => mean + sd * (u() + u() + u() + u() + u() + u() - 3) * Math.SQRT2);
}

function repeat<T>(pairs: [T, number][]): T[] {
  return pairs.flatMap(([v, n]) => Array<T>(n).fill(v));
}

const tableData = (source: string, ...columns: Parameters<typeof table>[1]): DriftData => ({
  type: 'table',
  table: table(source, columns),
});

function profileData(source: string, features: FeatureProfile[]): DriftData {
  const profile: ProfileSet = { source, features: new Map(features.map((f) => [f.name, f])) };
  return { type: 'profile', profile };
}

describe('auto selection (Evidently: by reference size and distinct values)', () => {
  it('up to 1000 reference rows: ks for many values, chisquare for 3–5, z for 2', () => {
    const ref = tableData(
      'ref.csv',
      numericColumn('wide', normals(500, 0, 1, 1)),
      numericColumn(
        'five',
        repeat([
          [1, 100],
          [2, 100],
          [3, 100],
          [4, 100],
          [5, 100],
        ]),
      ),
      numericColumn(
        'two',
        repeat([
          [0, 250],
          [1, 250],
        ]),
      ),
      categoricalColumn(
        'colour',
        repeat<string>([
          ['red', 200],
          ['blue', 200],
          ['green', 100],
        ]),
      ),
      categoricalColumn(
        'flag',
        repeat<string>([
          ['y', 300],
          ['n', 200],
        ]),
      ),
    );
    const cur = tableData(
      'cur.csv',
      numericColumn('wide', normals(300, 0, 1, 2)),
      numericColumn(
        'five',
        repeat([
          [1, 60],
          [2, 60],
          [3, 60],
          [4, 60],
          [5, 60],
        ]),
      ),
      numericColumn(
        'two',
        repeat([
          [0, 150],
          [1, 150],
        ]),
      ),
      categoricalColumn(
        'colour',
        repeat<string>([
          ['red', 100],
          ['blue', 100],
          ['green', 100],
        ]),
      ),
      categoricalColumn(
        'flag',
        repeat<string>([
          ['y', 150],
          ['n', 150],
        ]),
      ),
    );
    const result = evaluateDrift(ref, cur, config());
    expect(result.features.map((f) => [f.name, f.kind, f.method])).toEqual([
      ['wide', 'numerical', 'ks'],
      ['five', 'numerical', 'chisquare'],
      ['two', 'numerical', 'z'],
      ['colour', 'categorical', 'chisquare'],
      ['flag', 'categorical', 'z'],
    ]);
    expect(result.features.every((f) => f.pValue !== null && f.pValue >= 0 && f.pValue <= 1)).toBe(true);
  });

  it('above 1000 reference rows: wasserstein for more than 5 values, else jensenshannon', () => {
    const ref = tableData(
      'ref.csv',
      numericColumn('wide', normals(1001, 0, 1, 3)),
      numericColumn(
        'few',
        repeat([
          [1, 501],
          [2, 500],
        ]),
      ),
      categoricalColumn(
        'colour',
        repeat<string>([
          ['red', 600],
          ['blue', 401],
        ]),
      ),
    );
    const cur = tableData(
      'cur.csv',
      numericColumn('wide', normals(200, 0.5, 1, 4)),
      numericColumn(
        'few',
        repeat([
          [1, 100],
          [2, 100],
        ]),
      ),
      categoricalColumn(
        'colour',
        repeat<string>([
          ['red', 100],
          ['blue', 100],
        ]),
      ),
    );
    const result = evaluateDrift(ref, cur, config());
    expect(result.features.map((f) => f.method)).toEqual(['wasserstein', 'jensenshannon', 'jensenshannon']);
    expect(result.features.map((f) => f.pValue)).toEqual([null, null, null]);
    expect(result.features[0]!.threshold).toBe(0.1);
    // a 0.5 sd shift is well over the 0.1 normed-Wasserstein threshold
    expect(result.features[0]!.drifted).toBe(true);
  });

  it('counts distinct values over both samples, after dropping missing cells', () => {
    const ref = tableData('ref.csv', numericColumn('x', [1, 2, 1, 2, NaN, NaN, NaN, NaN]));
    const cur = tableData('cur.csv', numericColumn('x', [1, 2, 3, 3, 3, NaN]));
    const [f] = evaluateDrift(ref, cur, config()).features;
    expect(f).toMatchObject({ method: 'chisquare', referenceSize: 4, currentSize: 5 });
    expect(f).toMatchObject({ referenceDropped: 4, currentDropped: 1 });
  });
});

describe('method and threshold precedence', () => {
  const ref = tableData(
    'ref.csv',
    numericColumn('a', normals(200, 0, 1, 5)),
    numericColumn('b', normals(200, 0, 1, 6)),
    categoricalColumn(
      'c',
      repeat<string>([
        ['x', 100],
        ['y', 60],
        ['z', 40],
      ]),
    ),
  );
  const cur = tableData(
    'cur.csv',
    numericColumn('a', normals(200, 0, 1, 7)),
    numericColumn('b', normals(200, 0, 1, 8)),
    categoricalColumn(
      'c',
      repeat<string>([
        ['x', 90],
        ['y', 70],
        ['z', 40],
      ]),
    ),
  );

  it('perFeature > numerical/categorical > global method, and thresholds likewise', () => {
    const result = evaluateDrift(
      ref,
      cur,
      config({
        method: 'psi',
        threshold: 0.3,
        numerical: { method: 'wasserstein', threshold: 0.2 },
        perFeature: { a: { method: 'energy', threshold: 0.7 } },
      }),
    );
    expect(result.features.map((f) => [f.name, f.method, f.threshold])).toEqual([
      ['a', 'energy', 0.7],
      ['b', 'wasserstein', 0.2],
      ['c', 'psi', 0.3],
    ]);
  });

  it("'auto' at a level falls through to auto selection; defaults come from the method", () => {
    const result = evaluateDrift(
      ref,
      cur,
      config({ method: 'auto', categorical: { method: 'linf' }, perFeature: { b: { method: 'auto' } } }),
    );
    expect(result.features.map((f) => [f.method, f.threshold])).toEqual([
      ['ks', 0.05],
      ['ks', 0.05],
      ['linf', 0.1],
    ]);
  });

  it('refuses a method that does not apply to the kind, naming the allowed ones', () => {
    const run = (): unknown => evaluateDrift(ref, cur, config({ method: 'ks' }));
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      /method 'ks' cannot test the categorical feature 'c' \(methods for categorical features: chisquare, z, psi/,
    );
    expect(() => evaluateDrift(ref, cur, config({ perFeature: { a: { method: 'tvd' } } }))).toThrow(
      /drift perFeature 'a': method 'tvd' cannot test the numerical feature 'a'/,
    );
  });
});

describe('multiple-testing correction', () => {
  // Three two-valued features with known z-test p-values: strong, moderate and no shift.
  const shares: [string, number, number][] = [
    ['strong', 0.5, 0.3],
    ['moderate', 0.5, 0.4],
    ['none', 0.5, 0.5],
  ];
  const ref = tableData(
    'ref.csv',
    ...shares.map(([name, p]) =>
      categoricalColumn(
        name,
        repeat<string>([
          ['a', Math.round(200 * p)],
          ['b', Math.round(200 * (1 - p))],
        ]),
      ),
    ),
  );
  const cur = tableData(
    'cur.csv',
    ...shares.map(([name, , q]) =>
      categoricalColumn(
        name,
        repeat<string>([
          ['a', Math.round(200 * q)],
          ['b', Math.round(200 * (1 - q))],
        ]),
      ),
    ),
  );

  it('none: raw p-values decide', () => {
    const result = evaluateDrift(ref, cur, config());
    const [strong, moderate, none] = result.features;
    expect(strong!.pValue!).toBeLessThan(0.001);
    expect(moderate!.pValue!).toBeGreaterThan(0.05 / 3);
    expect(moderate!.pValue!).toBeLessThan(0.05);
    expect(none!.pValue).toBe(1);
    expect(result.features.map((f) => f.adjustedPValue)).toEqual([null, null, null]);
    expect(result.features.map((f) => f.drifted)).toEqual([true, true, false]);
  });

  it('bonferroni multiplies by the number of p-value features and caps at 1', () => {
    const result = evaluateDrift(ref, cur, config({ correction: 'bonferroni' }));
    for (const f of result.features) expect(f.adjustedPValue).toBeCloseTo(Math.min(1, f.pValue! * 3), 12);
    expect(result.features.map((f) => f.drifted)).toEqual([true, false, false]);
    expect(result.correction).toBe('bonferroni');
  });

  it('benjamini-hochberg adjusts step-up', () => {
    const result = evaluateDrift(ref, cur, config({ correction: 'benjamini-hochberg' }));
    const [strong, moderate, none] = result.features;
    expect(strong!.adjustedPValue).toBeCloseTo(strong!.pValue! * 3, 12);
    expect(moderate!.adjustedPValue).toBeCloseTo(moderate!.pValue! * 1.5, 12);
    expect(none!.adjustedPValue).toBe(1);
  });

  it('distance features are not corrected and do not count in m', () => {
    const result = evaluateDrift(
      ref,
      cur,
      config({ correction: 'bonferroni', perFeature: { none: { method: 'psi' } } }),
    );
    expect(result.features[2]!.adjustedPValue).toBeNull();
    expect(result.features[0]!.adjustedPValue).toBeCloseTo(result.features[0]!.pValue! * 2, 12);
  });
});

describe('min-samples, effect floor and the dataset decision', () => {
  it('marks features with too few rows insufficient and leaves them out of the share', () => {
    const ref = tableData(
      'ref.csv',
      categoricalColumn(
        'full',
        repeat<string>([
          ['a', 50],
          ['b', 50],
        ]),
      ),
      categoricalColumn('sparse', [
        ...repeat<string | null>([
          ['a', 5],
          [null, 95],
        ]),
      ]),
    );
    const cur = tableData(
      'cur.csv',
      categoricalColumn(
        'full',
        repeat<string>([
          ['a', 90],
          ['b', 10],
        ]),
      ),
      categoricalColumn('sparse', repeat<string>([['b', 100]])),
    );
    const result = evaluateDrift(ref, cur, config({ minSamples: 10, share: 1 }));
    expect(result.features[1]).toMatchObject({
      status: 'insufficient',
      drifted: false,
      pValue: null,
      effectSize: null,
      referenceSize: 5,
      referenceDropped: 95,
    });
    expect(result).toMatchObject({ tested: 1, count: 1, share: 1, detected: true });
    expect(result.warnings.join('\n')).toMatch(
      /not enough rows to test 'sparse' \(5 reference, 100 current\)/,
    );
  });

  it('reports significant but tiny changes as below-effect-floor', () => {
    // 200,000 rows each: a 1-point share change is highly significant but moves only 1% of the mass.
    const ref = tableData(
      'ref.csv',
      categoricalColumn(
        'c',
        repeat<string>([
          ['a', 100_000],
          ['b', 60_000],
          ['c', 40_000],
        ]),
      ),
    );
    const cur = tableData(
      'cur.csv',
      categoricalColumn(
        'c',
        repeat<string>([
          ['a', 98_000],
          ['b', 62_000],
          ['c', 40_000],
        ]),
      ),
    );
    const plain = evaluateDrift(ref, cur, config({ method: 'chisquare' }));
    expect(plain.features[0]!.status).toBe('drifted');
    expect(plain.features[0]!.effectSize).toBeCloseTo(0.01, 12);
    const floored = evaluateDrift(ref, cur, config({ method: 'chisquare', minEffectSize: 0.05 }));
    expect(floored.features[0]).toMatchObject({ status: 'below-effect-floor', drifted: false });
    expect(floored).toMatchObject({ count: 0, tested: 1, detected: false });
  });

  it('uses the normed Wasserstein distance as the effect size of raw numbers (computed when a floor is set)', () => {
    const ref = tableData('ref.csv', numericColumn('x', normals(400, 0, 2, 9)));
    const cur = tableData('cur.csv', numericColumn('x', normals(400, 1, 2, 10)));
    const floored = evaluateDrift(ref, cur, config({ method: 'ks', minEffectSize: 0.1 }));
    const wasserstein = evaluateDrift(ref, cur, config({ method: 'wasserstein' }));
    expect(floored.features[0]!.effectSize).toBe(wasserstein.features[0]!.statistic);
    expect(wasserstein.features[0]!.effectSize).toBe(wasserstein.features[0]!.statistic);
    expect(floored.features[0]!.effectSize!).toBeGreaterThan(0.3);
    expect(floored.features[0]!.status).toBe('drifted');
    // without a floor the extra pass over long columns is skipped
    expect(evaluateDrift(ref, cur, config({ method: 'ks' })).features[0]!.effectSize).toBeNull();
  });

  it('detects dataset drift when count / tested reaches the share', () => {
    const ref = tableData(
      'ref.csv',
      categoricalColumn(
        'p',
        repeat<string>([
          ['a', 50],
          ['b', 50],
        ]),
      ),
      categoricalColumn(
        'q',
        repeat<string>([
          ['a', 50],
          ['b', 50],
        ]),
      ),
    );
    const cur = tableData(
      'cur.csv',
      categoricalColumn(
        'p',
        repeat<string>([
          ['a', 90],
          ['b', 10],
        ]),
      ),
      categoricalColumn(
        'q',
        repeat<string>([
          ['a', 50],
          ['b', 50],
        ]),
      ),
    );
    expect(evaluateDrift(ref, cur, config({ share: 0.5 }))).toMatchObject({
      count: 1,
      tested: 2,
      share: 0.5,
      detected: true,
    });
    expect(evaluateDrift(ref, cur, config({ share: 0.51 })).detected).toBe(false);
    expect(evaluateDrift(ref, cur, config({ minSamples: 1000 }))).toMatchObject({
      tested: 0,
      share: 0,
      detected: false,
    });
  });
});

describe('seeded permutations (tvd)', () => {
  const col = (name: string, a: number, b: number) =>
    categoricalColumn(
      name,
      repeat<string>([
        ['a', a],
        ['b', b],
        ['c', 30],
      ]),
    );
  const ref = tableData('ref.csv', col('p', 50, 40), col('q', 45, 45));
  const cur = tableData('cur.csv', col('p', 40, 50), col('q', 50, 40));

  it('gives a feature the same p-value whatever other features are tested', () => {
    const both = evaluateDrift(ref, cur, config({ method: 'tvd', features: ['p', 'q'] }));
    const reversed = evaluateDrift(ref, cur, config({ method: 'tvd', features: ['q', 'p'] }));
    expect(both.features[0]!.pValue).toBe(reversed.features[1]!.pValue);
    expect(both.features[0]!.pValue!).toBeGreaterThan(0.1);
    const seeds = [1, 2, 3, 4].map(
      (seed) => evaluateDrift(ref, cur, config({ method: 'tvd', seed })).features[0]!.pValue,
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('feature choice', () => {
  const ref = tableData(
    'ref.csv',
    numericColumn('a', [1, 2, 3]),
    numericColumn('b', [1, 2, 3]),
    numericColumn('old', [1]),
  );
  const cur = tableData(
    'cur.csv',
    numericColumn('a', [1, 2, 3]),
    numericColumn('b', [1, 2, 3]),
    numericColumn('new', [1]),
  );

  it('refuses columns present on one side only, naming them', () => {
    const run = (): unknown => evaluateDrift(ref, cur, config());
    expect(run).toThrow(InputError);
    expect(run).toThrow("current (cur.csv) lacks 'old'; reference (ref.csv) lacks 'new'");
  });

  it('tests a common subset chosen in features, with a warning about the rest', () => {
    const result = evaluateDrift(ref, cur, config({ features: ['b', 'a'] }));
    expect(result.features.map((f) => f.name)).toEqual(['b', 'a']);
    expect(result.warnings).toContain(
      "drift: columns present on one side only were not compared: current (cur.csv) lacks 'old'; reference (ref.csv) lacks 'new'",
    );
  });

  it('names unknown and one-sided features', () => {
    expect(() => evaluateDrift(ref, cur, config({ features: ['a', 'acuracy'] }))).toThrow(
      "drift features: unknown feature 'acuracy' (available: a, b)",
    );
    expect(() => evaluateDrift(ref, cur, config({ features: ['old'] }))).toThrow(
      "drift features: 'old' is missing from the current (cur.csv) data",
    );
  });
});

describe('feature kinds', () => {
  it('tests a column numerical on one side and categorical on the other as categorical (1.0 meets 1)', () => {
    const ref = tableData(
      'ref.csv',
      numericColumn(
        'k',
        repeat([
          [1.0, 50],
          [2, 50],
        ]),
      ),
    );
    const cur = tableData(
      'cur.csv',
      categoricalColumn(
        'k',
        repeat<string>([
          ['1', 50],
          ['2', 50],
        ]),
      ),
    );
    const [f] = evaluateDrift(ref, cur, config()).features;
    expect(f).toMatchObject({ kind: 'categorical', method: 'z', statistic: 0, pValue: 1, drifted: false });
  });

  it('follows a type override, and reports labels that are not numbers', () => {
    const ref = tableData('ref.csv', categoricalColumn('n', ['1', '2', '3', ' ', null]));
    const cur = tableData('cur.csv', categoricalColumn('n', ['1', '2', '4']));
    const [f] = evaluateDrift(ref, cur, config({ perFeature: { n: { type: 'numerical' } } })).features;
    expect(f).toMatchObject({ kind: 'numerical', referenceSize: 3, referenceDropped: 2 });
    const bad = tableData('cur.csv', categoricalColumn('n', ['1', 'two']));
    expect(() => evaluateDrift(ref, bad, config({ perFeature: { n: { type: 'numerical' } } }))).toThrow(
      "cur.csv: column 'n' is configured as numerical but holds the value 'two'",
    );
  });
});

describe('profiles', () => {
  const hist = (counts: number[], edges = [0, 1, 2, 3, 4]): FeatureProfile => ({
    kind: 'numerical',
    name: 'h',
    edges,
    counts,
  });

  it('runs binned methods on two histograms with identical edges', () => {
    const result = evaluateDrift(
      profileData('ref.json', [hist([10, 20, 30, 40])]),
      profileData('cur.json', [hist([40, 30, 20, 10])]),
      config({ method: 'psi' }),
    );
    const p = [0.1, 0.2, 0.3, 0.4];
    const q = [0.4, 0.3, 0.2, 0.1];
    const psi = p.reduce((s, x, i) => s + (x - q[i]!) * Math.log(x / q[i]!), 0);
    expect(result.features[0]).toMatchObject({ method: 'psi', referenceSize: 100, drifted: true });
    expect(result.features[0]!.statistic).toBeCloseTo(psi, 12);
    expect(result.features[0]!.effectSize).toBeCloseTo(0.4, 12);
  });

  it('auto picks chisquare (<= 1000 rows) or jensenshannon for a numerical profile', () => {
    const small = evaluateDrift(
      profileData('r', [hist([1, 2, 3, 4])]),
      profileData('c', [hist([4, 3, 2, 1])]),
      config(),
    );
    const big = evaluateDrift(
      profileData('r', [hist([1000, 2, 3, 4])]),
      profileData('c', [hist([4, 3, 2, 1])]),
      config(),
    );
    expect(small.features[0]!.method).toBe('chisquare');
    expect(big.features[0]!.method).toBe('jensenshannon');
  });

  it('explains that raw rows are needed for methods like ks', () => {
    const run = (): unknown =>
      evaluateDrift(
        profileData('r', [hist([1, 2, 3, 4])]),
        profileData('c', [hist([4, 3, 2, 1])]),
        config({ method: 'ks' }),
      );
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      /method 'ks' needs raw rows, but feature 'h' comes from a profile .* psi, kl_div, jensenshannon, hellinger, linf/,
    );
  });

  it('refuses histograms with different edges', () => {
    expect(() =>
      evaluateDrift(
        profileData('r', [hist([1, 2, 3, 4])]),
        profileData('c', [hist([1, 2, 3], [0, 1, 2, 4])]),
        config(),
      ),
    ).toThrow(
      "feature 'h': the reference and current profiles have different histogram edges ([0, 1, 2, 3, 4] vs [0, 1, 2, 4])",
    );
  });

  it('refuses a histogram whose edges do not fit its counts, and a bin count below 1', () => {
    const run = (): unknown =>
      evaluateDrift(
        profileData('r.json', [hist([1, 2, 3])]),
        profileData('c.json', [hist([1, 2, 3])]),
        config(),
      );
    expect(run).toThrow("r.json: the histogram of feature 'h' has 5 edges and 3 counts");
    const ref = tableData('ref.csv', numericColumn('x', [1, 2]));
    expect(() => evaluateDrift(ref, ref, config({ bins: 0 }))).toThrow(
      'drift: bins must be a whole number of at least 1, found 0',
    );
  });

  it('bins a table against a profile with the profile edges, warning about values outside them', () => {
    const ref = profileData('ref.json', [hist([25, 25, 25, 25])]);
    const cur = tableData('cur.csv', numericColumn('h', [0.5, 1.5, 2.5, 3.5, 4, 9, -1, NaN]));
    const result = evaluateDrift(ref, cur, config({ method: 'linf' }));
    // current counts: [0.5, -1] → bin 0, 1.5 → 1, 2.5 → 2, [3.5, 4, 9] → 3: shares 2/7, 1/7, 1/7, 3/7
    expect(result.features[0]!.statistic).toBeCloseTo(3 / 7 - 0.25, 12);
    expect(result.features[0]).toMatchObject({ currentSize: 7, currentDropped: 1 });
    expect(result.warnings).toContain(
      "feature 'h': 2 current value(s) fall outside the profile's histogram [0, 4] and were counted in its outer bins",
    );
  });

  it('compares category counts with a categorical column, and refuses a conflicting type override', () => {
    const ref = profileData('ref.json', [
      { kind: 'categorical', name: 'c', counts: { a: 500, b: 300, c: 200 } },
    ]);
    const cur = tableData(
      'cur.csv',
      categoricalColumn(
        'c',
        repeat<string>([
          ['a', 50],
          ['b', 30],
          ['c', 20],
        ]),
      ),
    );
    const result = evaluateDrift(ref, cur, config());
    expect(result.features[0]).toMatchObject({
      method: 'chisquare',
      statistic: 0,
      pValue: 1,
      referenceSize: 1000,
    });
    expect(() => evaluateDrift(ref, cur, config({ perFeature: { c: { type: 'numerical' } } }))).toThrow(
      "drift perFeature 'c': type 'numerical' conflicts with the profile",
    );
  });
});
