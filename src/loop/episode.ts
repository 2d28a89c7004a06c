/**
 * The retraining loop, seen from the monitor: one alert issue is one episode — detect → retrain → validate →
 * deploy → recover. This file is the pure part: what the episode recorded so far (read from the alert by
 * github/episode.ts), plus what GitHub says about the runs now → what to record and whether to dispatch.
 * No I/O; tested without mocks.
 *
 * Rules (issue 10):
 * - a retraining run that is queued or in progress holds the next dispatch back;
 * - a run that completed with `success` is recorded; one that completed otherwise (failure, cancelled,
 *   timed_out, startup_failure…, or that no longer exists) is a failed attempt, and so is a run whose gate
 *   rejected its candidate. A failed attempt is told on the alert once and does not hold the next attempt
 *   back through the cooldown;
 * - after `max-retrain-attempts` failed attempts the alert gets the label `retraining-failed` and says a
 *   person is needed; while it carries that label nothing is dispatched. Removing the label starts the count
 *   again (from the last escalation); closing the issue ends the episode.
 */

/** The label that stops dispatching until a person removes it. */
export const RETRAINING_FAILED_LABEL = 'retraining-failed';

/** What the gate step (in the retraining run) said about the run's candidate. */
export type CandidateOutcome = 'promoted' | 'rejected';

/** One retraining run the monitor dispatched in this episode (its comment on the alert). */
export interface Attempt {
  runId: number;
  runUrl?: string;
  /** Order on the alert (index of its comment). */
  position: number;
  /** Its number in its count (1 = first attempt after the episode began or the last reset). */
  number: number;
  /** The run's state the alert recorded last: `queued`, `in_progress`, `completed:success`, … */
  recorded: string;
  /** The comment that records it (updated in place when the state changes). */
  commentId: number;
  /** A comment telling this run's failure exists already. */
  failureTold: boolean;
  /** From the gate step's comment for this run, when there is one. */
  candidate?: CandidateOutcome;
}

export interface Episode {
  attempts: Attempt[];
  /** Positions of the escalation comments ("a person is needed"), in order. */
  escalations: number[];
  /** The alert carries RETRAINING_FAILED_LABEL. */
  labelled: boolean;
}

/** A run's state now: `queued`, `in_progress`, `completed:success`, `completed:failure`, `completed:missing`… */
export type RunState = string;

/** `status`, or `completed:<conclusion>`; words other than GitHub's lower-case ones read as `unknown`. */
export function runState(status: string | null, conclusion: string | null): RunState {
  const word = (text: string | null) => (text !== null && /^[a-z_]{1,40}$/.test(text) ? text : 'unknown');
  return status === 'completed' ? `completed:${word(conclusion)}` : word(status);
}

const isPending = (state: RunState) => !state.startsWith('completed:');

/** True when the attempt failed: the run did not succeed, or its candidate was rejected. */
export function attemptFailed(state: RunState, candidate: CandidateOutcome | undefined): boolean {
  if (isPending(state)) return false;
  return state !== 'completed:success' || candidate === 'rejected';
}

/** A failed attempt to tell on the alert. */
export interface FailureNote {
  attempt: Attempt;
  state: RunState;
  /** Its place among the failed attempts of its count (1-based). */
  failedNumber: number;
}

export interface FollowPlan {
  /** Attempts whose state changed since the alert recorded it: their comment is updated. */
  updates: { attempt: Attempt; state: RunState }[];
  /** Failed attempts not yet told on the alert. */
  failures: FailureNote[];
  /** Label the alert and say a person is needed (the label goes on first, then the comment). */
  escalate: boolean;
  /** Why no retraining may be dispatched now; null when it may (if due). */
  hold: string | null;
  /** Completed runs of failed attempts: the cooldown does not count them. */
  retryAfter: number[];
  /** Failed attempts in the current count. */
  failed: number;
  /** The number the next dispatched attempt gets. */
  nextAttempt: number;
  max: number;
  /** One sentence on where the episode stands, for the summary and the alert body; '' at its start. */
  status: string;
}

/**
 * Decide from the recorded episode and the runs' states now (by run id; a run missing from `states` keeps
 * its recorded state).
 */
export function planFollow(
  episode: Episode,
  states: ReadonlyMap<number, RunState>,
  max: number,
  due: boolean,
): FollowPlan {
  const lastEscalation = episode.escalations[episode.escalations.length - 1] ?? -1;
  const updates: FollowPlan['updates'] = [];
  const failures: FailureNote[] = [];
  const retryAfter: number[] = [];
  const pending: { attempt: Attempt; state: RunState }[] = [];
  let failed = 0;
  let failedBefore = 0;
  for (const attempt of episode.attempts) {
    const state = states.get(attempt.runId) ?? attempt.recorded;
    if (state !== attempt.recorded) updates.push({ attempt, state });
    if (isPending(state)) pending.push({ attempt, state });
    if (!attemptFailed(state, attempt.candidate)) continue;
    retryAfter.push(attempt.runId);
    const counted = attempt.position > lastEscalation;
    if (counted) failed++;
    else failedBefore++;
    if (!attempt.failureTold) {
      failures.push({ attempt, state, failedNumber: counted ? failed : failedBefore });
    }
  }
  // An escalation comment starts a new count (the failures before it are counted there): with the label
  // still on, nothing is dispatched; once a person removes it, retraining is tried again from attempt 1.
  // Escalating needs the model to still be due: a recovered model closes the alert instead.
  const escalate = failed >= max && due;
  const needsPerson = `a person is needed: look at the failed runs, then remove the label '${RETRAINING_FAILED_LABEL}' to try again (or close the issue)`;
  let hold: string | null = null;
  let status = '';
  if (escalate || episode.labelled || failed >= max) {
    hold = !episode.labelled
      ? `Retraining failed ${failed} time(s) in this alert episode (max-retrain-attempts ${max}): not dispatched again; ${needsPerson}.`
      : `The alert carries the label '${RETRAINING_FAILED_LABEL}': not dispatched; ${needsPerson}.`;
    status = hold;
  } else if (pending.length > 0) {
    const { attempt, state } = pending[pending.length - 1] as { attempt: Attempt; state: RunState };
    hold = `Retraining run ${attempt.runId} (attempt ${attempt.number} of ${max}) is ${state.replace('_', ' ')}: no new dispatch until it completes.`;
    status = hold;
  } else if (failed > 0) {
    status = `${failed} of ${max} retraining attempts failed in this episode; the next one is not held back by the cooldown.`;
  }
  return {
    updates,
    failures,
    escalate,
    hold,
    retryAfter,
    failed,
    nextAttempt: failed + 1,
    max,
    status,
  };
}
