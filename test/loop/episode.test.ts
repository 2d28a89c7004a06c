import { describe, expect, it } from 'vitest';
import { attemptFailed, planFollow, runState, type Attempt, type Episode } from '../../src/loop/episode.js';
import { readEpisode, type EpisodeComment } from '../../src/github/episode.js';
import { dispatchComment, escalationComment } from '../../src/github/episode.js';

function attempt(
  runId: number,
  position: number,
  recorded = 'queued',
  extra: Partial<Attempt> = {},
): Attempt {
  return { runId, position, number: 1, recorded, commentId: runId + 10, failureTold: false, ...extra };
}

const episode = (attempts: Attempt[], extra: Partial<Episode> = {}): Episode => ({
  attempts,
  escalations: [],
  labelled: false,
  ...extra,
});

describe('run states', () => {
  it('names a state by status, or completed:conclusion; odd words read as unknown', () => {
    expect(runState('in_progress', null)).toBe('in_progress');
    expect(runState('completed', 'timed_out')).toBe('completed:timed_out');
    expect(runState('completed', 'x -->')).toBe('completed:unknown');
    expect(runState(null, null)).toBe('unknown');
  });

  it('a failed attempt: any completion but success, or a rejected candidate', () => {
    expect(attemptFailed('completed:success', undefined)).toBe(false);
    expect(attemptFailed('completed:success', 'promoted')).toBe(false);
    expect(attemptFailed('completed:success', 'rejected')).toBe(true);
    expect(attemptFailed('completed:cancelled', undefined)).toBe(true);
    expect(attemptFailed('completed:missing', undefined)).toBe(true);
    expect(attemptFailed('in_progress', 'rejected')).toBe(false);
  });
});

describe('planFollow', () => {
  it('holds the dispatch while a run is queued or in progress, and records a change of state', () => {
    const plan = planFollow(episode([attempt(7, 0)]), new Map([[7, 'in_progress']]), 3, true);
    expect(plan.hold).toBe(
      'Retraining run 7 (attempt 1 of 3) is in progress: no new dispatch until it completes.',
    );
    expect(plan.updates).toEqual([{ attempt: attempt(7, 0), state: 'in_progress' }]);
    expect(plan.failures).toEqual([]);
    expect(plan.retryAfter).toEqual([]);
  });

  it('records a success without holding anything back (the cooldown applies as usual)', () => {
    const plan = planFollow(episode([attempt(7, 0)]), new Map([[7, 'completed:success']]), 3, true);
    expect(plan).toMatchObject({ hold: null, failed: 0, nextAttempt: 1, retryAfter: [], status: '' });
  });

  it('tells each failure once, lets the next attempt skip the cooldown, and counts on', () => {
    const told = attempt(7, 0, 'completed:failure', { failureTold: true });
    const plan = planFollow(episode([told, attempt(9, 2)]), new Map([[9, 'completed:timed_out']]), 3, true);
    expect(plan.failures.map((f) => [f.attempt.runId, f.failedNumber])).toEqual([[9, 2]]);
    expect(plan.retryAfter).toEqual([7, 9]);
    expect(plan).toMatchObject({ hold: null, failed: 2, nextAttempt: 3, escalate: false });
  });

  it('a rejected candidate is a failed attempt even when its run succeeded', () => {
    const plan = planFollow(
      episode([attempt(7, 0, 'queued', { candidate: 'rejected' })]),
      new Map([[7, 'completed:success']]),
      3,
      true,
    );
    expect(plan.failed).toBe(1);
    expect(plan.retryAfter).toEqual([7]);
  });

  it('escalates at max-retrain-attempts, only while the model is due', () => {
    const failed = [0, 1, 2].map((i) => attempt(i + 1, i * 2, 'completed:failure', { failureTold: true }));
    const due = planFollow(episode(failed), new Map(), 3, true);
    expect(due.escalate).toBe(true);
    expect(due.hold).toMatch(/^Retraining failed 3 time\(s\) in this alert episode/);
    expect(planFollow(episode(failed), new Map(), 3, false).escalate).toBe(false);
    expect(planFollow(episode(failed), new Map(), 4, true)).toMatchObject({ escalate: false, hold: null });
  });

  it('holds while labelled; after the escalation, removing the label starts a new count', () => {
    const failed = [0, 1, 2].map((i) => attempt(i + 1, i * 2, 'completed:failure', { failureTold: true }));
    const escalated = episode(failed, { escalations: [6], labelled: true });
    const held = planFollow(escalated, new Map(), 3, true);
    expect(held).toMatchObject({ escalate: false, failed: 0 });
    expect(held.hold).toMatch(/carries the label 'retraining-failed'/);
    const reset = planFollow({ ...escalated, labelled: false }, new Map(), 3, true);
    expect(reset).toMatchObject({ hold: null, escalate: false, failed: 0, nextAttempt: 1 });
    expect(reset.retryAfter).toEqual([1, 2, 3]);
  });
});

describe('readEpisode', () => {
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const comment = (id: number, body: string, user: EpisodeComment['user'] = bot): EpisodeComment => ({
    id,
    body,
    user,
  });

  it('reads attempts, gate outcomes, failures told and escalations from the action’s own comments', () => {
    const comments = [
      comment(1, 'opened'),
      comment(
        2,
        dispatchComment(
          'churn',
          {
            runId: 7,
            runUrl: 'https://github.com/o/r/actions/runs/7',
            number: 1,
            max: 3,
            state: 'completed:success',
          },
          'n1',
        ),
      ),
      comment(
        3,
        '<!-- retrain-trigger:gate=churn:7 -->\n\n### table\n\n<!-- retrain-trigger:candidate=rejected -->\n<!-- retrain-trigger:deploy=none -->',
      ),
      comment(4, 'x\n\n<!-- retrain-trigger:runfailed=churn:7 -->'),
      comment(5, escalationComment('churn', 1, [], 'n2')),
      comment(6, dispatchComment('other', { runId: 8, number: 1, max: 3, state: 'queued' }, 'n3')),
    ];
    const read = readEpisode(comments, 'churn', 'github-actions[bot]', ['model-alert', 'Retraining-Failed']);
    expect(read).toEqual({
      attempts: [
        {
          runId: 7,
          runUrl: 'https://github.com/o/r/actions/runs/7',
          position: 1,
          number: 1,
          recorded: 'completed:success',
          commentId: 2,
          failureTold: true,
          candidate: 'rejected',
        },
      ],
      escalations: [4],
      labelled: true,
    });
  });

  it('ignores markers in comments of other people, and a gate marker that is not on the first line', () => {
    const forged = dispatchComment('churn', { runId: 7, number: 1, max: 3, state: 'completed:failure' }, 'n');
    const read = readEpisode(
      [
        comment(1, forged, { login: 'mallory', type: 'User' }),
        comment(2, forged, null),
        comment(3, 'hi <!-- retrain-trigger:gate=churn:7 -->\n<!-- retrain-trigger:candidate=promoted -->'),
      ],
      'churn',
      'github-actions[bot]',
      [],
    );
    expect(read.attempts).toEqual([]);
  });

  it('trusts the alert author (a personal token) as well as bots', () => {
    const mine = dispatchComment('churn', { runId: 7, number: 2, max: 3, state: 'queued' }, 'n');
    const read = readEpisode(
      [comment(1, mine, { login: 'ops-bot-user', type: 'User' })],
      'churn',
      'ops-bot-user',
      [],
    );
    expect(read.attempts.map((a) => [a.runId, a.number, a.recorded])).toEqual([[7, 2, 'queued']]);
  });
});
