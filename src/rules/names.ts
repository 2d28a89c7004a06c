/** Helpers for "unknown name" messages: did-you-mean suggestions and bounded lists of known names. */

import { displayName } from './ast.js';

/** A name for a message: `'accuracy'`, or the quoted form `"p@5"` when it does not parse bare. */
export function quoteName(name: string): string {
  const shown = displayName(name);
  return shown === name ? `'${name}'` : shown;
}

/** Most names shown in a list of known names before "… and N more". */
const LIST_LIMIT = 20;

/**
 * Names longer than this get no edit-distance suggestion (only a known name that differs in case), so the
 * work per candidate is bounded: at most MAX_COMPARED × (2 × band + 1) steps, whatever the input's size.
 */
export const MAX_COMPARED = 100;

/**
 * Levenshtein distance, computed only inside a band of width `limit` around the diagonal (Ukkonen): when the
 * distance is more than `limit` the result is `limit + 1`, found without filling the whole table. Cost
 * O(min(|a|, |b|) × limit). Hand-written (a few lines) because no dependency in the tree offers it.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  let previous = new Int32Array(m + 2);
  let current = new Int32Array(m + 2);
  for (let j = 0; j <= m + 1; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current[0] = i <= limit ? i : over;
    current[from - 1] = from === 1 ? current[0]! : over;
    let rowMin = from === 1 ? current[0]! : over;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitute, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    current[to + 1] = over; // outside the band for the next row
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m]!, over);
}

/** The closest known name, when it is close enough to be a plausible typo. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    let distance: number;
    if (candidate.toLowerCase() === lower) distance = 0;
    else if (name.length > MAX_COMPARED || candidate.length > MAX_COMPARED) continue;
    else {
      // Only a distance that could still win (or tie) matters: the band shrinks as better names are found.
      const bound = Math.min(limit, bestDistance);
      distance = editDistance(name, candidate, bound);
      if (distance > bound) continue;
    }
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit && bestDistance < name.length ? best : undefined;
}

/** `; did you mean 'accuracy'?` or the empty string. */
export function suggestion(name: string, known: Iterable<string>, quote = quoteName): string {
  const closest = closestName(name, known);
  return closest === undefined ? '' : `; did you mean ${quote(closest)}?`;
}

/** Sorted, comma-separated, at most LIST_LIMIT shown: `a, b, c … and 12 more`. */
export function listNames(names: Iterable<string>, show: (name: string) => string = (name) => name): string {
  const sorted = [...new Set(names)].sort();
  const shown = sorted.slice(0, LIST_LIMIT).map(show).join(', ');
  const hidden = sorted.length - LIST_LIMIT;
  return hidden > 0 ? `${shown} … and ${hidden} more` : shown;
}
