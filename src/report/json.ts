/** The JSON report: the machine-readable record of one run (versioned by `schemaVersion`). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../config/types.js';
import type { DriftResult } from '../drift/types.js';
import type { QualityResult } from '../quality/types.js';
import type { EffectsOutcome } from '../github/types.js';
import { InputError } from '../errors.js';
import type { Verdict } from '../verdict.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface Report {
  schemaVersion: number;
  generatedAt: string;
  monitor: string;
  triggered: boolean;
  reasons: string[];
  failedRules: string[];
  metrics: Record<string, number>;
  baseline: Record<string, number> | null;
  sources: { metrics: Record<string, string>; baseline: Record<string, string> };
  rules: {
    id: string;
    name?: string;
    expression: string;
    triggered: boolean;
    values: Record<string, number>;
    reason?: string;
  }[];
  drift: DriftResult | null;
  /** Data quality of the compared features (see quality/types.ts); null without two tables. */
  quality: QualityResult | null;
  actions: EffectsOutcome['records'];
  failures: string[];
}

export function buildReport(
  config: Config,
  verdict: Verdict,
  effects: EffectsOutcome,
  now = new Date(),
): Report {
  const { evidence } = verdict;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    monitor: config.monitorKey,
    triggered: verdict.triggered,
    reasons: verdict.reasons,
    failedRules: verdict.failedRules,
    metrics: Object.fromEntries(evidence.metrics),
    baseline: config.baseline.length > 0 ? Object.fromEntries(evidence.baseline) : null,
    sources: {
      metrics: Object.fromEntries(evidence.metricSources),
      baseline: Object.fromEntries(evidence.baselineSources),
    },
    rules: verdict.rules.map((r) => {
      const spec = config.rules.find((s) => s.id === r.id);
      return {
        id: r.id,
        ...(spec?.name ? { name: spec.name } : {}),
        expression: r.expression,
        triggered: r.triggered,
        values: r.values,
        ...(r.reason ? { reason: r.reason } : {}),
      };
    }),
    drift: evidence.drift,
    quality: evidence.quality ?? null,
    actions: effects.records,
    failures: effects.failures,
  };
}

export async function writeReport(file: string, report: Report): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`report-path: cannot write the report to ${file} (${code})`);
  }
}
