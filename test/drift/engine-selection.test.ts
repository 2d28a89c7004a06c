/** The drift engine: which method and threshold each feature gets (auto selection and precedence). */
import { describe, expect, it } from 'vitest';
import { evaluateDrift } from '../../src/drift/engine.js';
import { InputError } from '../../src/errors.js';
import { categoricalColumn, config, normals, numericColumn, repeat, tableData } from './helpers.js';

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
