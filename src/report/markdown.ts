/**
 * Markdown rendering of a verdict, shared by the job summary and the alert issue body. Every name and text
 * that came from files or rules goes through escapeMarkdown / codeSpan.
 */
import type { DriftResult, FeatureDrift } from '../drift/types.js';
import type { ActionRecord } from '../github/types.js';
import { formatNumber, formatPercent } from '../text/format.js';
import type { RuleOutcome, RuleResult } from '../rules/index.js';
import type { Verdict } from '../verdict.js';
import { codeSpan, escapeMarkdown, truncate } from '../text/escape.js';
import { describeChanges, qualityCells } from './quality.js';

/** GitHub rejects a step summary over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 1_000_000;
/** Tables longer than this are folded into a <details> block. */
const FOLD_ROWS = 25;

const num = (x: number | null | undefined): string =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : formatNumber(x);

function table(header: string[], rows: string[][]): string {
  const head = `| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`;
  return head + rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}

function fold(summary: string, body: string, rows: number): string {
  return rows > FOLD_ROWS ? `<details><summary>${summary}</summary>\n\n${body}\n</details>\n` : body;
}

/** The verdict in one heading: 🔴 due, 🟢 healthy, ⚪ could not decide (never green when something was not evaluated). */
export function renderHeadline(verdict: Verdict): string {
  if (verdict.status === 'due') {
    const n = verdict.reasons.length;
    return `### 🔴 Retraining is due (${n} reason${n === 1 ? '' : 's'})`;
  }
  if (verdict.undecided.length > 0) {
    const what =
      verdict.undecided.length === 1
        ? escapeMarkdown(verdict.undecided[0] as string)
        : `${verdict.undecided.length} parts of the verdict could not be evaluated`;
    const treated = verdict.status === 'healthy' ? ' — treated as healthy (on-unknown: healthy)' : '';
    return `### ⚪ Could not decide: ${what}${treated}`;
  }
  return '### 🟢 No retraining needed';
}

export function renderReasons(verdict: Verdict): string {
  const reasons = verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`);
  // With one cause it is already the headline; with several (or next to a due verdict) they are listed.
  const single = verdict.status !== 'due' && verdict.undecided.length === 1;
  const undecided = single
    ? []
    : verdict.undecided.map((u) => `- ⚪ could not evaluate: ${escapeMarkdown(u)}`);
  const lines = [...reasons, ...undecided];
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

const OUTCOME_LABEL: Record<RuleOutcome, string> = {
  triggered: '🔴 triggered',
  error: '⚪ error',
  ok: '🟢 ok',
};
const OUTCOME_ORDER: Record<RuleOutcome, number> = { triggered: 0, error: 1, ok: 2 };

/** Rules as shown: triggered first, then those that could not be evaluated, then the rest (stable). */
export function rulesByOutcome(rules: readonly RuleResult[]): RuleResult[] {
  return [...rules].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
}

/** The outcome cell; with `for` / `clear-after` it says where the rule stands ("🟡 pending — 2 of 3 runs"). */
function outcomeLabel(r: RuleResult): string {
  const standing = r.standing;
  if (!standing || standing.state === 'inactive') return OUTCOME_LABEL[r.outcome];
  const icon = standing.counts ? '🔴' : '🟡';
  const now = r.outcome === 'error' ? ' (not evaluable on this run)' : '';
  return `${icon} ${escapeMarkdown(standing.text)}${now}`;
}

export function renderRulesTable(verdict: Verdict): string {
  if (verdict.rules.length === 0) return '';
  const rows = rulesByOutcome(verdict.rules).map((r) => [
    outcomeLabel(r),
    escapeMarkdown(r.id) + (r.description ? `<br>${escapeMarkdown(r.description)}` : ''),
    codeSpan(r.expression),
    r.outcome === 'error'
      ? escapeMarkdown(r.error ?? '')
      : Object.entries(r.values)
          .map(([k, v]) => `${escapeMarkdown(k)} = ${num(v)}`)
          .join('<br>'),
  ]);
  return `#### Rules\n\n${fold(`${rows.length} rules`, table(['Outcome', 'Rule', 'Expression', 'Values'], rows), rows.length)}`;
}

const STATUS_ORDER: Record<FeatureDrift['status'], number> = {
  drifted: 0,
  'below-effect-floor': 1,
  ok: 2,
  insufficient: 3,
};

