/**
 * The monitor's memory, as the pipeline uses it: open the configured store, read it before the verdict (a bad
 * history fails the run before anything is done), build this run's record, and append it after the effects
 * (or, in dry-run, say what would be appended).
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { GitHubClient } from '../github/client.js';
import type { RepoContext } from '../github/types.js';
import { InputError } from '../errors.js';
import { historyFileName, type HistoryContent } from './jsonl.js';
import { HISTORY_RECORD_VERSION, type HistoryRecord, type RuleOutcome, type RunStatus } from './record.js';
import { describeAppend, type AppendResult, type HistoryStore } from './store.js';
import { branchStore } from './store-branch.js';
import { fileStore } from './store-file.js';
import type { HistorySettings } from './settings.js';

export interface StoreContext {
  monitorKey: string;
  /** Relative `.jsonl` paths resolve against this directory. */
  cwd: string;
  repo: RepoContext | null;
  /** Creates the GitHub client on first use (the branch store needs one). */
  client: () => GitHubClient;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The configured store, or null when `history` is unset. */
export function openStore(settings: HistorySettings, context: StoreContext): HistoryStore | null {
  const store = settings.store;
  if (store === null) return null;
  if (store.kind === 'file') return fileStore(path.resolve(context.cwd, store.path));
  if (context.repo === null) {
    throw new InputError(
      "history: branch needs a repository (GITHUB_REPOSITORY); offline, use a .jsonl path for 'history' instead",
    );
  }
  return branchStore({
    client: context.client(),
    repo: context.repo,
    branch: store.branch,
    file: historyFileName(context.monitorKey, sha256),
    message: `retrain-trigger: record a run of ${context.monitorKey}`,
  });
}

export interface RunFacts {
  time: Date;
  monitor: string;
  run?: { id: string; attempt: number; url?: string };
  sha?: string;
  status: RunStatus;
  metrics: ReadonlyMap<string, number>;
  rules: { id: string; outcome: RuleOutcome }[];
  drift?: HistoryRecord['drift'];
  quality?: unknown;
  actions?: HistoryRecord['actions'];
}

/** This run's record (the documented subset of the report kept in the history). */
export function recordOf(run: RunFacts): HistoryRecord {
  const metrics: Record<string, number> = {};
  for (const [name, value] of run.metrics) {
    if (Number.isFinite(value)) {
      Object.defineProperty(metrics, name, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return {
    schemaVersion: HISTORY_RECORD_VERSION,
    time: run.time.toISOString(),
    monitor: run.monitor,
    ...(run.run ? { run: run.run } : {}),
    ...(run.sha ? { sha: run.sha } : {}),
    status: run.status,
    metrics,
    rules: run.rules,
    ...(run.drift ? { drift: run.drift } : {}),
    ...(run.quality !== undefined ? { quality: run.quality } : {}),
    ...(run.actions ? { actions: run.actions } : {}),
  };
}

export type Remembered = { written: true; result: AppendResult } | { written: false; plan: string };

/** Appends the record, or in dry-run describes the append from what was read. */
export async function remember(
  store: HistoryStore,
  read: HistoryContent,
  record: HistoryRecord,
  maxRuns: number,
  dryRun: boolean,
): Promise<Remembered> {
  if (dryRun) return { written: false, plan: describeAppend(read, record, maxRuns, store.where) };
  return { written: true, result: await store.append(record, maxRuns) };
}
