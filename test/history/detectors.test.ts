import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alarmPoints,
  DETECTOR_DEFAULTS,
  detectChange,
  type DetectorName,
  type DetectorParams,
} from '../../src/history/detectors.js';

interface Fixture {
  streams: Record<string, number[]>;
  cases: {
    detector: DetectorName;
    stream: string;
    params: Record<string, number | string>;
    alarms: number[];
  }[];
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/history/detectors.json', import.meta.url), 'utf8'),
) as Fixture;

/** river's snake_case parameter names → ours. */
function params(name: DetectorName, raw: Record<string, number | string>): DetectorParams[DetectorName] {
  const out: Record<string, unknown> = { ...DETECTOR_DEFAULTS[name] };
  for (const [key, value] of Object.entries(raw)) out[key === 'min_instances' ? 'minInstances' : key] = value;
  return out as unknown as DetectorParams[DetectorName];
}

describe('change detectors match river (test/fixtures/history/gen_detectors.py)', () => {
  it('has cases for every detector', () => {
    expect(new Set(fixture.cases.map((c) => c.detector))).toEqual(new Set(['page_hinkley', 'cusum', 'ewma']));
    expect(fixture.cases.length).toBeGreaterThan(50);
  });
  for (const c of fixture.cases) {
    it(`${c.detector} on ${c.stream} ${JSON.stringify(c.params)}`, () => {
      const stream = fixture.streams[c.stream] as number[];
      expect(alarmPoints(c.detector, stream, params(c.detector, c.params))).toEqual(c.alarms);
    });
  }
  it("river's documented examples", () => {
    expect(alarmPoints('page_hinkley', fixture.streams['page_hinkley_docstring'] as number[])).toEqual([
      1006,
    ]);
    expect(alarmPoints('cusum', fixture.streams['cusum_docstring'] as number[])).toEqual([201, 251]);
    expect(
      alarmPoints('ewma', fixture.streams['ewma_docstring'] as number[], {
        ...DETECTOR_DEFAULTS.ewma,
        minInstances: 50,
      }),
    ).toEqual([1010]);
  });
});

describe('detectChange', () => {
  const cusum = { ...DETECTOR_DEFAULTS.cusum, minInstances: 5 };
  it('is unknown during the warm-up, never a silent "no change"', () => {
    const result = detectChange('cusum', [1, 1, 1], cusum);
    expect(result).toEqual({
      outcome: 'unknown',
      reason: 'cusum needs 5 runs since the last retraining, has 3',
    });
  });
  it('stays detected after the alarm (until the series restarts at a retraining)', () => {
    const series = [0.9, 0.91, 0.89, 0.9, 0.91, 0.9, 0.7, 0.7, 0.9, 0.9, 0.9];
    const result = detectChange('cusum', series, cusum);
    expect(result.outcome).toBe('detected');
    expect(result.outcome === 'detected' && result.index).toBe(6);
    expect(detectChange('cusum', series.slice(0, 6), cusum).outcome).toBe('not-detected');
  });
  it('a constant series never alarms (zero deviation)', () => {
    expect(detectChange('ewma', Array(100).fill(0.9)).outcome).toBe('not-detected');
    expect(detectChange('page_hinkley', Array(100).fill(0.9)).outcome).toBe('not-detected');
  });
});
