import { describe, expect, it } from 'vitest';
import {
  decideEvent,
  planDeliveries,
  type AlertState,
  type LedgerEntry,
} from '../../src/notify/lifecycle.js';

const now = new Date('2026-12-02T12:00:00Z');
const due = (fingerprint = 'a', escalated = false): AlertState => ({ status: 'due', fingerprint, escalated });
const healthy: AlertState = { status: 'healthy', fingerprint: '', escalated: false };
const unknown: AlertState = { status: 'unknown', fingerprint: '', escalated: false };

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    monitor: 'm',
    target: 'slack',
    event: 'opened',
    fingerprint: 'a',
    escalated: false,
    seq: 1,
    deliveryKey: 'k',
    at: '2026-12-02T11:00:00Z',
    state: 'sent',
    ...overrides,
  };
}

describe('decideEvent: changes of state only', () => {
  it('opens, changes, escalates, recovers, and is quiet otherwise', () => {
    expect(decideEvent(undefined, due(), now, 0)).toBe('opened');
    expect(decideEvent(entry({}), due(), now, 0)).toBeNull();
    expect(decideEvent(entry({}), due('b'), now, 0)).toBe('changed');
    expect(decideEvent(entry({}), due('a', true), now, 0)).toBe('escalated');
    expect(decideEvent(entry({ escalated: true }), due('a', true), now, 0)).toBeNull();
    expect(decideEvent(entry({}), healthy, now, 0)).toBe('recovered');
    expect(decideEvent(entry({ event: 'recovered' }), healthy, now, 0)).toBeNull();
    expect(decideEvent(undefined, healthy, now, 0)).toBeNull();
    expect(decideEvent(entry({ event: 'recovered' }), due(), now, 0)).toBe('opened');
  });

  it('unknown neither notifies nor recovers', () => {
    expect(decideEvent(entry({}), unknown, now, 0)).toBeNull();
    expect(decideEvent(undefined, unknown, now, 1)).toBeNull();
  });

  it('repeats while open after notify-repeat, measured from the last delivery', () => {
    const hour = 3_600_000;
    expect(decideEvent(entry({}), due(), now, 2 * hour)).toBeNull();
    expect(decideEvent(entry({}), due(), now, hour)).toBe('repeat');
    expect(decideEvent(entry({ event: 'repeat', at: now.toISOString() }), due(), now, hour)).toBeNull();
  });
});

describe('planDeliveries: re-runs and lost answers', () => {
  it('sends nothing twice: a re-run after a sent message plans nothing', () => {
    const entries = [entry({ state: 'claimed' }), entry({ state: 'sent' })];
    expect(planDeliveries(entries, 'm', ['slack'], due(), now, 0).planned).toEqual([]);
  });

  it('a lost Slack answer is counted as delivered, with a note; not re-sent', () => {
    const { planned, notes } = planDeliveries([entry({ state: 'claimed' })], 'm', ['slack'], due(), now, 0);
    expect(planned).toEqual([]);
    expect(notes[0]).toMatch(/slack: the answer .* was lost; .*not sent again/);
  });

  it('a lost PagerDuty or webhook answer is re-sent under the same sequence (same key)', () => {
    const entries = [entry({ target: 'pagerduty', state: 'claimed', seq: 4 })];
    const { planned } = planDeliveries(entries, 'm', ['pagerduty'], due(), now, 0);
    expect(planned).toEqual([{ target: 'pagerduty', event: 'opened', seq: 4, resend: true }]);
  });

  it('a lost answer followed by a change of state sends the new event only', () => {
    const entries = [entry({ target: 'webhook', state: 'claimed', seq: 2 })];
    const { planned } = planDeliveries(entries, 'm', ['webhook'], healthy, now, 0);
    expect(planned).toEqual([{ target: 'webhook', event: 'recovered', seq: 3 }]);
    const slack = planDeliveries([entry({ state: 'claimed', seq: 2 })], 'm', ['slack'], healthy, now, 0);
    expect(slack.planned).toEqual([{ target: 'slack', event: 'recovered', seq: 3 }]);
  });

  it('a refused delivery is tried again on the next run, with a new sequence number', () => {
    const entries = [entry({ state: 'claimed' }), entry({ state: 'failed' })];
    const { planned } = planDeliveries(entries, 'm', ['slack'], due(), now, 0);
    expect(planned).toEqual([{ target: 'slack', event: 'opened', seq: 2 }]);
  });

  it('targets and monitors are independent', () => {
    const entries = [entry({ target: 'slack' }), entry({ monitor: 'other', target: 'teams' })];
    const { planned } = planDeliveries(entries, 'm', ['slack', 'teams'], due(), now, 0);
    expect(planned).toEqual([{ target: 'teams', event: 'opened', seq: 1 }]);
  });
});
