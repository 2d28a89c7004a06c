/**
 * `escalated`: sent once when a person becomes needed while the alert is open — the alert carries the
 * `retraining-failed` label, or the retraining command gave up — and not again while that stays so.
 */
import { describe, expect, it } from 'vitest';
import { escalationOf, planExternal, type ExternalContext } from '../../src/external.js';
import type { LedgerEntry } from '../../src/notify/lifecycle.js';
import { makeConfig, makeVerdict } from '../support/effects-fixtures.js';

const config = makeConfig({
  monitorKey: 'churn',
  notify: {
    pagerdutyUrl: 'https://events.pagerduty.com/v2/enqueue',
    repeatMs: 0,
    slackWebhookUrl: 'https://hooks.slack.com/x',
  },
  stateFile: '/tmp/state.jsonl',
});

function entry(fields: Partial<LedgerEntry>): LedgerEntry {
  return {
    monitor: 'churn',
    target: 'slack',
    event: 'opened',
    fingerprint: JSON.stringify([['accuracy-floor'], []]),
    escalated: false,
    seq: 1,
    deliveryKey: 'k1',
    at: '2026-12-01T00:00:00.000Z',
    state: 'sent',
    ...fields,
  };
}

function plan(
  github: ExternalContext['github'],
  notify: LedgerEntry[],
  command: ExternalContext['state']['command'] = [],
) {
  return planExternal({
    config,
    verdict: makeVerdict(),
    github,
    repo: null,
    env: { GITHUB_RUN_ID: '9' },
    now: new Date('2026-12-02T00:00:00Z'),
    state: { notify, command },
  }).notify!.deliveries;
}

describe('escalated', () => {
  it('the retraining-failed label on the open alert escalates once, with the reason first', () => {
    const why = "alert #7 is labelled 'retraining-failed': retraining failed and a person is needed";
    const github = { dispatched: false, records: [], failures: [], escalated: why };
    const [delivery] = plan(github, [entry({})]);
    expect(delivery?.event).toBe('escalated');
    expect(delivery?.escalated).toBe(true);
    expect(delivery?.message.reasons[0]).toBe(why);
    // Already told: nothing more while it stays escalated with the same reasons.
    expect(plan(github, [entry({}), entry({ event: 'escalated', escalated: true, seq: 2 })])).toEqual([]);
    // Not escalated: nothing new to say.
    expect(plan({ dispatched: false, records: [], failures: [] }, [entry({})])).toEqual([]);
  });

  it('a retraining command that gave up escalates', () => {
    const failed = [1, 2, 3].map((i) => ({
      monitor: 'churn',
      runId: String(i),
      at: `2026-12-01T0${i}:00:00.000Z`,
      state: 'failed' as const,
      exitCode: 1,
    }));
    const configWithCommand = { ...config, command: { argv: ['retrain'], timeoutMs: 1000 } };
    const deliveries = planExternal({
      config: configWithCommand,
      verdict: makeVerdict(),
      github: { dispatched: false, records: [], failures: [] },
      repo: null,
      env: { GITHUB_RUN_ID: '9' },
      now: new Date('2026-12-02T00:00:00Z'),
      state: { notify: [entry({})], command: failed },
    }).notify!.deliveries;
    expect(deliveries.map((d) => d.event)).toEqual(['escalated']);
    expect(deliveries[0]?.message.reasons[0]).toMatch(
      /^the retraining command is not started any more: the command failed 3 times/,
    );
  });

  it('escalationOf: the label first, then a command that gave up, else nothing', () => {
    expect(escalationOf({ escalated: 'label' }, { gaveUp: true, reason: 'x' })).toBe('label');
    expect(escalationOf({}, { gaveUp: false, reason: 'x' })).toBeNull();
    expect(escalationOf({}, null)).toBeNull();
  });
});