/** Most severe first: drifted, then by how far past the threshold (smallest p / largest distance). */
export function bySeverity(a: FeatureDrift, b: FeatureDrift): number {
  const order = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (order !== 0) return order;
  const score = (f: FeatureDrift) =>
    f.pValue !== null
      ? -(f.adjustedPValue ?? f.pValue)
      : f.threshold > 0
        ? f.statistic / f.threshold
        : f.statistic;
  return score(b) - score(a);
}

const STATUS_LABEL: Record<FeatureDrift['status'], string> = {
  drifted: '🔴 drifted',
  ok: '🟢 ok',
  insufficient: '⚪ too few rows',
  'below-effect-floor': '🟡 significant, effect below floor',
};

/** The drift table; `undecided` (why drift could not be decided) turns the heading ⚪ instead of green. */
export function renderDriftTable(drift: DriftResult | null, undecided: string | null = null): string {
  if (!drift) return '';
  const verdict =
    undecided !== null
      ? `⚪ could not be decided: ${escapeMarkdown(undecided)}`
      : drift.detected
        ? '🔴 dataset drift detected'
        : '🟢 no dataset drift';
  const head = `#### Data drift — ${verdict}\n\n${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 2)}; threshold ${formatPercent(drift.threshold, 2)})${drift.correction !== 'none' ? `, ${drift.correction} correction` : ''}.\n\n`;
  const rows = [...drift.features]
    .sort(bySeverity)
    .map((f) => [
      STATUS_LABEL[f.status],
      escapeMarkdown(f.name),
      f.kind,
      f.method,
      num(f.statistic),
      f.pValue === null ? '—' : num(f.adjustedPValue ?? f.pValue),
      num(f.threshold),
      `${f.referenceSize} / ${f.currentSize}`,
    ]);
  const pHeader = drift.correction === 'none' ? 'p-value' : `p-value (${drift.correction}-adjusted)`;
  const body = table(
    ['Status', 'Feature', 'Kind', 'Method', 'Statistic', pHeader, 'Threshold', 'Rows (ref / cur)'],
    rows,
  );
  const warnings = drift.warnings.map((w) => `> ⚠️ ${escapeMarkdown(w)}\n`).join('');
  return head + fold(`${rows.length} features`, body, rows.length) + (warnings ? `\n${warnings}` : '');
}

/**
 * Metric names in the order people look for them: those read by a triggered rule first, then by a rule that
 * could not be evaluated, then by any rule, then the rest by the size of the relative change.
 */
export function metricOrder(verdict: Verdict): string[] {
  const { values } = verdict.evidence.current;
  const baseline = verdict.evidence.baseline?.values ?? new Map<string, number>();
  const rank = new Map<string, number>();
  for (const rule of rulesByOutcome(verdict.rules)) {
    for (const name of rule.metrics) if (!rank.has(name)) rank.set(name, OUTCOME_ORDER[rule.outcome]);
  }
  const rel = (name: string) => {
    const b = baseline.get(name);
    const v = values.get(name);
    return b === undefined || b === 0 || v === undefined ? 0 : Math.abs((v - b) / b);
  };
  return [...values.keys()].sort((a, b) => (rank.get(a) ?? 3) - (rank.get(b) ?? 3) || rel(b) - rel(a));
}

/** Metrics table rows, in metricOrder. */
export function renderMetricsTable(verdict: Verdict, budget = SUMMARY_LIMIT): string {
  const metrics = verdict.evidence.current.values;
  const baseline = verdict.evidence.baseline?.values ?? new Map<string, number>();
  if (metrics.size === 0) return '';
  const names = metricOrder(verdict);
  const withBaseline = baseline.size > 0;
  const header = withBaseline
    ? ['Metric', 'Value', 'Baseline', 'Change', 'Relative change']
    : ['Metric', 'Value'];
  const rows: string[][] = [];
  let size = 0;
  let cut = 0;
  for (const name of names) {
    const value = metrics.get(name) as number;
    const b = baseline.get(name);
    const r = b === undefined || b === 0 ? null : (value - b) / Math.abs(b);
    const row = withBaseline
      ? [
          escapeMarkdown(name),
          num(value),
          num(b),
          b === undefined ? '—' : num(value - b),
          r === null ? '—' : formatPercent(r, 2),
        ]
      : [escapeMarkdown(name), num(value)];
    size += Buffer.byteLength(row.join(' | ')) + 6;
    if (size > budget) {
      cut = names.length - rows.length;
      break;
    }
    rows.push(row);
  }
  const note = cut > 0 ? `\n_${cut} more metrics not shown (size limit); all are in the JSON report._\n` : '';
  return `#### Metrics\n\n${fold(`${metrics.size} metrics`, table(header, rows), rows.length)}${note}`;
}

