/**
 * The retraining episode as the alert issue records it: the monitor's comments for each retraining run it
 * dispatched, the gate step's comment for each candidate, the failures told and the escalations. Read here
 * into the pure model of loop/episode.ts, and written here (the comment texts and their hidden markers).
 *
 * Markers (the block of marker lines at the end of a comment, see body.ts readMarkers):
 *   retrain=<monitor>:<run id>   attempt=<n>   runstate=<state>    a retraining run this monitor dispatched
 *   runfailed=<monitor>:<run id>                                   its failure was told
 *   escalated=<monitor>                                            "a person is needed"
 *   candidate=promoted|rejected  (gate comments, whose FIRST line is gate-comment.ts's marker)
 *
 * Only comments written by the alert's author (the token that opened it) or by a bot (the workflow token of
 * the retraining run, a GitHub App) count: anyone who may comment cannot forge an attempt or a reset.
 */
import { escapeMarkdown } from '../text/escape.js';
import {
  RETRAINING_FAILED_LABEL,
  type Attempt,
  type CandidateOutcome,
  type Episode,
  type FailureNote,
  type RunState,
} from '../loop/episode.js';
import { nonceMarker, readMarkers, safeLink } from './body.js';

/** A comment as the episode reads it (listComments' answer, shape-checked at the edge). */
export interface EpisodeComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

const key = (monitorKey: string) => encodeURIComponent(monitorKey);

/** A comment whose markers count: by the alert's author (the token that opened it) or by a bot. */
export function trusted(comment: EpisodeComment, author: string | undefined): boolean {
  const user = comment.user;
  if (!user) return false;
  return user.type === 'Bot' || (author !== undefined && user.login === author);
}

/** The episode recorded on the alert: attempts in order, with what the gate and earlier runs said. */
export function readEpisode(
  comments: readonly EpisodeComment[],
  monitorKey: string,
  author: string | undefined,
  labels: readonly string[],
): Episode {
  const attempts: Attempt[] = [];
  const escalations: number[] = [];
  const told = new Set<string>();
  const candidates = new Map<string, CandidateOutcome>();
  const ours = `${key(monitorKey)}:`;
  comments.forEach((comment, position) => {
    if (!trusted(comment, author)) return;
    const body = comment.body ?? '';
    const markers = readMarkers(body);
    const retrain = markers.get('retrain');
    const runId = retrain?.startsWith(ours) ? Number(retrain.slice(ours.length)) : NaN;
    if (Number.isSafeInteger(runId) && runId > 0) {
      const url = /\]\((https?:\/\/[^\s)]+\/actions\/runs\/\d+)\)/.exec(body)?.[1];
      attempts.push({
        runId,
        ...(url ? { runUrl: url } : {}),
        position,
        number: Number(markers.get('attempt')) || 1,
        recorded: markers.get('runstate') ?? 'queued',
        commentId: comment.id,
        failureTold: false,
      });
    }
    const failed = markers.get('runfailed');
    if (failed?.startsWith(ours)) told.add(failed.slice(ours.length));
    if (markers.get('escalated') === key(monitorKey)) escalations.push(position);
    const candidate = markers.get('candidate');
    const first = body.split('\n', 1)[0] ?? '';
    const gate = /^<!-- retrain-trigger:gate=([^:\s]+):(\d+) -->$/.exec(first);
    if (gate && gate[1] === key(monitorKey) && (candidate === 'promoted' || candidate === 'rejected')) {
      candidates.set(gate[2] as string, candidate);
    }
  });
  for (const attempt of attempts) {
    attempt.failureTold = told.has(String(attempt.runId));
    const candidate = candidates.get(String(attempt.runId));
    if (candidate) attempt.candidate = candidate;
  }
  return {
    attempts,
    escalations,
    labelled: labels.some((l) => l.toLowerCase() === RETRAINING_FAILED_LABEL),
  };
}

function describeState(state: RunState): string {
  if (state === 'completed:success') return '✅ completed successfully';
  if (state === 'completed:missing') return '❌ no longer exists (deleted?)';
  if (state.startsWith('completed:')) return `❌ completed: ${escapeMarkdown(state.slice(10))}`;
  return `⏳ ${escapeMarkdown(state.replace('_', ' '))}`;
}

/** The monitor's comment for one dispatched run; updated in place as the run's state changes. */
export function dispatchComment(
  monitorKey: string,
  run: { runId: number; runUrl?: string; number: number; max: number; state: RunState },
  nonce: string,
): string {
  const link = safeLink(`run ${run.runId}`, run.runUrl) ?? `run ${run.runId}`;
  return [
    `🔁 Retraining dispatched: ${link} (attempt ${run.number} of ${run.max}).`,
    '',
    `Run state: ${describeState(run.state)}.`,
    '',
    `<!-- retrain-trigger:retrain=${key(monitorKey)}:${run.runId} -->`,
    `<!-- retrain-trigger:attempt=${run.number} -->`,
    `<!-- retrain-trigger:runstate=${run.state} -->`,
    nonceMarker(nonce),
  ].join('\n');
}

/** Told once per failed attempt: which run, how it ended, and what happens next. */
export function failureComment(
  monitorKey: string,
  note: FailureNote,
  max: number,
  escalating: boolean,
  nonce: string,
): string {
  const { attempt, state } = note;
  const link =
    safeLink(`Retraining run ${attempt.runId}`, attempt.runUrl) ?? `Retraining run ${attempt.runId}`;
  const how =
    state === 'completed:success' && attempt.candidate === 'rejected'
      ? 'completed, but its candidate was rejected by the gates (see above)'
      : state === 'completed:missing'
        ? 'no longer exists'
        : `failed (${escapeMarkdown(state.slice(10))})`;
  const next = escalating
    ? 'No more attempts in this episode.'
    : `The next scheduled run dispatches again without waiting for the cooldown (${max - note.failedNumber} attempt(s) left).`;
  return [
    `❌ ${link} ${how}: failed attempt ${note.failedNumber} of ${max}. ${next}`,
    '',
    `<!-- retrain-trigger:runfailed=${key(monitorKey)}:${attempt.runId} -->`,
    nonceMarker(nonce),
  ].join('\n');
}

/** Posted once per count that reached max-retrain-attempts, after the label is on. */
export function escalationComment(
  monitorKey: string,
  failed: number,
  runs: readonly Attempt[],
  nonce: string,
): string {
  const links = runs.map((a) => safeLink(`run ${a.runId}`, a.runUrl) ?? `run ${a.runId}`).join(', ');
  return [
    `🛑 Retraining failed ${failed} time(s) in this alert episode (${links}). **A person is needed**: the monitor stops dispatching retraining while this issue carries the label \`${RETRAINING_FAILED_LABEL}\`. Look at the failed runs, fix the cause, then remove the label to try again — or close the issue.`,
    '',
    `<!-- retrain-trigger:escalated=${key(monitorKey)} -->`,
    nonceMarker(nonce),
  ].join('\n');
}
