/**
 * Whether this run starts the retraining command: the same guarantees as the dispatch. Pure over the command
 * ledger (what earlier runs recorded: a claim before starting, then the outcome).
 *
 * - Only when retraining is due (never on `unknown`: could not evaluate is not due).
 * - Once per workflow run: a re-run (same run id, new attempt) does not start it again.
 * - Not again within the cooldown after a start that succeeded or whose outcome was never recorded (the run that
 *   started it may have died mid-way; the command may still be running somewhere).
 * - A failed or timed-out command does not hold the next attempt back, up to `maxFailures` failures in a row;
 *   then it stops and says a person is needed.
 */
export interface CommandLedgerEntry {
  monitor: string;
  /** The workflow run that started it (`GITHUB_RUN_ID`), when known. */
  runId?: string;
  /** ISO 8601 time of the claim. */
  at: string;
  state: 'claimed' | 'succeeded' | 'failed';
  exitCode?: number;
}

export interface CommandPlanInput {
  monitor: string;
  status: 'due' | 'healthy' | 'unknown';
  runId?: string;
  now: Date;
  cooldownMs: number;
  maxFailures: number;
}

export interface CommandDecision {
  run: boolean;
  /** One sentence: why it runs or not. */
  reason: string;
  /** It gave up after `maxFailures` failures in a row: a person is needed (notifications escalate). */
  gaveUp?: boolean;
}

/** The last entry per claim: later states of the same claim (same monitor, run and time) replace it. */
function claims(entries: readonly CommandLedgerEntry[], monitor: string): CommandLedgerEntry[] {
  const byClaim = new Map<string, CommandLedgerEntry>();
  for (const entry of entries) {
    if (entry.monitor !== monitor) continue;
    const key = `${entry.runId ?? ''}\u0000${entry.at}`;
    const seen = byClaim.get(key);
    if (!seen || seen.state === 'claimed') byClaim.set(key, entry);
  }
  return [...byClaim.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function planCommand(
  entries: readonly CommandLedgerEntry[],
  input: CommandPlanInput,
): CommandDecision {
  if (input.status === 'unknown') {
    return { run: false, reason: 'the verdict could not be decided; nothing is started on a guess' };
  }
  if (input.status !== 'due') return { run: false, reason: 'retraining is not due' };
  const history = claims(entries, input.monitor);
  if (input.runId !== undefined) {
    const same = history.find((c) => c.runId === input.runId);
    if (same) {
      return {
        run: false,
        reason: `already started by an earlier attempt of this workflow run (${same.at}, ${describe(same)})`,
      };
    }
  }
  let failures = 0;
  for (let i = history.length - 1; i >= 0 && history[i]?.state === 'failed'; i--) failures++;
  if (failures >= input.maxFailures) {
    return {
      run: false,
      reason: `the command failed ${failures} times in a row; it is not started again until it succeeds by hand or the alert recovers — a person is needed`,
      gaveUp: true,
    };
  }
  const last = history[history.length - 1];
  if (last && last.state !== 'failed') {
    const age = input.now.getTime() - Date.parse(last.at);
    if (age < input.cooldownMs) {
      return {
        run: false,
        reason: `started ${formatAge(age)} ago (${last.at}, ${describe(last)}), within the cooldown`,
      };
    }
  }
  return {
    run: true,
    reason: failures > 0 ? `retraining is due; the last ${failures} attempt(s) failed` : 'retraining is due',
  };
}

function describe(entry: CommandLedgerEntry): string {
  if (entry.state === 'claimed') return 'no outcome recorded';
  if (entry.state === 'succeeded') return 'succeeded';
  return `failed${entry.exitCode !== undefined ? ` with exit code ${entry.exitCode}` : ''}`;
}

function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}
