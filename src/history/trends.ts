/**
 * Trend charts from the history: a chart per metric a rule reads (with the rule's constant as a threshold
 * line), the drift share over time, and reference vs current distributions — collapsed under one <details>.
 */
import {
  CHART_RUNS,
  collapsedCharts,
  distributionChart,
  driftShareChart,
  metricTrendChart,
  type Distribution,
  type TrendPoint,
} from '../report/charts.js';
import type { SeriesPoint } from './series.js';
import { driftShares, metricSeries, type Timeline } from './timeline.js';

export interface ChartRequest {
  metric: string;
  /** The constant a rule compares the metric with, drawn as a line. */
  threshold?: number;
}

/** Unique short x-axis labels: `11-28`, or `11-28 09:00` where a day has several runs, `#n` past that. */
export function runLabels(times: readonly number[]): string[] {
  const day = (t: number) => new Date(t).toISOString().slice(5, 10);
  const minute = (t: number) => new Date(t).toISOString().slice(5, 16).replace('T', ' ');
  const days = times.map(day);
  const labels = times.map((t, i) =>
    days.indexOf(days[i] as string) !== days.lastIndexOf(days[i] as string) ? minute(t) : day(t),
  );
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} #${n}`;
  });
}

function points(series: readonly SeriesPoint[], runs: number): TrendPoint[] {
  const shown = series.filter((p) => p.value !== undefined && Number.isFinite(p.value)).slice(-runs);
  const labels = runLabels(shown.map((p) => p.time));
  return shown.map((p, i) => ({ label: labels[i] as string, value: p.value as number }));
}

export function trendCharts(
  t: Timeline,
  requests: readonly ChartRequest[],
  drift?: {
    share: number;
    threshold: number;
    distributions?: { feature: string; distribution: Distribution }[];
  },
  runs = CHART_RUNS,
  maxCharts = Number.POSITIVE_INFINITY,
): string {
  const seen = new Set<string>();
  const charts: (string | null)[] = [];
  for (const request of requests) {
    const key = `${request.metric}\u0000${request.threshold ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const series = points(metricSeries(t, request.metric), runs);
    // One point is not a trend.
    if (series.length < 2) continue;
    charts.push(metricTrendChart(request.metric, series, { threshold: request.threshold, runs }));
  }
  if (drift) {
    const shares = points(driftShares(t, drift.share), runs);
    if (shares.length >= 2) charts.push(driftShareChart(shares, { share: drift.threshold, runs }));
    for (const d of drift.distributions ?? []) charts.push(distributionChart(d.feature, d.distribution));
  }
  // Bounded: a rule set reading many metrics shows the first `maxCharts`, so the issue body stays within limits.
  return collapsedCharts(charts.slice(0, maxCharts), `Trends over the last ${runs} runs`);
}
