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
 * Levenshtein distance. Hand-written (a dozen lines) because names are short and no dependency in the tree
 * offers it.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known name, when it is close enough to be a plausible typo. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
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
