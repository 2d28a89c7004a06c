/**
 * Change detectors over a metric's series: Page-Hinkley (two-sided), CUSUM and an EWMA control chart.
 *
 * Each one follows the update, warm-up (`minInstances`), reference and reset-after-alarm of river's detector of the
 * same name (river.drift.PageHinkley, river.drift.CUSUM, river.drift.EWMA), so its alarm points equal river's on
 * the same series (test/fixtures/history/gen_detectors.py restates river's formulas and checks them against the
 * alarm indices river documents). Written here rather than taken from a library: no npm package implements these
 * with river's exact semantics, and the series are a few thousand points at most.
 *
 * River's quirks kept on purpose, because they decide alarm points:
 * - Page-Hinkley starts the maximum of the decreasing sum at -1 (not -infinity) and has no frozen reference: its
 *   mean runs over every value since the last reset.
 * - CUSUM freezes its reference mean and standard deviation (ddof 1) at the `minInstances`-th value; `slack` and
 *   `threshold` are multiples of that deviation.
 * - EWMA's variance is river's exponentially weighted one, E[x²] − E[x]², whose weighted means restart at the next
 *   value whenever they are exactly 0 (river.stats.EWMean).
 * - After an alarm every detector starts afresh with the next value.
 */

export type DetectorName = 'page_hinkley' | 'cusum' | 'ewma';
export type DetectorMode = 'both' | 'up' | 'down';

export interface PageHinkleyParams {
  minInstances: number;
  delta: number;
  threshold: number;
  alpha: number;
  mode: DetectorMode;
}
export interface CusumParams {
  minInstances: number;
  slack: number;
  threshold: number;
  mode: DetectorMode;
}
export interface EwmaParams {
  minInstances: number;
  alpha: number;
  threshold: number;
  mode: DetectorMode;
}
export interface DetectorParams {
  page_hinkley: PageHinkleyParams;
  cusum: CusumParams;
  ewma: EwmaParams;
}

/** river's defaults. */
export const DETECTOR_DEFAULTS: DetectorParams = {
  page_hinkley: { minInstances: 30, delta: 0.005, threshold: 50, alpha: 1 - 0.0001, mode: 'both' },
  cusum: { minInstances: 30, slack: 0.5, threshold: 5, mode: 'both' },
  ewma: { minInstances: 30, alpha: 0.1, threshold: 4, mode: 'both' },
};

function exceeds(mode: DetectorMode, up: number, down: number, limit: number): boolean {
  if (mode === 'up') return up > limit;
  if (mode === 'down') return down > limit;
  return up > limit || down > limit;
}

/** Incremental mean, in river.stats.Mean's order of operations. */
class RunningMean {
  n = 0;
  value = 0;
  add(x: number): void {
    this.n += 1;
    this.value += (x - this.value) / this.n;
  }
}

/** Welford variance with ddof 1 (river.stats.Var). */
class RunningVariance {
  readonly mean = new RunningMean();
  value = 0;
  add(x: number): void {
    const before = this.mean.value;
    this.mean.add(x);
    if (this.mean.n > 1)
      this.value += ((x - before) * (x - this.mean.value) - this.value) / (this.mean.n - 1);
  }
}

/** river.stats.EWMean: a mean that is exactly 0 takes the next value as it is. */
class FadingMean {
  value = 0;
  constructor(private readonly alpha: number) {}
  add(x: number): void {
    this.value = this.value === 0 ? x : this.alpha * x + (1 - this.alpha) * this.value;
  }
}

type Step = (x: number) => boolean;

function pageHinkley(p: PageHinkleyParams): Step {
  const mean = new RunningMean();
  let up = 0;
  let down = 0;
  let lowest = Infinity;
  let highest = -1; // river's starting value
  return (x) => {
    mean.add(x);
    const deviation = x - mean.value;
    up = p.alpha * up + deviation - p.delta;
    down = p.alpha * down + deviation + p.delta;
    if (up < lowest) lowest = up;
    if (down > highest) highest = down;
    return mean.n >= p.minInstances && exceeds(p.mode, up - lowest, highest - down, p.threshold);
  };
}

function cusum(p: CusumParams): Step {
  const warmUp = new RunningVariance();
  let reference: number | undefined;
  let sigma = 0;
  let up = 0;
  let down = 0;
  return (x) => {
    warmUp.add(x);
    if (warmUp.mean.n < p.minInstances) return false;
    if (reference === undefined) {
      // Frozen: a running mean would chase the very shift being detected.
      reference = warmUp.mean.value;
      sigma = Math.sqrt(Math.max(warmUp.value, 0));
    }
    const deviation = x - reference;
    up = Math.max(0, up + deviation - p.slack * sigma);
    down = Math.max(0, down - deviation - p.slack * sigma);
    return exceeds(p.mode, up, down, p.threshold * sigma);
  };
}

function ewma(p: EwmaParams): Step {
  const mean = new RunningMean();
  const first = new FadingMean(p.alpha);
  const second = new FadingMean(p.alpha);
  let z = 0;
  return (x) => {
    mean.add(x);
    z = mean.n === 1 ? x : p.alpha * x + (1 - p.alpha) * z;
    first.add(x);
    second.add(x * x);
    if (mean.n < p.minInstances) return false;
    const sigma = Math.sqrt(Math.max(second.value - first.value ** 2, 0));
    const factor = (p.alpha / (2 - p.alpha)) * (1 - (1 - p.alpha) ** (2 * mean.n));
    const bound = p.threshold * sigma * Math.sqrt(factor);
    return exceeds(p.mode, z - mean.value, mean.value - z, bound);
  };
}

const FACTORIES: { [K in DetectorName]: (p: DetectorParams[K]) => Step } = {
  page_hinkley: pageHinkley,
  cusum,
  ewma,
};

/** Indices (0-based, into `series`) where the detector signals a change; it restarts after each. */
export function alarmPoints<K extends DetectorName>(
  name: K,
  series: readonly number[],
  params: DetectorParams[K] = DETECTOR_DEFAULTS[name],
): number[] {
  const make = FACTORIES[name] as (p: DetectorParams[K]) => Step;
  const alarms: number[] = [];
  let step = make(params);
  series.forEach((x, i) => {
    if (step(x)) {
      alarms.push(i);
      step = make(params);
    }
  });
  return alarms;
}

export type Detection =
  | { outcome: 'detected'; index: number; alarms: number[] }
  | { outcome: 'not-detected'; alarms: [] }
  | { outcome: 'unknown'; reason: string };

/**
 * Whether a change was detected in `series` (the values since the last retraining, oldest first, this run last).
 * Detected once means detected until the series restarts (the next retraining). Fewer values than the warm-up is
 * `unknown`: the detector could not have said anything yet, which is not "no change".
 */
export function detectChange<K extends DetectorName>(
  name: K,
  series: readonly number[],
  params: DetectorParams[K] = DETECTOR_DEFAULTS[name],
): Detection {
  const alarms = alarmPoints(name, series, params);
  if (alarms.length > 0) return { outcome: 'detected', index: alarms[0] as number, alarms };
  if (series.length < params.minInstances) {
    return {
      outcome: 'unknown',
      reason: `${name} needs ${params.minInstances} runs since the last retraining, has ${series.length}`,
    };
  }
  return { outcome: 'not-detected', alarms: [] };
}
