/** The drift engine: which features are compared, their kinds, and profiles on either side. */
import { describe, expect, it } from 'vitest';
import { evaluateDrift } from '../../src/drift/engine.js';
import { InputError } from '../../src/errors.js';
import type { FeatureProfile } from '../../src/data/types.js';
import { categoricalColumn, config, numericColumn, profileData, repeat, tableData } from './helpers.js';

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
      "drift features: 'acuracy' is no column of the reference (ref.csv) or current (cur.csv) data (columns: a, b, new, old)",
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

  it('explains that ks needs raw rows or quantiles, and anderson raw rows', () => {
    const run = (): unknown =>
      evaluateDrift(
        profileData('r', [hist([1, 2, 3, 4])]),
        profileData('c', [hist([4, 3, 2, 1])]),
        config({ method: 'ks' }),
      );
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      /method 'ks' needs raw rows or quantiles, but feature 'h' comes from a histogram profile without "quantiles" .* psi, kl_div, jensenshannon, hellinger, linf/,
    );
    expect(() =>
      evaluateDrift(
        profileData('r', [hist([1, 2, 3, 4])]),
        profileData('c', [hist([4, 3, 2, 1])]),
        config({ method: 'anderson' }),
      ),
    ).toThrow(/method 'anderson' needs raw rows, but feature 'h' comes from a profile .* psi, kl_div/);
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
