/**
 * The history file's text: one JSON record per line, oldest first. Pure functions shared by both stores.
 *
 * Lines already stored are kept byte for byte: adding a run never re-serialises older records, so fields a
 * newer or older release wrote survive, and nothing is reordered. A line that does not parse stops everything
 * (HistoryError naming the store, the file and the line), so a store is never rewritten over data it could not
 * read.
 */
import { InputError } from '../errors.js';
import { readRecord, type HistoryRecord } from './record.js';

export class HistoryError extends InputError {}

export interface HistoryContent {
  /** Stored lines as they are (blank lines dropped). */
  lines: string[];
  /** One record per line, same order. */
  records: HistoryRecord[];
}

export const EMPTY_HISTORY: HistoryContent = { lines: [], records: [] };

/** Default bound of `history-max-runs`: a year of daily runs, or about three months of hourly ones. */
export const DEFAULT_MAX_RUNS = 2000;

/** Parses the file text; `where` names it for messages, e.g. `branch 'retrain-trigger-history', file 'm.jsonl'`. */
export function parseHistory(text: string, where: string): HistoryContent {
  const lines: string[] = [];
  const records: HistoryRecord[] = [];
  const raw = text.replace(/^\uFEFF/, '').split('\n');
  raw.forEach((line, index) => {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new HistoryError(
        `history: ${where}, line ${index + 1}: not valid JSON (${detail}); nothing was written`,
      );
    }
    const parsed = readRecord(value);
    if (!parsed.ok)
      throw new HistoryError(`history: ${where}, line ${index + 1}: ${parsed.problem}; nothing was written`);
    lines.push(trimmed);
    records.push(parsed.record);
  });
  return { lines, records };
}

/**
 * The history with `record` added: a record of the same run id (an earlier attempt) is replaced where it stands;
 * otherwise the record is appended. Then the oldest records beyond `maxRuns` are dropped.
 */
export function withRecord(history: HistoryContent, record: HistoryRecord, maxRuns: number): HistoryContent {
  const line = JSON.stringify(record);
  const lines = [...history.lines];
  const records = [...history.records];
  const runId = record.run?.id;
  const same = runId === undefined ? -1 : records.findIndex((r) => r.run?.id === runId);
  if (same >= 0) {
    lines[same] = line;
    records[same] = record;
  } else {
    lines.push(line);
    records.push(record);
  }
  const drop = Math.max(0, records.length - maxRuns);
  return { lines: lines.slice(drop), records: records.slice(drop) };
}

export function historyText(history: HistoryContent): string {
  return history.lines.length === 0 ? '' : `${history.lines.join('\n')}\n`;
}

/** True when `history` holds exactly this record for its run (used to confirm a write whose answer was lost). */
export function holdsRecord(history: HistoryContent, record: HistoryRecord): boolean {
  const line = JSON.stringify(record);
  return history.lines.includes(line);
}

/** The file that holds one monitor's runs: its key made safe for a path, plus a short hash when it had to change. */
export function historyFileName(monitorKey: string, hash: (text: string) => string): string {
  const safe = monitorKey
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  const name =
    safe === monitorKey && safe !== '' ? safe : `${safe || 'monitor'}-${hash(monitorKey).slice(0, 8)}`;
  return `${name}.jsonl`;
}
