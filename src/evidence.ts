/** File-system edge of the pipeline: Config → Evidence (metrics, baseline, drift). */
import type { Config } from './config/types.js';
import { matchesName } from './data/names.js';
import { loadMetrics, type LoadedMetrics } from './load/metrics.js';
import type { DriftResult } from './drift/types.js';
import type { FeatureQuality, QualityResult } from './quality/types.js';
import type { Evidence, MetricsEvidence } from './verdict.js';

/** How a step's log is written: lines, and a titled group around a long part (a `::group::` in Actions). */
export interface EvidenceLog {
  log?: (line: string) => void;
  section?: <T>(title: string, work: () => Promise<T>) => Promise<T>;
}

export async function gatherEvidence(config: Config, output: EvidenceLog = {}): Promise<Evidence> {
  const cwd = config.workingDirectory;
  const current = config.metrics.length > 0 ? await loadMetrics(config.metrics, 'metrics', cwd) : null;
  const baseline = config.baseline.length > 0 ? await loadMetrics(config.baseline, 'baseline', cwd) : null;
  let drift: DriftResult | null = null;
  let quality: QualityResult | null = null;
  if (config.drift) {
    const settings = config.drift;
    const work = () => compareData(settings, cwd, output.log);
    const title = `Drift: ${settings.reference.join(', ')} vs ${settings.current.join(', ')}`;
    ({ drift, quality } = output.section ? await output.section(title, work) : await work());
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

/**
 * Read both sides and compare them feature by feature. Only the compared columns are read (`features`,
 * `exclude`), and each feature's columns are let go once tested and assessed (drift/engine.ts): memory holds
 * about one feature's columns of both sides (Parquet) or the tables read (CSV), not copies of them.
 * Drift, Parquet and the table readers are imported here, on first use: a metrics-only run never loads them.
 */
async function compareData(
  settings: NonNullable<Config['drift']>,
  cwd: string,
  log: ((line: string) => void) | undefined,
): Promise<{ drift: DriftResult; quality: QualityResult | null }> {
  const [{ openDriftSource }, { evaluateDriftFrom }, { assessFeature, summarizeQuality }] = await Promise.all(
    [import('./load/table.js'), import('./drift/engine.js'), import('./quality/assess.js')],
  );
  const exclude = settings.exclude ?? [];
  const options = {
    ...(settings.table ? { format: settings.table } : {}),
    wanted: (name: string) =>
      (settings.features === undefined || settings.features.includes(name)) &&
      !exclude.some((pattern) => matchesName(name, pattern)),
    ...(log ? { log } : {}),
  };
  const reference = await openDriftSource(settings.reference, 'reference-data', cwd, options);
  const current = await openDriftSource(settings.current, 'current-data', cwd, options);
  const assessed: FeatureQuality[] = [];
  const drift = await evaluateDriftFrom(reference, current, settings, (name, kind, ref, cur) =>
    assessed.push(assessFeature(name, kind, ref, cur)),
  );
  const quality =
    reference.type === 'columns' && current.type === 'columns'
      ? summarizeQuality(
          { reference: reference.columns.rowCount, current: current.columns.rowCount },
          assessed,
        )
      : null;
  return { drift, quality };
}

function side(loaded: LoadedMetrics): MetricsEvidence {
  return {
    values: loaded.values,
    metadata: loaded.metadata,
    sources: loaded.sources,
    files: loaded.files,
    history: loaded.history,
  };
}