const MARKDOWN_STYLE = { name: escapeMarkdown, label: codeSpan };

/** What changed in the data, as a list the summary and the issue lead with ('' when nothing changed). */
export function renderQualityChanges(verdict: Verdict): string {
  const lines = describeChanges(verdict.evidence.quality, MARKDOWN_STYLE);
  return lines.length === 0
    ? ''
    : `#### What changed in the data\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
}

/** Data quality per compared feature: missing share, new categories, values out of the reference range. */
export function renderQualityTable(verdict: Verdict): string {
  const quality = verdict.evidence.quality;
  if (!quality || quality.features.length === 0) return '';
  const rows = qualityCells(quality).map((r) => [escapeMarkdown(r.name), ...r.cells]);
  const head = `#### Data quality\n\n${quality.rows.reference} reference rows, ${quality.rows.current} current rows.\n\n`;
  const body = table(['Feature', 'Missing (ref → cur)', 'New categories', 'Out of reference range'], rows);
  return head + fold(`${rows.length} features`, body, rows.length);
}

/** A metadata value on one line, at most 120 characters: strings as they are, the rest as JSON. */
export function metadataText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  return truncate(text, 120);
}

/** Metadata of the metrics files (model name, training date, …): shown, never computed with. */
export function renderMetadataTable(verdict: Verdict): string {
  const { metadata } = verdict.evidence.current;
  const baseline = verdict.evidence.baseline?.metadata;
  if (metadata.size === 0 && (baseline?.size ?? 0) === 0) return '';
  const names = [...new Set([...metadata.keys(), ...(baseline?.keys() ?? [])])].slice(0, 50);
  const cell = (map: ReadonlyMap<string, unknown> | undefined, name: string) =>
    map?.has(name) ? codeSpan(metadataText(map.get(name))) : '—';
  const rows = names.map((name) =>
    baseline
      ? [escapeMarkdown(name), cell(metadata, name), cell(baseline, name)]
      : [escapeMarkdown(name), cell(metadata, name)],
  );
  const header = baseline ? ['Key', 'Value', 'Baseline'] : ['Key', 'Value'];
  return `#### Metadata\n\n${fold(`${rows.length} keys`, table(header, rows), rows.length)}`;
}

/**
 * The verdict's tables, shared by the summary and the alert issue: what changed in the data, rules, drift,
 * data quality, metrics. (Each caller states the
 * headline and the reasons in its own words above them.)
 */
export function renderVerdictMarkdown(verdict: Verdict, budget = SUMMARY_LIMIT): string {
  const parts = [
    renderQualityChanges(verdict),
    renderRulesTable(verdict),
    renderDriftTable(verdict.evidence.drift, verdict.drift?.undecided ?? null),
    renderQualityTable(verdict),
    renderMetadataTable(verdict),
  ].filter((p) => p !== '');
  const fixed = parts.join('\n');
  return [fixed, renderMetricsTable(verdict, Math.max(0, budget - fixed.length - 2_000))]
    .filter((p) => p)
    .join('\n');
}

export function renderActions(records: readonly ActionRecord[]): string {
  if (records.length === 0) return '';
  const lines = records.map((r) => {
    const link = r.url ? ` ([link](${encodeURI(r.url)}))` : '';
    const line = `- **${escapeMarkdown(r.kind)}**: ${escapeMarkdown(r.outcome)} — ${escapeMarkdown(r.detail)}${link}`;
    return r.output ? `${line}\n\n${codeBlock(r.output)}\n` : line;
  });
  return `#### Actions\n\n${lines.join('\n')}\n`;
}

export function renderSummary(
  verdict: Verdict,
  records: readonly ActionRecord[],
  failures: readonly string[],
): string {
  const failed = failures.map((f) => `> ❌ ${escapeMarkdown(f)}\n`).join('');
  const reasons = renderReasons(verdict);
  const head = `${renderHeadline(verdict)}\n\n${reasons ? `${reasons}\n` : ''}`;
  const actions = renderActions(records);
  const budget = SUMMARY_LIMIT - head.length - actions.length - failed.length - 1_000;
  return [head + renderVerdictMarkdown(verdict, budget), actions, failed].filter((p) => p).join('\n');
}

/** A fenced block for untrusted output: the fence is longer than any backtick run inside, so it cannot close early. */
function codeBlock(text: string): string {
  let longest = 2;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return `  ${fence}text\n${text.replace(/\r\n?/g, '\n').replace(/^/gm, '  ')}\n  ${fence}`;
}
