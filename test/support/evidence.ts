/** Evidence for tests, from plain records: numbers are metrics, anything else metadata. */
import type { DriftResult } from '../../src/drift/types.js';
import type { Evidence, MetricsEvidence } from '../../src/verdict.js';

export function metricsEvidence(
  record: Record<string, unknown> | Map<string, number>,
  file = 'metrics.json',
): MetricsEvidence {
  const entries = record instanceof Map ? [...record] : Object.entries(record);
  const side: MetricsEvidence = { values: new Map(), metadata: new Map(), sources: new Map(), files: [file] };
  for (const [name, value] of entries) {
    if (typeof value === 'number') side.values.set(name, value);
    else side.metadata.set(name, value);
    side.sources.set(name, file);
  }
  return side;
}

export function evidenceOf(
  current: Record<string, unknown> | Map<string, number>,
  baseline: Record<string, unknown> | Map<string, number> | null = null,
  drift: DriftResult | null = null,
): Evidence {
  return {
    current: metricsEvidence(current),
    baseline: baseline === null ? null : metricsEvidence(baseline, 'baseline.json'),
    drift,
  };
}
