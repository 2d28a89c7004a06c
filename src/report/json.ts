/**
 * The JSON report: the machine-readable record of one run, a versioned format of its own
 * (schemas/report.schema.json, docs/report-format.md). Built field by field from the verdict — never internal
 * types serialised as they are — so internals can change without changing the format. It is also the record a
 * run history keeps, so fields are only ever added within a version; renaming or removing one is a new version.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FeatureDrift } from '../drift/types.js';
import type { QualityResult } from '../quality/types.js';
import type { ActionRecord, EffectsOutcome } from '../github/types.js';
import { InputError } from '../errors.js';
import type { RuleStandingInfo } from '../rules/types.js';
import type { OnUnknown, MetricsEvidence, Verdict, VerdictStatus } from '../verdict.js';

export const REPORT_SCHEMA_VERSION = 2;

/** Where the run happened, when known (Actions): for the history and for links. */
export interface ReportRun {
  url?: string;
  sha?: string;
  workflow?: string;
}

export interface ReportMetrics {
  /** Numeric metrics by name. */
  values: Record<string, number>;
  /** Keys that hold no number (strings, dates, null, lists), as the files hold them. */
  metadata: Record<string, unknown>;
  /** Name → file it came from. */
  sources: Record<string, string>;
  files: string[];
}

export interface ReportRule {
  id: string;
  name?: string;
  description?: string;
  expression: string;
  outcome: 'triggered' | 'ok' | 'error';
  values: Record<string, number>;
  reason?: string;
  error?: string;
  /** With `for` / `clear-after`: where the rule stands (added in 2.x; absent without hysteresis). */
  standing?: RuleStandingInfo;
}

export interface ReportFeature {
  name: string;
  kind: 'numerical' | 'categorical';
  method: string;
  status: FeatureDrift['status'];
  drifted: boolean;
  /** null when the feature could not be tested. */
  statistic: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  threshold: number;
  effectSize: number | null;
  /** ks / wasserstein on quantile profiles: the statistic is within ± this of the raw rows' (else absent). */
  bound?: number;
  rows: { reference: number; current: number };
  /** Rows dropped as empty / NaN / ±Infinity. */
  dropped: { reference: number; current: number };
}

export interface ReportDrift {
  /** `due` (drift detected), `healthy`, or `unknown` (could not be decided on this data). */
  status: VerdictStatus;
  /** False when a rule reads drift.* and decides about drift instead (then `status` does not count). */
  decides: boolean;
  detected: boolean;
  share: number;
  count: number;
  tested: number;
  threshold: number;
  correction: string;
  /** Why the drift decision could not be made on this data, or null. */
  undecided: string | null;
  /** With `drift.for` / `drift.clear-after`: where drift stands. */
  standing?: RuleStandingInfo;
  features: ReportFeature[];
  warnings: string[];
}

export interface Report {
  schemaVersion: 2;
  generatedAt: string;
  monitor: string;
  status: VerdictStatus;
  /** The verdict before on-unknown was applied. */
  assessed: VerdictStatus;
  onUnknown: OnUnknown;
  triggered: boolean;
  reasons: string[];
  undecided: string[];
  failedRules: string[];
  run: ReportRun;
  rules: ReportRule[];
  metrics: ReportMetrics;
  baseline: ReportMetrics | null;
  drift: ReportDrift | null;
  /** Data quality of the compared features (see quality/types.ts); null without two tables. */
  quality: QualityResult | null;
  actions: ActionRecord[];
  failures: string[];
}

export interface ReportContext {
  monitor: string;
  run?: ReportRun;
  now?: Date;
}

export function buildReport(verdict: Verdict, effects: EffectsOutcome, context: ReportContext): Report {
  const { evidence } = verdict;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (context.now ?? new Date()).toISOString(),
    monitor: context.monitor,
    status: verdict.status,
    assessed: verdict.assessed,
    onUnknown: verdict.onUnknown,
    triggered: verdict.triggered,
    reasons: [...verdict.reasons],
    undecided: [...verdict.undecided],
    failedRules: [...verdict.failedRules],
    run: { ...context.run },
    rules: verdict.rules.map((r) => ({
      id: r.id,
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...(r.description !== undefined ? { description: r.description } : {}),
      expression: r.expression,
      outcome: r.outcome,
      values: { ...r.values },
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
      ...(r.error !== undefined ? { error: r.error } : {}),
      ...(r.standing !== undefined ? { standing: { ...r.standing } } : {}),
    })),
    metrics: metricsRecord(evidence.current),
    baseline: evidence.baseline ? metricsRecord(evidence.baseline) : null,
    drift: driftRecord(verdict),
    quality: evidence.quality ?? null,
    actions: effects.records.map((a) => ({ ...a })),
    failures: [...effects.failures],
  };
}

/** Records built with Object.fromEntries: a metric named `__proto__` stays a plain key. */
function metricsRecord(side: MetricsEvidence): ReportMetrics {
  return {
    values: Object.fromEntries(side.values),
    metadata: Object.fromEntries(side.metadata),
    sources: Object.fromEntries(side.sources),
    files: [...side.files],
  };
}

const finite = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

function driftRecord(verdict: Verdict): ReportDrift | null {
  const drift = verdict.evidence.drift;
  if (!drift || !verdict.drift) return null;
  return {
    status: verdict.drift.status,
    decides: verdict.drift.decides,
    detected: drift.detected,
    share: drift.share,
    count: drift.count,
    tested: drift.tested,
    threshold: drift.threshold,
    correction: drift.correction,
    undecided: verdict.drift.undecided,
    ...(verdict.drift.standing ? { standing: { ...verdict.drift.standing } } : {}),
    features: drift.features.map((f) => ({
      name: f.name,
      kind: f.kind,
      method: f.method,
      status: f.status,
      drifted: f.drifted,
      statistic: f.status === 'insufficient' ? null : finite(f.statistic),
      pValue: finite(f.pValue),
      adjustedPValue: finite(f.adjustedPValue),
      threshold: f.threshold,
      effectSize: finite(f.effectSize),
      ...(f.bound !== undefined ? { bound: f.bound } : {}),
      rows: { reference: f.referenceSize, current: f.currentSize },
      dropped: { reference: f.referenceDropped, current: f.currentDropped },
    })),
    warnings: [...drift.warnings],
  };
}

/** Writes a report (the monitor's or the gate step's) as JSON. */
export async function writeReport(file: string, report: object): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`report-path: cannot write the report to ${file} (${code})`);
  }
}
