/**
 * The champion record (issue 10): where the run history is configured (`history`), the gate step records the
 * promoted candidate's metrics as the champion of its monitor key, and a monitor (or the next gate step) reads it
 * as its baseline with `baseline: champion` — instead of a baseline file someone must remember to update.
 *
 * The champion lives in a store of its own beside the run history, opened with the same settings under the key
 * `<monitor key>.champion` (on the history branch: its own file; with a `.jsonl` history: `<name>.champion.jsonl`
 * next to it), one record per promoted candidate. The record is the run history's (history/record.ts): time, the
 * gate step's run (a re-run of the same run replaces its record, so a candidate is recorded once), the metrics,
 * and the gates as rules (`ok` = passed). The newest record is the champion.
 */
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import type { GateVerdict } from '../gates/index.js';
import { createClient, type GitHubClient } from '../github/client.js';
import type { ActionRecord, RepoContext } from '../github/types.js';
import { openStore, recordOf } from '../history/memory.js';
import type { HistoryStore } from '../history/store.js';
import type { MetricsEvidence } from '../verdict.js';

/** The `baseline` value that means "the champion record" rather than files. */
export const CHAMPION_BASELINE = 'champion';

function championStore(config: Config, repo: RepoContext | null): HistoryStore {
  const settings = config.history;
  const where = settings.store;
  if (where === null) {
    throw new InputError(
      "baseline: champion reads the champion record, which is kept in the run history: set 'history' (e.g. `history: branch`) in the monitor and in the gate step",
    );
  }
  let client: GitHubClient | undefined;
  const store = openStore(
    where.kind === 'file'
      ? { ...settings, store: { kind: 'file', path: where.path.replace(/(\.jsonl)$/i, '.champion$1') } }
      : settings,
    {
      monitorKey: `${config.monitorKey}.champion`,
      cwd: config.workingDirectory,
      repo,
      client: () => (client ??= createClient(config.githubToken, repo as RepoContext)),
    },
  );
  if (store === null) throw new Error('champion: the history store did not open');
  return store;
}

/** The champion's metrics as a baseline; empty (every read an `error`, the verdict unknown) before the first. */
export async function readChampion(config: Config, repo: RepoContext | null): Promise<MetricsEvidence> {
  const store = championStore(config, repo);
  const newest = (await store.read()).records.at(-1);
  if (!newest) {
    const none = `the champion record (none yet in ${store.where}: the gate step records one when it promotes)`;
    return { values: new Map(), metadata: new Map(), sources: new Map(), files: [none] };
  }
  const label = `the champion record (${newest.run ? `run ${newest.run.id}, ` : ''}${newest.time})`;
  const values = new Map(Object.entries(newest.metrics));
  return {
    values,
    metadata: new Map(),
    sources: new Map([...values.keys()].map((name) => [name, label])),
    files: [label],
  };
}

/** Records the promoted candidate as the champion (dry-run: says it would). */
export async function recordChampion(
  config: Config,
  repo: RepoContext,
  challenger: ReadonlyMap<string, number>,
  verdict: GateVerdict,
  now: Date,
): Promise<ActionRecord> {
  const store = championStore(config, repo);
  const record = recordOf({
    time: now,
    monitor: config.monitorKey,
    ...(repo.runId
      ? {
          run: {
            id: repo.runId,
            attempt: repo.runAttempt ?? 1,
            ...(repo.runUrl ? { url: repo.runUrl } : {}),
          },
        }
      : {}),
    ...(repo.sha ? { sha: repo.sha } : {}),
    status: 'healthy',
    metrics: challenger,
    rules: verdict.gates.map((g) => ({ id: g.id, outcome: g.outcome === 'passed' ? 'ok' : 'triggered' })),
  });
  const what = `the promoted candidate as the champion of '${config.monitorKey}' (${store.where})`;
  if (config.dryRun) return { kind: 'history', outcome: 'would-record', detail: `would record ${what}` };
  const result = await store.append(record, config.history.maxRuns);
  return {
    kind: 'history',
    outcome: result.replaced ? 'replaced' : 'recorded',
    detail: `Recorded ${what}${result.replaced ? ', replacing the record of an earlier attempt of this run' : ''}.`,
  };
}
