/** Auto selection boundaries (Evidently's _get_default_stattest) and registry facts. */
import { describe, expect, it } from 'vitest';
import { METHODS, methodsFor } from '../../src/drift/methods.js';
import { autoMethod } from '../../src/drift/select.js';
import { DRIFT_METHODS, type DriftMethod } from '../../src/drift/types.js';

describe('autoMethod', () => {
  const raw = (referenceSize: number, distinct: number) => ({ referenceSize, distinct, profile: false });

  it('switches at 1000 reference rows and at 5 / 2 distinct values', () => {
    expect(autoMethod('numerical', raw(1000, 6))).toBe('ks');
    expect(autoMethod('numerical', raw(1001, 6))).toBe('wasserstein');
    expect(autoMethod('numerical', raw(1000, 5))).toBe('chisquare');
    expect(autoMethod('numerical', raw(1000, 3))).toBe('chisquare');
    expect(autoMethod('numerical', raw(1000, 2))).toBe('z');
    expect(autoMethod('numerical', raw(1001, 5))).toBe('jensenshannon');
    expect(autoMethod('categorical', raw(1000, 50))).toBe('chisquare');
    expect(autoMethod('categorical', raw(1000, 2))).toBe('z');
    expect(autoMethod('categorical', raw(1001, 2))).toBe('jensenshannon');
  });

  it('never picks a raw-rows method for a profile', () => {
    for (const size of [10, 5000]) {
      for (const facts of [
        { referenceSize: size, distinct: undefined, profile: true },
        { referenceSize: size, distinct: 40, profile: true },
      ]) {
        const method = autoMethod('numerical', facts);
        expect(METHODS[method].input).toBe('binned');
      }
    }
  });
});

describe('method registry', () => {
  it("describes every DriftMethod: 0.05 / 0.1 for ours, Evidently's defaults for the tests taken from it", () => {
    expect(Object.keys(METHODS).sort()).toEqual([...DRIFT_METHODS].sort());
    expect(METHODS.ks).toMatchObject({ output: 'p-value', defaultThreshold: 0.05, input: 'cdf' });
    expect(METHODS.anderson.defaultThreshold).toBe(0.05);
    expect(METHODS.tvd).toMatchObject({ output: 'p-value', defaultThreshold: 0.05, kinds: ['categorical'] });
    expect(METHODS.energy).toMatchObject({ output: 'distance', defaultThreshold: 0.1 });
    // Evidently's default_threshold (epps_singleton_stattest.py, fisher_exact_stattest.py, g_stattest.py,
    // mmd_stattest.py).
    const evidently: Partial<Record<DriftMethod, number>> = {
      es: 0.05,
      fisher_exact: 0.1,
      g_test: 0.1,
      empirical_mmd: 0.1,
    };
    for (const info of Object.values(METHODS)) {
      expect(info.defaultThreshold).toBe(evidently[info.name] ?? (info.output === 'p-value' ? 0.05 : 0.1));
    }
  });

  it('lists the binned methods usable on profiles', () => {
    expect(methodsFor('numerical', 'binned')).toEqual([
      'chisquare',
      'z',
      'psi',
      'kl_div',
      'jensenshannon',
      'hellinger',
      'linf',
      'fisher_exact',
      'g_test',
    ]);
    expect(methodsFor('categorical', 'binned')).toContain('tvd');
  });
});
