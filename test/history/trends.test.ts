// @vitest-environment jsdom
// Mermaid's parser needs a DOM for DOMPurify: jsdom.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHART_CHARS } from '../../src/report/charts.js';
import { parseHistorySettings, type HistorySettings } from '../../src/history/settings.js';
import { openStore, recordOf, remember } from '../../src/history/memory.js';
import { driftStanding, ruleStanding } from '../../src/history/standings.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { timeline } from '../../src/history/timeline.js';
import { runLabels, trendCharts } from '../../src/history/trends.js';
import { describeStanding } from '../../src/history/hysteresis.js';

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 6);
const rec = (day: number, accuracy: number, outcome: 'ok' | 'triggered', share = 0.1): HistoryRecord => ({
  schemaVersion: 2,
  time: new Date(T0 + day * DAY).toISOString(),
  run: { id: `r${day}`, attempt: 1 },
  status: outcome === 'ok' ? 'healthy' : 'due',
  metrics: { accuracy },
  rules: [{ id: 'floor', outcome }],
  drift: { share, detected: share >= 0.5, features: [] },
});

describe('trend charts from the history', () => {
  const records = Array.from({ length: 40 }, (_, i) =>
    rec(i, 0.9 - i * 0.002, i > 35 ? 'triggered' : 'ok', i / 40),
  );
  const t = timeline(records, { time: T0 + 40 * DAY, metrics: new Map([['accuracy', 0.82]]) });

  it('every chart parses with Mermaid and fits', async () => {
    const md = trendCharts(
      t,
      [
        { metric: 'accuracy', threshold: 0.85 },
        { metric: 'accuracy', threshold: 0.85 },
      ],
      {
        share: 0.5,
        threshold: 0.5,
        distributions: [
          {
            feature: 'age',
            distribution: {
              labels: ['<30', '30-50', '>50'],
              reference: [0.3, 0.5, 0.2],
              current: [0.1, 0.5, 0.4],
            },
          },
        ],
      },
    );
    expect(md.startsWith('<details><summary>Trends over the last 30 runs</summary>')).toBe(true);
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      expect(block.length).toBeLessThanOrEqual(MAX_CHART_CHARS);
      await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
    }
    expect(blocks[0]).toContain('0.82]');
  });

  it('labels stay unique when a day has several runs', () => {
    expect(runLabels([T0, T0 + DAY, T0 + DAY + 3_600_000, T0 + DAY + 3_600_000])).toEqual([
      '11-01',
      '11-02 06:00',
      '11-02 07:00',
      '11-02 07:00 #2',
    ]);
  });

  it('no history, no chart', () => {
    expect(
      trendCharts(timeline([], { time: T0, metrics: new Map([['accuracy', 0.9]]) }), [
        { metric: 'accuracy' },
      ]),
    ).toBe('');
  });
});

describe('memory', () => {
  it('rule and drift standings read the recorded outcomes', () => {
    const records = [rec(0, 0.8, 'triggered', 0.6), rec(1, 0.8, 'triggered', 0.6)];
    const t = timeline(records, { time: T0 + 2 * DAY, metrics: new Map() });
    const spec = { for: { k: 3, n: 3 }, clearAfter: 2 };
    const fired = ruleStanding(t, 'floor', 'triggered', spec);
    expect(fired.standing.triggered).toBe(true);
    const pending = ruleStanding(t, 'floor', 'error', spec);
    expect(describeStanding(pending.standing)).toBe('pending — 2 of 3 runs');
    expect(pending.currentUnknown).toBe(true);
    expect(driftStanding(t, false, { for: { k: 1, n: 1 }, clearAfter: 2 }).text).toBe(
      'clearing — 1 of 2 healthy runs',
    );
  });

  it('file store: dry-run describes, a real run appends', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'memory-'));
    const settings = parseHistorySettings({ history: 'h.jsonl' }) as HistorySettings;
    const store = openStore(settings, {
      monitorKey: 'm',
      cwd: dir,
      repo: null,
      client: () => {
        throw new Error('no client');
      },
    })!;
    const read = await store.read();
    const record = recordOf({
      time: new Date(T0),
      monitor: 'm',
      run: { id: '7', attempt: 1 },
      status: 'healthy',
      metrics: new Map([
        ['accuracy', 0.9],
        ['nan', Number.NaN],
      ]),
      rules: [{ id: 'floor', outcome: 'ok' }],
    });
    expect(record.metrics).toEqual({ accuracy: 0.9 });
    expect(await remember(store, read, record, 10, true)).toEqual({
      written: false,
      plan: `would append 1 record to file '${path.join(dir, 'h.jsonl')}' (0 stored)`,
    });
    expect((await store.read()).records).toHaveLength(0);
    expect(await remember(store, read, record, 10, false)).toMatchObject({
      written: true,
      result: { runs: 1 },
    });
    expect(() =>
      openStore(parseHistorySettings({ history: 'branch' }) as HistorySettings, {
        monitorKey: 'm',
        cwd: dir,
        repo: null,
        client: () => {
          throw new Error('no client');
        },
      }),
    ).toThrow(
      "history: branch needs a repository (GITHUB_REPOSITORY); offline, use a .jsonl path for 'history' instead",
    );
  });
});
