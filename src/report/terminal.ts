/** Plain-text rendering of a run for the CLI (and the action's log): same content as the summary. */
import type { ActionRecord } from '../github/types.js';
import { formatNumber } from '../text/format.js';
import type { Verdict } from '../verdict.js';
import { escapeLog } from '../text/escape.js';
import { bySeverity } from './markdown.js';
import { describeChanges } from './quality.js';

const num = (x: number | null | undefined): string =>
  x === null || x === undefined || Number.isNaN(x) ? '-' : formatNumber(x);

function columns(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, i) =>
      Math.min(
        48,
        rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), 0),
      ),
    ) ?? [];
  return rows
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}

const MAX_ROWS = 40;

export function renderTerminal(
  verdict: Verdict,
  records: readonly ActionRecord[],
  failures: readonly string[],
): string {
  const out: string[] = [];
  out.push(verdict.triggered ? 'RETRAINING IS DUE' : 'No retraining needed');
  for (const reason of verdict.reasons) out.push(`  - ${escapeLog(reason)}`);

  const changes = describeChanges(verdict.evidence.quality, {
    name: escapeLog,
    label: (text) => `'${escapeLog(text)}'`,
  });
  if (changes.length > 0) {
    out.push('', 'What changed in the data:');
    for (const line of changes) out.push(`  - ${line}`);
  }

  if (verdict.rules.length > 0) {
    out.push('', 'Rules:');
    const rows = verdict.rules.map((r) => [
      r.triggered ? 'TRIGGERED' : 'ok',
      escapeLog(r.id),
      escapeLog(r.expression),
      Object.entries(r.values)
        .map(([k, v]) => `${escapeLog(k)}=${num(v)}`)
        .join(', '),
    ]);
    out.push(columns([['outcome', 'rule', 'expression', 'values'], ...rows]).replace(/^/gm, '  '));
  }

  const drift = verdict.evidence.drift;
  if (drift) {
    out.push(
      '',
      `Data drift: ${drift.detected ? 'DETECTED' : 'not detected'} — ${drift.count} of ${drift.tested} features drifted (share ${num(drift.share)}, threshold ${num(drift.threshold)})`,
    );
    const features = [...drift.features].sort(bySeverity);
    const rows = features
      .slice(0, MAX_ROWS)
      .map((f) => [
        f.status,
        escapeLog(f.name),
        f.method,
        num(f.statistic),
        f.pValue === null ? '-' : num(f.adjustedPValue ?? f.pValue),
        num(f.threshold),
        `${f.referenceSize}/${f.currentSize}`,
      ]);
    out.push(
      columns([
        ['status', 'feature', 'method', 'statistic', 'p-value', 'threshold', 'rows'],
        ...rows,
      ]).replace(/^/gm, '  '),
    );
    if (features.length > MAX_ROWS)
      out.push(`  … ${features.length - MAX_ROWS} more features in the JSON report`);
    for (const w of drift.warnings) out.push(`  warning: ${escapeLog(w)}`);
  }

  const metrics = verdict.evidence.metrics;
  if (metrics.size > 0) {
    out.push('', `Metrics (${metrics.size}):`);
    const baseline = verdict.evidence.baseline;
    const rows = [...metrics].slice(0, MAX_ROWS).map(([name, value]) => {
      const b = baseline.get(name);
      return [escapeLog(name), num(value), b === undefined ? '' : `baseline ${num(b)}`];
    });
    out.push(columns(rows).replace(/^/gm, '  '));
    if (metrics.size > MAX_ROWS) out.push(`  … ${metrics.size - MAX_ROWS} more in the JSON report`);
  }

  if (records.length > 0) {
    out.push('', 'Actions:');
    for (const r of records)
      out.push(`  - ${r.kind}: ${escapeLog(r.outcome)} — ${escapeLog(r.detail)}${r.url ? ` ${r.url}` : ''}`);
  }
  for (const f of failures) out.push(`error: ${escapeLog(f)}`);
  return out.join('\n') + '\n';
}
