/**
 * The history as the rules language reads it (the `history` source of the facts registry): the contract
 * functions of functions.ts over a timeline, with this run as the newest point. Pure.
 *
 * When the history is the earlier lines of a JSONL metrics file (no store), those lines carry no run times:
 * durations (`7d`) and slopes cannot be measured on them and say so — a window of runs (`7`) works.
 */
import type { HistoryFacts, HistoryWindow, PastValue } from '../rules/facts/types.js';
import type { DetectorParams } from './detectors.js';
import { evaluateHistoryCall, isHistoryFunction } from './functions.js';
import type { Window } from './series.js';
import type { Timeline } from './timeline.js';

const DAY_MS = 86_400_000;

export interface HistoryFactsOptions {
  detectors: DetectorParams;
  /** Set when the earlier runs have no times (metrics-file lines): why durations cannot be measured. */
  timeless?: string;
  /** Appended to "too little history" reasons when there is no store, e.g. how to configure one. */
  hint?: string;
}

export function historyFacts(t: Timeline, options: HistoryFactsOptions): HistoryFacts {
  return {
    evaluate(fn: string, metric: string, written?: HistoryWindow): PastValue {
      if (!isHistoryFunction(fn))
        return { known: false, reason: `${fn}() is not a function over the history` };
      if (options.timeless && t.records.length > 0 && (fn === 'slope' || written?.ms !== undefined)) {
        return { known: false, reason: options.timeless };
      }
      let window: Window | undefined;
      if (written?.runs !== undefined) window = { runs: written.runs };
      else if (written?.ms !== undefined) window = { days: written.ms / DAY_MS };
      const answer = evaluateHistoryCall({ fn, metric, ...(window ? { window } : {}) }, t, options.detectors);
      if (answer.known || !options.hint) return answer;
      return { known: false, reason: `${answer.reason} (${options.hint})` };
    },
  };
}
