/**
 * The run-history settings → typed Config parts, or one InputError listing the problems: the `history` section
 * (`history`, `history-branch`, `history-max-runs`, `history.detectors`), `max-model-age`, `model-timestamp`, and
 * the hysteresis of rules (`rules[].for` / `clear-after`) and of drift (`drift.for` / `drift.clear-after`).
 */
import { InputError } from '../errors.js';
import { parseMaxAge } from '../history/model-age.js';
import { parseHistorySettings, type HistorySettings } from '../history/settings.js';
import { NO_HYSTERESIS, parseClearAfter, parseFor, type Hysteresis } from '../history/hysteresis.js';
import type { RuleSpec } from '../rules/types.js';

export function buildHistory(section: unknown): HistorySettings {
  const parsed = parseHistorySettings({ history: section ?? {} });
  if (Array.isArray(parsed)) throw new InputError(parsed.join('\n'));
  return parsed;
}

export function buildMaxModelAge(
  maxAge: string | number | undefined,
  timestampKey: string | undefined,
): { maxModelAgeDays?: number; modelTimestamp?: string } {
  const key = timestampKey?.trim() || undefined;
  if (maxAge === undefined || maxAge === '') return key ? { modelTimestamp: key } : {};
  const days = parseMaxAge(maxAge);
  if (typeof days === 'string') throw new InputError(`max-model-age: ${days}`);
  return { maxModelAgeDays: days, ...(key ? { modelTimestamp: key } : {}) };
}

/** `for` / `clear-after` of a rule or of drift, or undefined when neither is set. */
export function buildHysteresis(
  item: { for?: number | string; 'clear-after'?: number | string },
  where: string,
): Hysteresis | undefined {
  if (item.for === undefined && item['clear-after'] === undefined) return undefined;
  const window = item.for === undefined ? NO_HYSTERESIS.for : parseFor(item.for);
  if (typeof window === 'string') throw new InputError(`${where}: for: ${window}`);
  const clearAfter =
    item['clear-after'] === undefined ? NO_HYSTERESIS.clearAfter : parseClearAfter(item['clear-after']);
  if (typeof clearAfter === 'string') throw new InputError(`${where}: clear-after: ${clearAfter}`);
  return { for: window, clearAfter };
}

/** Hysteresis counts earlier runs' outcomes, which only a history store records. */
export function checkHysteresisNeedsStore(
  rules: readonly RuleSpec[],
  drift: Hysteresis | undefined,
  history: HistorySettings,
): void {
  if (history.store !== null) return;
  const rule = rules.find((r) => r.hysteresis);
  const what = rule ? `rules: '${rule.id}' has` : drift ? 'drift has' : undefined;
  if (what === undefined) return;
  throw new InputError(
    `${what} for / clear-after, which count the outcomes of earlier runs: set 'history' (branch, or a path ending in .jsonl) so they are recorded`,
  );
}
