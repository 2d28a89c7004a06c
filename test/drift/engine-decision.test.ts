/** The drift engine: correction, min-samples, effect floor, the dataset decision and seeded permutations. */
import { describe, expect, it } from 'vitest';
import { evaluateDrift } from '../../src/drift/engine.js';
import { categoricalColumn, config, normals, numericColumn, repeat, tableData } from './helpers.js';

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
