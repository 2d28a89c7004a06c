/** The history store contract shared by the branch store (REST git data API) and the file store (.jsonl). */
import type { HistoryContent } from './jsonl.js';
import type { HistoryRecord } from './record.js';

/** Decides, from what is stored now, whether to write: a reason to refuse, or undefined to write. */
export type WriteGuard = (history: HistoryContent) => string | undefined;

export interface AppendResult {
  /** Where it was written, e.g. `branch 'retrain-trigger-history', file 'monitor.jsonl'`. */
  where: string;
  /** Write attempts (1 unless another writer got there first). */
  attempts: number;
  /** True when an earlier attempt of the same workflow run was replaced. */
  replaced: boolean;
  /** Oldest records dropped by `history-max-runs`. */
  dropped: number;
  /** Records stored after the write. */
  runs: number;
  /** Set when the guard refused: nothing was written. */
  refused?: string;
}

export interface HistoryStore {
  /** Names the store in messages. */
  readonly where: string;
  /** The stored runs, oldest first (empty when nothing was stored yet). */
  read(): Promise<HistoryContent>;
  /**
   * Adds this run's record; on a concurrent update re-reads and re-applies (bounded); never loses a record.
   * With `guard`, every attempt first asks it about what is stored then, and writes nothing when it refuses
   * (the dispatch claim: a compare-and-swap on the history file).
   */
  append(record: HistoryRecord, maxRuns: number, guard?: WriteGuard): Promise<AppendResult>;
}

/** What `append` would do, for dry-run: computed from a read, nothing written. */
export function describeAppend(
  history: HistoryContent,
  record: HistoryRecord,
  maxRuns: number,
  where: string,
): string {
  const replaces = record.run !== undefined && history.records.some((r) => r.run?.id === record.run?.id);
  const total = history.records.length + (replaces ? 0 : 1);
  const dropped = Math.max(0, total - maxRuns);
  const what = replaces ? `replace the record of run ${record.run?.id}` : 'append 1 record';
  const drop = dropped > 0 ? `, dropping the ${dropped} oldest (history-max-runs ${maxRuns})` : '';
  return `would ${what} ${replaces ? 'in' : 'to'} ${where} (${history.records.length} stored${drop})`;
}
