/** File-system edge of the pipeline: Config → Evidence (metrics, baseline, drift). */
import type { Config } from './config/types.js';
import { loadDriftData } from './load/table.js';
import { loadMetrics, type LoadedMetrics } from './load/metrics.js';
import { evaluateDrift } from './drift/engine.js';
import { assessQuality } from './quality/assess.js';
import type { Evidence, MetricsEvidence } from './verdict.js';

export async function gatherEvidence(config: Config): Promise<Evidence> {
  const cwd = config.workingDirectory;
  const current = config.metrics.length > 0 ? await loadMetrics(config.metrics, 'metrics', cwd) : null;
  const baseline = config.baseline.length > 0 ? await loadMetrics(config.baseline, 'baseline', cwd) : null;
  let drift = null;
  let quality = null;
  if (config.drift) {
    const options = config.drift.table ? { format: config.drift.table } : {};
    const reference = await loadDriftData(config.drift.reference, 'reference-data', cwd, options);
    const currentData = await loadDriftData(config.drift.current, 'current-data', cwd, options);
    drift = evaluateDrift(reference, currentData, config.drift);
    quality = assessQuality(reference, currentData, drift.features);
  }
  return {
    current: current
      ? side(current)
      : { values: new Map(), metadata: new Map(), sources: new Map(), files: [] },
    baseline: baseline ? side(baseline) : null,
    drift,
    quality,
  };
}

function side(loaded: LoadedMetrics): MetricsEvidence {
  return { values: loaded.values, metadata: loaded.metadata, sources: loaded.sources, files: loaded.files };
}
