/**
 * Trend charts as Mermaid `xychart-beta` text, which GitHub renders in issue bodies and job summaries.
 *
 * Pure text builders. Untrusted names (metrics, features, category labels) go into quoted Mermaid strings, which
 * have no escape: every character outside a small safe set becomes `_`, and names are shortened, so a name can
 * neither close the string, nor the ```mermaid fence, nor start a directive. Every chart is parsed by Mermaid's
 * own parser in test/report/charts.test.ts, and stays under MAX_CHART_CHARS (GitHub renders Mermaid up to
 * Mermaid's `maxTextSize` of 50,000 characters; an issue body holds 65,536, so each chart keeps well below).
 */

/** Runs a trend chart shows by default. */
export const CHART_RUNS = 30;
/** Ceiling for one chart's text, far below Mermaid's 50,000-character maxTextSize. */
export const MAX_CHART_CHARS = 4000;
const MAX_LABEL = 40;
const MAX_POINTS = 60;

export interface TrendPoint {
  /** Short x-axis label, e.g. the run's date `11-28`. */
  label: string;
  value: number;
}

/** Keeps a label inside a quoted Mermaid string: letters, digits and a few punctuation marks only. */
export function chartLabel(text: string): string {
  const safe = text.replace(/[^\p{L}\p{N} _.:/()%+-]/gu, '_').trim();
  const short = safe.length > MAX_LABEL ? `${safe.slice(0, MAX_LABEL - 1)}…` : safe;
  return short === '' ? '_' : short;
}

/** A plain decimal Mermaid's NUMBER token reads (no exponent), six significant digits. */
export function chartNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Number(value.toPrecision(6));
  if (rounded === 0) return '0';
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1) return BigInt(Math.round(rounded)).toString();
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  return rounded.toFixed(Math.min(20, Math.max(0, 5 - magnitude))).replace(/\.?0+$/, '');
}

function quoted(text: string): string {
  return `"${chartLabel(text)}"`;
}

interface ChartSpec {
  title: string;
  labels: string[];
  yTitle: string;
  lines: number[][];
  bars?: number[][];
  /** Extra values the y-axis must include (a threshold). */
  include?: number[];
  yMin?: number;
  yMax?: number;
}

function range(spec: ChartSpec): [number, number] {
  const all = [...spec.lines.flat(), ...(spec.bars ?? []).flat(), ...(spec.include ?? [])].filter(
    Number.isFinite,
  );
  let lo = spec.yMin ?? Math.min(...all);
  let hi = spec.yMax ?? Math.max(...all);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  } else if (spec.yMin === undefined || spec.yMax === undefined) {
    const pad = (hi - lo) * 0.1;
    if (spec.yMin === undefined) lo -= pad;
    if (spec.yMax === undefined) hi += pad;
  }
  return [lo, hi];
}

function render(spec: ChartSpec): string {
  const [lo, hi] = range(spec);
  const rows = [
    'xychart-beta',
    `  title ${quoted(spec.title)}`,
    `  x-axis [${spec.labels.map(quoted).join(', ')}]`,
    `  y-axis ${quoted(spec.yTitle)} ${chartNumber(lo)} --> ${chartNumber(hi)}`,
    ...(spec.bars ?? []).map((values) => `  bar [${values.map(chartNumber).join(', ')}]`),
    ...spec.lines.map((values) => `  line [${values.map(chartNumber).join(', ')}]`),
  ];
  return rows.join('\n');
}

/** Keeps the newest `limit` points and at most MAX_POINTS, so a chart's size is bounded. */
function newest<T>(points: readonly T[], limit: number): T[] {
  return points.slice(-Math.min(limit, MAX_POINTS));
}

/**
 * A metric over the last runs (this run last); with `threshold`, a flat second line where the rule compares the
 * metric with a constant. Null when there is nothing to draw.
 */
export function metricTrendChart(
  name: string,
  points: readonly TrendPoint[],
  options: { threshold?: number; runs?: number } = {},
): string | null {
  const shown = newest(
    points.filter((p) => Number.isFinite(p.value)),
    options.runs ?? CHART_RUNS,
  );
  if (shown.length === 0) return null;
  const lines = [shown.map((p) => p.value)];
  const threshold = options.threshold;
  if (threshold !== undefined && Number.isFinite(threshold)) lines.push(shown.map(() => threshold));
  const title = threshold === undefined ? name : `${name} (threshold ${chartNumber(threshold)})`;
  return render({ title, labels: shown.map((p) => p.label), yTitle: name, lines });
}

/** The share of drifted features over the last runs, in percent, with the dataset-drift share as a line. */
export function driftShareChart(
  points: readonly TrendPoint[],
  options: { share?: number; runs?: number } = {},
): string | null {
  const shown = newest(points, options.runs ?? CHART_RUNS);
  if (shown.length === 0) return null;
  const lines = [shown.map((p) => p.value * 100)];
  if (options.share !== undefined) lines.push(shown.map(() => (options.share as number) * 100));
  return render({
    title: 'share of drifted features (%)',
    labels: shown.map((p) => p.label),
    yTitle: '%',
    lines,
    yMin: 0,
    yMax: 100,
  });
}

export interface Distribution {
  /** Bin or category labels. */
  labels: string[];
  /** Share of rows per label on each side (0..1). */
  reference: number[];
  current: number[];
}

/** Reference (bars) vs current (line) distribution of one feature, in percent of rows. */
export function distributionChart(feature: string, d: Distribution): string | null {
  const n = Math.min(d.labels.length, d.reference.length, d.current.length, MAX_POINTS);
  if (n === 0) return null;
  return render({
    title: `${feature}: reference (bars) vs current (line), % of rows`,
    labels: d.labels.slice(0, n),
    yTitle: '%',
    bars: [d.reference.slice(0, n).map((v) => v * 100)],
    lines: [d.current.slice(0, n).map((v) => v * 100)],
    yMin: 0,
  });
}

/** A chart as a fenced Markdown block. */
export function mermaidBlock(chart: string): string {
  return ['```mermaid', chart, '```'].join('\n');
}

/** Charts folded under one `<details>` so they sit collapsed below the tables. Empty when there are none. */
export function collapsedCharts(charts: readonly (string | null)[], summary = 'Trends'): string {
  const shown = charts.filter((c): c is string => c !== null);
  if (shown.length === 0) return '';
  return [
    `<details><summary>${summary}</summary>`,
    '',
    ...shown.map((c) => `${mermaidBlock(c)}\n`),
    '</details>',
  ].join('\n');
}
