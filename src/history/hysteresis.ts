/**
 * Hysteresis: when a rule that holds on a run counts as triggered, and when a triggered rule counts as clear.
 *
 * Modelled on Prometheus' `for` (pending until the condition held long enough) and `keep_firing_for`, and on
 * CloudWatch/SageMaker's "M out of N datapoints". A pure function of the rule's outcome on each run, oldest first,
 * this run last:
 *
 * - Only evaluable runs (`triggered` or `ok`) take part. An `unknown` run (the rule errored, a value was missing)
 *   neither counts towards a streak nor breaks it: it is skipped, as if it had not happened.
 * - `for: N` — triggered once the rule held on the last N consecutive evaluable runs; `for: K of N` — once it held
 *   on at least K of the last N evaluable runs. Until then the rule is `pending` ("pending — 2 of 3 runs").
 *   `for: 1` (the default) triggers on the first run the rule holds.
 * - `clear-after: M` — a triggered rule stays triggered until M consecutive evaluable runs on which it did not hold
 *   (`clearing — 1 of 2 healthy runs` meanwhile); a run on which it holds again restarts that count. Default 1: the
 *   first healthy run clears it.
 * - After clearing, the window starts afresh: runs from before the clear never count towards the next trigger.
 * - Fewer than N evaluable runs so far: K triggered runs among them are enough for `K of N`; `for: N` needs N.
 */

export type RunOutcome = 'triggered' | 'ok' | 'unknown';

export interface Hysteresis {
  /** Triggered once it held on at least `k` of the last `n` evaluable runs (`for: N` is `k = n = N`). */
  for: { k: number; n: number };
  /** Consecutive healthy evaluable runs that clear a triggered rule. */
  clearAfter: number;
}

export const NO_HYSTERESIS: Hysteresis = { for: { k: 1, n: 1 }, clearAfter: 1 };

export type Standing =
  | { state: 'inactive'; triggered: false }
  | { state: 'pending'; triggered: false; held: number; needed: number; window: number }
  | { state: 'firing'; triggered: true; since: number }
  | { state: 'clearing'; triggered: true; since: number; healthy: number; needed: number };

export interface RuleStanding {
  standing: Standing;
  /** True when this run's own outcome was unknown: the standing is that of the last evaluable run. */
  currentUnknown: boolean;
  /** True when this run changed whether the rule counts as triggered. */
  changed: boolean;
}

/** Folds the outcome series (oldest first, this run last) into where the rule stands now. */
export function standingOf(outcomes: readonly RunOutcome[], spec: Hysteresis): RuleStanding {
  const { k, n } = spec.for;
  let window: boolean[] = [];
  let firingSince = -1;
  let healthy = 0;
  let changed = false;
  outcomes.forEach((outcome, index) => {
    changed = false;
    if (outcome === 'unknown') return;
    const held = outcome === 'triggered';
    if (firingSince < 0) {
      window.push(held);
      if (window.length > n) window.shift();
      if (window.filter(Boolean).length >= k) {
        firingSince = index;
        healthy = 0;
        changed = true;
      }
      return;
    }
    healthy = held ? 0 : healthy + 1;
    if (healthy >= spec.clearAfter) {
      firingSince = -1;
      healthy = 0;
      window = [];
      changed = true;
    }
  });
  const currentUnknown = outcomes.at(-1) === 'unknown';
  return { standing: standing(window, firingSince, healthy, spec), currentUnknown, changed };
}

function standing(window: boolean[], firingSince: number, healthy: number, spec: Hysteresis): Standing {
  if (firingSince >= 0) {
    if (healthy > 0) {
      return { state: 'clearing', triggered: true, since: firingSince, healthy, needed: spec.clearAfter };
    }
    return { state: 'firing', triggered: true, since: firingSince };
  }
  const { k, n } = spec.for;
  // Consecutive `for: N` counts the current streak; `K of N` counts hits in the window.
  const held = k === n ? trailingRun(window) : window.filter(Boolean).length;
  if (held === 0) return { state: 'inactive', triggered: false };
  return { state: 'pending', triggered: false, held, needed: k, window: n };
}

function trailingRun(window: boolean[]): number {
  let run = 0;
  for (let i = window.length - 1; i >= 0 && window[i]; i--) run++;
  return run;
}

/** "pending — 2 of 3 runs", "clearing — 1 of 2 healthy runs", "triggered", "ok". */
export function describeStanding(s: Standing): string {
  switch (s.state) {
    case 'inactive':
      return 'ok';
    case 'firing':
      return 'triggered';
    case 'pending':
      return s.needed === s.window
        ? `pending — ${s.held} of ${s.needed} runs`
        : `pending — ${s.held} of ${s.needed} runs (in the last ${s.window})`;
    case 'clearing':
      return `clearing — ${s.healthy} of ${s.needed} healthy runs`;
  }
}

/**
 * Reads a `for:` value: a whole number of runs (`3`) or `K of N` (`2 of 3`). Returns the parsed window or a
 * message saying what was expected.
 */
export function parseFor(value: unknown): { k: number; n: number } | string {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 ? { k: value, n: value } : expectedFor(value);
  }
  if (typeof value !== 'string') return expectedFor(value);
  const text = value.trim();
  const whole = /^(\d+)$/.exec(text);
  if (whole) return parseFor(Number(whole[1]));
  const ofN = /^(\d+)\s+of\s+(\d+)$/i.exec(text);
  if (!ofN) return expectedFor(value);
  const k = Number(ofN[1]);
  const n = Number(ofN[2]);
  if (k < 1 || n < 1) return expectedFor(value);
  if (k > n) return `'${text}' asks for more runs (${k}) than its window (${n}); expected K of N with K ≤ N`;
  return { k, n };
}

function expectedFor(value: unknown): string {
  return `expected a whole number of runs ≥ 1 (e.g. 3) or 'K of N' (e.g. '2 of 3'), got ${JSON.stringify(value)}`;
}

/** Reads a `clear-after:` value: a whole number of healthy runs ≥ 1. */
export function parseClearAfter(value: unknown): number | string {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1) return n;
  return `expected a whole number of healthy runs ≥ 1 (e.g. 2), got ${JSON.stringify(value)}`;
}
