/**
 * The dispatch claim on the history store: before a run dispatches retraining (github/dispatch.ts's
 * DispatchClaim seam, after the cooldown check), it writes its own record early — marked `actions.claimedAt` —
 * through the store's compare-and-swap, unless what is stored already shows another run's claim or dispatch.
 * Concurrent runs all try to move the branch from the same commit; one update wins, the others are refused by
 * GitHub, re-read, see the winner's claim and do not dispatch. So a retraining is dispatched exactly once, without
 * waiting for the runs list to catch up. The run's final record replaces the early one (same run id), without
 * the mark: a claim whose dispatch failed does not block the next run.
 */
import type { DispatchClaim } from '../github/dispatch.js';
import type { HistoryRecord } from './record.js';
import type { HistoryStore, WriteGuard } from './store.js';

/** GitHub stops a job after 6 hours: an older mark is from a run that died before writing its final record. */
export const CLAIM_TTL_MS = 6 * 3_600_000;

/**
 * Refuses the claim when the history shows another run's claim (within CLAIM_TTL_MS) or a dispatch within the
 * cooldown, or an earlier attempt of this workflow run that dispatched already. A dispatch of a retraining run in
 * `retryAfter` (an attempt of the retraining loop that failed or was rejected, src/loop/episode.ts) blocks nothing:
 * the loop retries it at once, as the cooldown check in github/dispatch.ts does.
 */
export function claimGuard(
  runId: string,
  now: number,
  cooldownMs: number,
  retryAfter: ReadonlySet<number> = new Set(),
): WriteGuard {
  return (history) => {
    for (let i = history.records.length - 1; i >= 0; i--) {
      const r = history.records[i];
      if (!r) continue;
      if (r.actions?.runId !== undefined && retryAfter.has(r.actions.runId)) continue;
      const at = Date.parse(r.time);
      if (r.run?.id === runId) {
        if (r.actions?.dispatched) {
          return `an earlier attempt of this workflow run (${runId}) dispatched retraining already`;
        }
        continue;
      }
      const who = r.run ? `run ${r.run.id}` : 'another run';
      if (r.actions?.dispatched && at >= now - cooldownMs) {
        return `${who} of this monitor dispatched retraining at ${r.time}, within the cooldown (history)`;
      }
      const claimed = r.actions?.claimedAt;
      if (claimed !== undefined && Date.parse(claimed) >= now - Math.max(cooldownMs, CLAIM_TTL_MS)) {
        return `${who} of this monitor claimed the retraining dispatch first (at ${claimed}, history)`;
      }
    }
    return undefined;
  };
}

/**
 * A DispatchClaim backed by `store`: writes `record(now)` (this run's early record, marked `claimedAt`) unless
 * claimGuard refuses. An error of the store (403, the branch kept moving) propagates: no claim, no dispatch.
 */
export function storeClaim(
  store: HistoryStore,
  record: (now: Date) => HistoryRecord,
  options: { runId: string; maxRuns: number; cooldownMs: number },
): DispatchClaim {
  return async ({ now, retryAfter }) => {
    const early = record(now);
    const result = await store.append(
      { ...early, actions: { ...early.actions, claimedAt: now.toISOString() } },
      options.maxRuns,
      claimGuard(options.runId, now.getTime(), options.cooldownMs, retryAfter),
    );
    return result.refused !== undefined ? { granted: false, reason: result.refused } : { granted: true };
  };
}
