import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

import { describe, expect, it } from 'vitest';

import { getConfig } from '../../src/config/config.js';
import { evaluateDrift } from '../../src/drift/engine.js';
import { isDrift, METHODS } from '../../src/drift/methods.js';
import {
  DRIFT_METHODS,
  METHOD_ALIASES,
  type DriftMethod,
  type DriftMethodName,
} from '../../src/drift/types.js';
import { categoricalColumn, config, normals, numericColumn, repeat, tableData } from './helpers.js';

/*
 * Evidently's operator at the threshold, per method (the `return value, value <op> threshold` line of each
 * legacy/calculations/stattests/*.py): ks_stattest.py and cramer_von_mises_stattest.py use p <= threshold,
 * energy_distance.py uses distance > threshold, every other p-value test p < threshold and every other
 * distance distance >= threshold.
 */
const EVIDENTLY_OPERATOR: Record<DriftMethod, '<' | '<=' | '>' | '>='> = {
  ks: '<=',
  cramer_von_mises: '<=',
  energy: '>',
  chisquare: '<',
  z: '<',
  anderson: '<',
  t_test: '<',
  mannw: '<',
  tvd: '<',
  es: '<',
  fisher_exact: '<',
  g_test: '<',
  empirical_mmd: '<',
  wasserstein: '>=',
  psi: '>=',
  kl_div: '>=',
  jensenshannon: '>=',
  hellinger: '>=',
  linf: '>=', // not in Evidently; a distance like the others
};

const TWO_VALUES = new Set<DriftMethod>(['z', 'fisher_exact']);

/** A feature each method accepts, with a moderate shift so p-values fall strictly between 0 and 1. */
function data(method: DriftMethod): {
  reference: ReturnType<typeof tableData>;
  current: ReturnType<typeof tableData>;
} {
  if (TWO_VALUES.has(method)) {
    return {
      reference: tableData(
        'ref.csv',
        categoricalColumn(
          'f',
          repeat<string>([
            ['a', 40],
            ['b', 60],
          ]),
        ),
      ),
      current: tableData(
        'cur.csv',
        categoricalColumn(
          'f',
          repeat<string>([
            ['a', 50],
            ['b', 50],
          ]),
        ),
      ),
    };
  }
  if (!METHODS[method].kinds.includes('numerical')) {
    return {
      reference: tableData(
        'ref.csv',
        categoricalColumn(
          'f',
          repeat<string>([
            ['a', 40],
            ['b', 35],
            ['c', 25],
          ]),
        ),
      ),
      current: tableData(
        'cur.csv',
        categoricalColumn(
          'f',
          repeat<string>([
            ['a', 45],
            ['b', 25],
            ['c', 30],
          ]),
        ),
      ),
    };
  }
  return {
    reference: tableData('ref.csv', numericColumn('f', normals(120, 0, 1, 1))),
    current: tableData('cur.csv', numericColumn('f', normals(100, 0.25, 1, 2))),
  };
}

function run(method: DriftMethodName, threshold?: number) {
  const { reference, current } = data(METHODS[method as DriftMethod] ? (method as DriftMethod) : 'energy');
  const perFeature = { f: threshold === undefined ? { method } : { method, threshold } };
  return evaluateDrift(reference, current, config({ perFeature })).features[0]!;
}

describe("Evidently's operator at the exact threshold", () => {
  it('is recorded for every method', () => {
    for (const method of DRIFT_METHODS)
      expect(METHODS[method].comparison, method).toBe(EVIDENTLY_OPERATOR[method]);
  });

  for (const method of DRIFT_METHODS) {
    const op = EVIDENTLY_OPERATOR[method];
    it(`${method}: drift when value ${op} threshold`, () => {
      const first = run(method);
      const value = METHODS[method].output === 'p-value' ? first.pValue! : first.statistic;
      expect(Number.isFinite(value), `${method} value ${value}`).toBe(true);
      if (METHODS[method].output === 'p-value') {
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThan(1);
      }
      const inclusive = op === '<=' || op === '>=';
      expect(run(method, value).drifted, `at the threshold ${value}`).toBe(inclusive);
      // One step past the boundary on the drift side always drifts, one step the other way never does.
      const pValue = METHODS[method].output === 'p-value';
      const driftSide = pValue ? value * (1 + 1e-9) : value * (1 - 1e-9);
      const safeSide = pValue ? value * (1 - 1e-9) : value * (1 + 1e-9);
      expect(run(method, driftSide).drifted, `threshold ${driftSide}`).toBe(true);
      expect(run(method, safeSide).drifted, `threshold ${safeSide}`).toBe(false);
    });
  }

  it('applies the operator to the corrected p-value too', () => {
    const reference = tableData(
      'ref.csv',
      numericColumn('f', normals(120, 0, 1, 1)),
      numericColumn('g', normals(120, 0, 1, 3)),
    );
    const current = tableData(
      'cur.csv',
      numericColumn('f', normals(100, 0.25, 1, 2)),
      numericColumn('g', normals(100, 0.2, 1, 4)),
    );
    const once = evaluateDrift(reference, current, config({ method: 'ks', correction: 'bonferroni' }));
    const adjusted = once.features[0]!.adjustedPValue!;
    const again = evaluateDrift(
      reference,
      current,
      config({ method: 'ks', correction: 'bonferroni', perFeature: { f: { threshold: adjusted } } }),
    );
    expect(again.features[0]!.drifted).toBe(true); // p ≤ threshold
    expect(isDrift('ks', adjusted, adjusted)).toBe(true);
    expect(isDrift('t_test', adjusted, adjusted)).toBe(false);
  });
});

describe("Evidently's registered names", () => {
  it('accepts ed and TVD for energy and tvd and reports our name', () => {
    expect(METHOD_ALIASES).toEqual({ ed: 'energy', TVD: 'tvd' });
    const ed = run('ed');
    expect(ed.method).toBe('energy');
    expect(ed.statistic).toBe(run('energy').statistic);
    const { reference, current } = data('tvd');
    const tvd = evaluateDrift(reference, current, config({ categorical: { method: 'TVD' } })).features[0]!;
    expect(tvd).toMatchObject({ method: 'tvd', threshold: 0.05 });
  });

  it('are valid config values (schema) for the action input and the file', async () => {
    const cwd = mkdtempSync(`${tmpdir()}/rt-alias-`);
    for (const name of [...Object.keys(METHOD_ALIASES), 'es', 'fisher_exact', 'g_test', 'empirical_mmd']) {
      const inputs: Record<string, string> = {
        'reference-data': 'r.csv',
        'current-data': 'c.csv',
        'drift-method': name,
      };
      const loaded = await getConfig((key) => inputs[key], { cwd, env: {} });
      expect(loaded.drift?.method).toBe(name);
    }
  });

  it('names the aliases when a method is unknown', () => {
    const { reference, current } = data('ks');
    expect(() => evaluateDrift(reference, current, config({ method: 'kss' as DriftMethod }))).toThrow(
      /unknown method 'kss' \(known: auto, ks, .*empirical_mmd; Evidently's names ed, TVD also work\)/,
    );
  });
});
