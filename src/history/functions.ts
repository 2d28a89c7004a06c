/**
 * The rules language's functions over the history, by their contract names: `previous(x)`, `mean_over(x, w)`,
 * `median_over(x, w)`, `min_over(x, w)`, `max_over(x, w)`, `highest(x)`, `lowest(x)`, `slope(x, w)` and the
 * change detectors `page_hinkley(x)`, `cusum(x)`, `ewma(x)` (1 when a change was detected since the last
 * retraining, else 0). `x` is a metric; `w` a window of N runs (`7`) or a duration (`7d`), this run included.
 * The facts registry adapts these; everything here is pure and answers `unknown` (with a reason) when the
 * history is too short.
 */
import { detectChange, type DetectorName, type DetectorParams } from './detectors.js';
import {
  highest,
  lowest,
  maxOver,
  meanOver,
  medianOver,
  minOver,
  previous,
  slope,
  type SeriesValue,
  type Window,
} from './series.js';
import { metricSeries, sinceRetraining, type Timeline } from './timeline.js';

export const HISTORY_FUNCTIONS = {
  previous: ['metric'],
  mean_over: ['metric', 'window'],
  median_over: ['metric', 'window'],
  min_over: ['metric', 'window'],
  max_over: ['metric', 'window'],
  highest: ['metric'],
  lowest: ['metric'],
  slope: ['metric', 'window'],
  page_hinkley: ['metric'],
  cusum: ['metric'],
  ewma: ['metric'],
} as const satisfies Record<string, readonly ('metric' | 'window')[]>;

export type HistoryFunction = keyof typeof HISTORY_FUNCTIONS;

export function isHistoryFunction(name: string): name is HistoryFunction {
  return Object.prototype.hasOwnProperty.call(HISTORY_FUNCTIONS, name);
}

export interface HistoryCall {
  fn: HistoryFunction;
  metric: string;
  window?: Window;
}

const WINDOWED = {
  mean_over: meanOver,
  median_over: medianOver,
  min_over: minOver,
  max_over: maxOver,
  slope,
};

export function evaluateHistoryCall(call: HistoryCall, t: Timeline, detectors: DetectorParams): SeriesValue {
  const { fn, metric } = call;
  if (fn === 'page_hinkley' || fn === 'cusum' || fn === 'ewma') {
    const name: DetectorName = fn;
    const result = detectChange(name, sinceRetraining(t, metric), detectors[name]);
    if (result.outcome === 'unknown') return { known: false, reason: `${fn}(${metric}): ${result.reason}` };
    return { known: true, value: result.outcome === 'detected' ? 1 : 0 };
  }
  const series = metricSeries(t, metric);
  if (fn === 'previous') return previous(series, metric);
  if (fn === 'highest') return highest(series, metric);
  if (fn === 'lowest') return lowest(series, metric);
  if (call.window === undefined) return { known: false, reason: `${fn}(${metric}, …) needs a window` };
  return WINDOWED[fn](series, call.window, metric);
}
