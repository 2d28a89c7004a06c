import { describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS } from '../../src/history/detectors.js';
import { evaluateHistoryCall, HISTORY_FUNCTIONS, type HistoryCall } from '../../src/history/functions.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { parseHistorySettings } from '../../src/history/settings.js';
import { lastRetraining, ruleOutcomes, sinceRetraining, timeline } from '../../src/history/timeline.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

function rec(day: number, accuracy: number | undefined, extra: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    schemaVersion: 2,
    time: new Date(T0 + day * DAY).toISOString(),
    run: { id: `r${day}`, attempt: 1 },
    status: 'healthy',
    metrics: accuracy === undefined ? {} : { accuracy },
    rules: [{ id: 'floor', outcome: 'ok' }],
    ...extra,
  };
}

const history = [0.95, 0.94, 0.93, 0.92, 0.91, 0.9].map((a, i) => rec(i, a));
const now = (accuracy: number, day = 6, runId?: string) =>
  timeline(history, {
    time: T0 + day * DAY,
    metrics: new Map([['accuracy', accuracy]]),
    ...(runId ? { runId } : {}),
  });
const value = (call: HistoryCall, t = now(0.89)) => evaluateHistoryCall(call, t, DETECTOR_DEFAULTS);

describe('history functions (contract names)', () => {
  it('has exactly the names of issue 9', () => {
    expect(Object.keys(HISTORY_FUNCTIONS).sort()).toEqual(
      [
        'cusum',
        'ewma',
        'highest',
        'lowest',
        'max_over',
        'mean_over',
        'median_over',
        'min_over',
        'page_hinkley',
        'previous',
        'slope',
      ].sort(),
    );
  });
  it('reads the history with this run as the newest point', () => {
    expect(value({ fn: 'previous', metric: 'accuracy' })).toEqual({ known: true, value: 0.9 });
    expect(value({ fn: 'highest', metric: 'accuracy' })).toEqual({ known: true, value: 0.95 });
    expect(value({ fn: 'lowest', metric: 'accuracy' })).toEqual({ known: true, value: 0.89 });
    expect(value({ fn: 'min_over', metric: 'accuracy', window: { runs: 3 } })).toEqual({
      known: true,
      value: 0.89,
    });
    expect(value({ fn: 'max_over', metric: 'accuracy', window: { days: 2 } })).toEqual({
      known: true,
      value: 0.91,
    });
    const s = value({ fn: 'slope', metric: 'accuracy', window: { days: 6 } });
    expect(s.known && s.value).toBeCloseTo(-0.01, 12);
    expect(value({ fn: 'mean_over', metric: 'accuracy', window: { runs: 30 } })).toEqual({
      known: false,
      reason: 'accuracy has 7 of the 30 runs the window needs',
    });
  });
  it('an earlier attempt of this run is replaced, not counted', () => {
    const t = now(0.5, 5, 'r5');
    expect(t.records).toHaveLength(5);
    expect(value({ fn: 'previous', metric: 'accuracy' }, t)).toEqual({ known: true, value: 0.91 });
  });
  it('detectors read the series since the last retraining and are unknown during warm-up', () => {
    expect(value({ fn: 'cusum', metric: 'accuracy' })).toEqual({
      known: false,
      reason: 'cusum(accuracy): cusum needs 30 runs since the last retraining, has 7',
    });
    const stable = Array.from({ length: 40 }, (_, i) => rec(i, 0.9 + (i % 2) * 0.002));
    const dropped = [...stable, ...Array.from({ length: 5 }, (_, i) => rec(40 + i, 0.8))];
    const t = timeline(dropped, { time: T0 + 45 * DAY, metrics: new Map([['accuracy', 0.8]]) });
    expect(evaluateHistoryCall({ fn: 'cusum', metric: 'accuracy' }, t, DETECTOR_DEFAULTS)).toEqual({
      known: true,
      value: 1,
    });
    const healthy = timeline(stable, { time: T0 + 40 * DAY, metrics: new Map([['accuracy', 0.9]]) });
    expect(evaluateHistoryCall({ fn: 'cusum', metric: 'accuracy' }, healthy, DETECTOR_DEFAULTS)).toEqual({
      known: true,
      value: 0,
    });
    // A retraining restarts the series: the drop before it no longer counts.
    const retrained = [...dropped.slice(0, -1), rec(44, 0.8, { actions: { dispatched: true } })];
    const after = timeline(retrained, { time: T0 + 45 * DAY, metrics: new Map([['accuracy', 0.9]]) });
    expect(sinceRetraining(after, 'accuracy')).toEqual([0.9]);
    expect(lastRetraining(retrained)).toBe(new Date(T0 + 44 * DAY).toISOString());
  });
  it('rule outcomes: runs that did not evaluate the rule are unknown', () => {
    const records = [
      rec(0, 0.9),
      rec(1, 0.8, { rules: [{ id: 'floor', outcome: 'triggered' }] }),
      rec(2, 0.8, { rules: [] }),
    ];
    const t = timeline(records, { time: T0 + 3 * DAY, metrics: new Map() });
    expect(ruleOutcomes(t, 'floor', 'triggered')).toEqual(['ok', 'triggered', 'unknown', 'triggered']);
  });
});

describe('history settings', () => {
  it('defaults and the three store modes', () => {
    expect(parseHistorySettings({})).toMatchObject({ store: null, maxRuns: 2000 });
    expect(parseHistorySettings({ history: 'branch' })).toMatchObject({
      store: { kind: 'branch', branch: 'retrain-trigger-history' },
    });
    expect(parseHistorySettings({ history: '.history/churn.jsonl', maxRuns: '50' })).toMatchObject({
      store: { kind: 'file', path: '.history/churn.jsonl' },
      maxRuns: 50,
    });
    const section = parseHistorySettings({
      history: {
        store: 'branch',
        branch: 'ml/history',
        detectors: { cusum: { slack: 1, 'min-instances': 10 } },
      },
    });
    expect(section).toMatchObject({
      store: { kind: 'branch', branch: 'ml/history' },
      detectors: { cusum: { slack: 1, minInstances: 10, threshold: 5 } },
    });
  });
  it('every problem, naming the key', () => {
    expect(
      parseHistorySettings({
        history: { store: 'git', 'max-run': 3, detectors: { adwin: {}, ewma: { alpha: 2, lambda: 1 } } },
        maxRuns: 0,
      }),
    ).toEqual([
      'history.max-run: unknown key (known: store, branch, max-runs, detectors)',
      `history: expected 'branch' or a path ending in .jsonl, got "git"`,
      'history-max-runs: expected a whole number of runs ≥ 1, got 0',
      'history.detectors.adwin: unknown detector (known: page-hinkley, cusum, ewma)',
      'history.detectors.ewma.alpha: expected a number in (0, 1]',
      'history.detectors.ewma.lambda: unknown parameter (known: min-instances, alpha, threshold)',
    ]);
    expect(parseHistorySettings({ history: 'branch', branch: 'bad..name' })).toEqual([
      'history-branch: "bad..name" is not a valid branch name',
    ]);
  });
});
