/** A FeatureDrift for tests: a drifted (or, with `drifted: false`, an ok) ks result unless overridden. */
import type { FeatureDrift } from '../../src/drift/types.js';

export function featureDrift(name: string, overrides: Partial<FeatureDrift> = {}): FeatureDrift {
  const drifted = overrides.drifted ?? (overrides.status ? overrides.status === 'drifted' : true);
  return {
    name,
    kind: 'numerical',
    method: 'ks',
    statistic: drifted ? 0.4 : 0.01,
    pValue: drifted ? 0.001 : 0.8,
    adjustedPValue: null,
    threshold: 0.05,
    drifted,
    status: drifted ? 'drifted' : 'ok',
    effectSize: null,
    referenceSize: 100,
    currentSize: 100,
    referenceDropped: 0,
    currentDropped: 0,
    ...overrides,
  };
}
