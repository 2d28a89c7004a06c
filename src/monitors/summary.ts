/**
 * The job summary of a run with several monitors: one table of all monitors first (status, why, alert issue,
 * retraining), then one collapsed section per monitor holding that monitor's own summary. Every text that came
 * from files, rules or servers is escaped (the per-monitor summaries are escaped already).
 */
import type { DispatchResult } from '../github/dispatch.js';
import { renderActions, renderHeadline, renderReasons, SUMMARY_LIMIT } from '../report/markdown.js';
import { escapeMarkdown, truncate } from '../text/escape.js';
import type { VerdictStatus } from '../verdict.js';
import type { MonitorOutcome } from './run.js';

const STATUS: Record<VerdictStatus, string> = {
  due: '🔴 due',
  healthy: '🟢 healthy',
  unknown: '⚪ could not decide',
};
/** Characters of reasons shown in one table cell; the monitor's section has them all. */
const CELL_CHARS = 300;

function cell(text: string): string {
  return escapeMarkdown(truncate(text.replace(/\s+/g, ' '), CELL_CHARS));
}

/** Text inside an HTML element (the <summary> of a section): entities, not Markdown escapes; mentions broken. */
function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '&#64;');
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${encodeURI(url)})` : text;
}

export function renderMonitorsSummary(
  outcomes: readonly MonitorOutcome[],
  batch: DispatchResult | null,
  failures: readonly string[],
): string {
  const counts = new Map<VerdictStatus, number>();
  for (const o of outcomes) counts.set(o.verdict.status, (counts.get(o.verdict.status) ?? 0) + 1);
  const tally = (['due', 'unknown', 'healthy'] as const)
    .filter((s) => counts.get(s))
    .map((s) => `${counts.get(s)} ${s === 'unknown' ? 'could not decide' : s}`)
    .join(', ');
  const head = `### retrain-trigger: ${outcomes.length} monitors — ${tally}\n\n`;
  const rows = outcomes.map(({ monitor, verdict, result }) => {
    const why =
      verdict.status === 'due'
        ? verdict.reasons.join('; ')
        : verdict.undecided.length > 0
          ? `could not evaluate: ${verdict.undecided.join('; ')}`
          : '';
    const { effects } = result;
    const issue = effects.issueNumber !== undefined ? link(`#${effects.issueNumber}`, effects.issueUrl) : '—';
    const retraining = effects.dispatched
      ? link(effects.runId !== undefined ? `run ${effects.runId}` : 'dispatched', effects.runUrl)
      : '—';
    const after = monitor.dependsOn.length > 0 ? ` (after ${monitor.dependsOn.map(cell).join(', ')})` : '';
    return `| ${cell(monitor.key)}${after} | ${STATUS[verdict.status]} | ${cell(why) || '—'} | ${issue} | ${retraining} |`;
  });
  const table = `| Monitor | Status | Why | Alert issue | Retraining |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  const batchPart = batch
    ? `\n${renderActions(batch.records).replace('#### Actions', '#### Batch dispatch')}`
    : '';
  const failed = failures.map((f) => `> ❌ ${escapeMarkdown(f)}\n`).join('');
  const top = `${head}${table}${batchPart}${failed ? `\n${failed}` : ''}`;
  // The sections share what is left of GitHub's 1 MiB summary limit.
  const each = Math.max(
    2_000,
    Math.floor((SUMMARY_LIMIT - top.length - 10_000) / Math.max(1, outcomes.length)),
  );
  const sections = outcomes.map(({ monitor, verdict, result }) => {
    // Too long for its share: the headline, reasons and actions only (cutting the tables could break the Markdown).
    const body =
      result.summary.length > each
        ? `${renderHeadline(verdict)}\n\n${renderReasons(verdict)}\n${renderActions(result.effects.records)}\n` +
          `The tables did not fit the job summary; the report has them: ${escapeMarkdown(monitor.config.reportPath)}\n`
        : result.summary;
    return `<details><summary><b>${html(monitor.key)}</b> — ${STATUS[verdict.status]}</summary>\n\n${body}\n\n</details>\n`;
  });
  return `${top}\n${sections.join('\n')}`;
}
