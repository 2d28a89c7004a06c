// @vitest-environment jsdom
// Mermaid's parser sanitises titles with DOMPurify, which needs a DOM: jsdom provides one, no browser needed.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chartLabel,
  chartNumber,
  collapsedCharts,
  distributionChart,
  driftShareChart,
  MAX_CHART_CHARS,
  metricTrendChart,
} from '../../src/report/charts.js';

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;

interface XYData {
  title: string;
  xAxis: { categories?: string[] };
  yAxis: { min?: number; max?: number };
  plots: { type: 'line' | 'bar'; data: [string, number][] }[];
}

/** Parses with Mermaid's own xychart parser and returns what Mermaid understood. */
async function parsed(text: string): Promise<XYData> {
  expect(text.length).toBeLessThanOrEqual(MAX_CHART_CHARS);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  expect(diagram.type).toBe('xychart');
  return (diagram.db as unknown as { getXYChartData(): XYData }).getXYChartData();
}

beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
});

const days = (n: number) => Array.from({ length: n }, (_, i) => `11-${String(i + 1).padStart(2, '0')}`);

describe('charts parse with Mermaid', () => {
  it('metric trend with a threshold line', async () => {
    const values = [0.91, 0.9, 0.88, 0.86, 0.84];
    const text = metricTrendChart(
      'accuracy',
      values.map((value, i) => ({ label: days(5)[i] as string, value })),
      { threshold: 0.85 },
    ) as string;
    const data = await parsed(text);
    expect(data.plots.map((p) => p.type)).toEqual(['line', 'line']);
    expect(data.plots[0]?.data.map((d) => d[1])).toEqual(values);
    expect(data.plots[1]?.data.map((d) => d[1])).toEqual([0.85, 0.85, 0.85, 0.85, 0.85]);
    expect(data.xAxis.categories).toEqual(days(5));
    expect(data.yAxis.min).toBeLessThan(0.84);
    expect(data.yAxis.max).toBeGreaterThan(0.91);
  });

  it('shows the last 30 runs by default', async () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ label: `r${i}`, value: i }));
    const data = await parsed(metricTrendChart('rows', points) as string);
    expect(data.plots[0]?.data.map((d) => d[1])).toEqual(points.slice(-30).map((p) => p.value));
  });

  it('drift share and distribution charts', async () => {
    const share = await parsed(
      driftShareChart(
        [0.1, 0.2, 0.5].map((v, i) => ({ label: `d${i}`, value: v })),
        {
          share: 0.5,
        },
      ) as string,
    );
    expect(share.plots[0]?.data.map((d) => d[1])).toEqual([10, 20, 50]);
    const dist = await parsed(
      distributionChart('country', {
        labels: ['DE', 'FR', 'PL'],
        reference: [0.5, 0.5, 0],
        current: [0.4, 0.45, 0.15],
      }) as string,
    );
    expect(dist.plots.map((p) => p.type)).toEqual(['bar', 'line']);
    expect(dist.plots[1]?.data.map((d) => d[1])).toEqual([40, 45, 15]);
  });

  it('nothing to draw gives no chart', () => {
    expect(metricTrendChart('a', [])).toBeNull();
    expect(collapsedCharts([null])).toBe('');
    expect(collapsedCharts(['xychart-beta'])).toContain('<details><summary>Trends</summary>');
  });

  it('numbers Mermaid reads: no exponents', () => {
    expect(chartNumber(1e-7)).toBe('0.0000001');
    expect(chartNumber(-0.0021)).toBe('-0.0021');
    expect(chartNumber(1.23456789e21)).toMatch(/^\d{22}$/);
    expect(Number(chartNumber(1.23456789e21)) / 1.23457e21).toBeCloseTo(1, 12);
    expect(chartNumber(Number.NaN)).toBe('0');
  });

  it('property: any names and values give a chart Mermaid parses, within the size limit', async () => {
    const name = fc.string({ maxLength: 80, unit: 'binary' });
    const value = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    const samples = fc.sample(
      fc.tuple(name, fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 70 }), fc.option(value)),
      { numRuns: 15, seed: 7 },
    );
    for (const [metric, points, threshold] of samples) {
      const text = metricTrendChart(
        metric,
        points.map(([label, v]) => ({ label, value: v })),
        threshold === null ? {} : { threshold },
      ) as string;
      expect(text).not.toContain('```');
      const data = await parsed(text);
      expect(data.plots[0]?.data.length).toBe(Math.min(points.length, 30));
    }
  });

  it('labels cannot close the string or the fence', () => {
    expect(chartLabel('a"b`c\nd]e')).toBe('a_b_c_d_e');
    expect(chartLabel('x'.repeat(100))).toHaveLength(40);
  });
});
