/**
 * The champion vs challenger table, for the job summary, the report and the alert issue: one row per gate
 * (value on each side, change, the gate, its outcome), then why each rejecting gate rejected. Every name and
 * text from files or config goes through escapeMarkdown / codeSpan.
 */
import { codeSpan, escapeMarkdown } from '../text/escape.js';
import { formatNumber } from '../text/format.js';
import type { GateMetric, GateOutcome, GateResult, GateVerdict } from './types.js';

const OUTCOME_LABEL: Record<GateOutcome, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  error: '⚠️ could not evaluate (rejects)',
};

const value = (x: number | null): string => (x === null ? '—' : formatNumber(x));

function signed(x: number): string {
  const text = formatNumber(x);
  return x > 0 ? `+${text}` : text.replace(/^-/, '−');
}

function change(metric: GateMetric): string {
  if (metric.change === null) return '—';
  const percent = metric.relativeChange === null ? null : Number((metric.relativeChange * 100).toFixed(2));
  const relative = percent === null ? '' : ` (${signed(percent)}%)`;
  return `${signed(metric.change)}${relative}`;
}

/** Cells listing each metric the gate reads, one per line (`<br>`, which GitHub renders inside tables). */
function cells(metrics: GateMetric[], cell: (m: GateMetric) => string): string {
  return metrics.length === 0 ? '—' : metrics.map(cell).join('<br>');
}

function row(result: GateResult): string[] {
  return [
    `${escapeMarkdown(result.id)}: ${codeSpan(result.gate)}`,
    cells(result.metrics, (m) => escapeMarkdown(m.name)),
    cells(result.metrics, (m) => value(m.challenger)),
    cells(result.metrics, (m) => value(m.champion)),
    cells(result.metrics, change),
    OUTCOME_LABEL[result.outcome],
  ];
}

/** `### ✅ Promote the candidate: all 3 gates passed` or `### ❌ Candidate rejected: …`. */
export function renderGateHeadline(verdict: GateVerdict): string {
  const n = verdict.gates.length;
  if (verdict.promote)
    return `### ✅ Promote the candidate: ${n === 1 ? 'the gate' : `all ${n} gates`} passed`;
  if (n === 0) return '### ❌ Candidate rejected: no gates were given';
  const k = verdict.rejectedBy.length;
  return `### ❌ Candidate rejected: ${k} of ${n} gate${n === 1 ? '' : 's'} did not pass`;
}

export function renderGateTable(verdict: GateVerdict): string {
  if (verdict.gates.length === 0) return '';
  const header = ['Gate', 'Metric', 'Challenger', 'Champion', 'Change', 'Outcome'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...verdict.gates.map((r) => `| ${row(r).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Why each rejecting gate rejected, one line each (empty when all passed). */
export function renderGateReasons(verdict: GateVerdict): string {
  const rejected = verdict.gates.filter((g) => g.outcome !== 'passed');
  return rejected.map((g) => `- ${escapeMarkdown(g.id)}: ${escapeMarkdown(g.reason)}\n`).join('');
}

/** Headline, table and reasons: the gate section of the summary and of the comment on the alert issue. */
export function renderGateMarkdown(verdict: GateVerdict): string {
  const reasons = renderGateReasons(verdict);
  const parts = [renderGateHeadline(verdict), renderGateTable(verdict), reasons];
  return `${parts
    .map((p) => p.trimEnd())
    .filter((p) => p !== '')
    .join('\n\n')}\n`;
}
