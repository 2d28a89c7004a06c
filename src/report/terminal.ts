/** Plain-text rendering of a run for the CLI (and the action's log): same content as the summary. */
import type { ActionRecord } from '../github/types.js';
import { formatNumber } from '../text/format.js';
import type { Verdict } from '../verdict.js';
import { escapeLog } from '../text/escape.js';
import { bySeverity, metadataText, metricOrder, rulesByOutcome } from './markdown.js';
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

/** The whole run: the verdict, then what was done. */
export function renderTerminal(
  verdict: Verdict,
  records: readonly ActionRecord[],
  failures: readonly string[],
): string {
  return renderTerminalVerdict(verdict) + renderTerminalActions(records, failures);
}

/** What the evidence says: headline, reasons, rules, drift, metrics, metadata. */
export function renderTerminalVerdict(verdict: Verdict): string {
  const out: string[] = [];
  out.push(headline(verdict));
  for (const reason of verdict.reasons) out.push(`  - ${escapeLog(reason)}`);
  for (const cause of verdict.undecided) out.push(`  - could not evaluate: ${escapeLog(cause)}`);

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
    const rows = rulesByOutcome(verdict.rules).map((r) => [
      (r.outcome === 'triggered' ? 'TRIGGERED' : r.outcome === 'error' ? 'ERROR' : 'ok') +
        (r.standing && r.standing.state !== 'inactive' ? ` (${r.standing.text})` : ''),
      escapeLog(r.id),
      escapeLog(r.expression),
      r.outcome === 'error'
        ? escapeLog(r.error ?? '')
        : Object.entries(r.values)
            .map(([k, v]) => `${escapeLog(k)}=${num(v)}`)
            .join(', '),
    ]);
    out.push(columns([['outcome', 'rule', 'expression', 'values'], ...rows]).replace(/^/gm, '  '));
    for (const r of verdict.rules) {
      if (r.description) out.push(`  ${escapeLog(r.id)}: ${escapeLog(r.description)}`);
    }
  }

  const drift = verdict.evidence.drift;
  if (drift) {
    const state = verdict.drift?.undecided
      ? `COULD NOT BE DECIDED (${escapeLog(verdict.drift.undecided)})`
      : drift.detected
        ? 'DETECTED'
        : 'not detected';
    out.push(
      '',
      `Data drift: ${state} — ${drift.count} of ${drift.tested} features drifted (share ${num(drift.share)}, threshold ${num(drift.threshold)})`,
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

  const metrics = verdict.evidence.current.values;
  if (metrics.size > 0) {
    out.push('', `Metrics (${metrics.size}):`);
    const baseline = verdict.evidence.baseline?.values;
    const rows = metricOrder(verdict)
      .slice(0, MAX_ROWS)
      .map((name) => {
        const b = baseline?.get(name);
        return [escapeLog(name), num(metrics.get(name)), b === undefined ? '' : `baseline ${num(b)}`];
      });
    out.push(columns(rows).replace(/^/gm, '  '));
    if (metrics.size > MAX_ROWS) out.push(`  … ${metrics.size - MAX_ROWS} more in the JSON report`);
  }
  const metadata = verdict.evidence.current.metadata;
  if (metadata.size > 0) {
    out.push('', `Metadata (${metadata.size}):`);
    const rows = [...metadata]
      .slice(0, MAX_ROWS)
      .map(([name, value]) => [escapeLog(name), escapeLog(metadataText(value))]);
    out.push(columns(rows).replace(/^/gm, '  '));
  }

  return out.join('\n') + '\n';
}

/** What was done about it (or would be), and what failed. */
export function renderTerminalActions(records: readonly ActionRecord[], failures: readonly string[]): string {
  const out: string[] = [];
  if (records.length > 0) {
    out.push('', 'Actions:');
    for (const r of records)
      out.push(`  - ${r.kind}: ${escapeLog(r.outcome)} — ${escapeLog(r.detail)}${r.url ? ` ${r.url}` : ''}`);
  }
  for (const f of failures) out.push(`error: ${escapeLog(f)}`);
  return out.length > 0 ? out.join('\n') + '\n' : '';
}

function headline(verdict: Verdict): string {
  if (verdict.status === 'due') return 'RETRAINING IS DUE';
  if (verdict.undecided.length > 0) {
    const treated = verdict.status === 'healthy' ? ' (treated as healthy: on-unknown is healthy)' : '';
    return `⚪ Could not decide: ${verdict.undecided.length === 1 ? escapeLog(verdict.undecided[0] as string) : `${verdict.undecided.length} parts of the verdict could not be evaluated`}${treated}`;
  }
  return 'No retraining needed';
}
