import { afterEach, describe, expect, it } from 'vitest';
import { applyNotifications, type NotifyLedger } from '../../src/notify/deliver.js';
import type { AlertState, LedgerEntry } from '../../src/notify/lifecycle.js';
import { fingerprintOf, planNotifications, type MessageBase } from '../../src/notify/plan.js';
import { checkTargetUrl, send } from '../../src/notify/send.js';
import type { NotifyConfig } from '../../src/notify/types.js';
import { verifySignature } from '../../src/notify/webhook.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
}

function memoryLedger(): NotifyLedger & { entries: LedgerEntry[] } {
  const entries: LedgerEntry[] = [];
  return {
    where: 'memory',
    entries,
    read: async () => [...entries],
    record: async (e) => {
      entries.push(e);
    },
  };
}

const SECRET_PATH = '/services/T0/B0/SECRETTOKEN123';
const base = (time: string): MessageBase => ({
  monitor: 'churn',
  status: 'due',
  reasons: ['accuracy is 0.80, below 0.85'],
  failedRules: ['accuracy-floor'],
  driftedFeatures: [],
  time,
  issueUrl: 'https://github.com/o/r/issues/3',
});
const dueState: AlertState = {
  status: 'due',
  fingerprint: fingerprintOf(['accuracy-floor'], []),
  escalated: false,
};

interface Targets {
  slack: Receiver;
  teams: Receiver;
  pagerduty: Receiver;
  webhook: Receiver;
  config: NotifyConfig;
}

async function targets(): Promise<Targets> {
  const slack = await receiver({ status: 200, body: 'ok' });
  const teams = await receiver({ status: 202 });
  const pagerduty = await receiver({
    status: 202,
    body: JSON.stringify({ status: 'success', message: 'Event processed', dedup_key: 'churn' }),
  });
  const webhook = await receiver({ status: 204 });
  return {
    slack,
    teams,
    pagerduty,
    webhook,
    config: {
      slackWebhookUrl: `${slack.url}${SECRET_PATH}`,
      teamsWebhookUrl: `${teams.url}/workflows/TEAMSSECRET99`,
      pagerdutyRoutingKey: 'PDROUTINGKEY42',
      pagerdutyUrl: `${pagerduty.url}/v2/enqueue`,
      webhookUrl: `${webhook.url}/hook`,
      webhookSecret: 'hmac-secret-77',
      repeatMs: 0,
    },
  };
}

const fast = { backoffMs: 1, timeoutMs: 2000 };

async function runOnce(t: Targets, ledger: NotifyLedger, state: AlertState, time: string) {
  const plan = planNotifications(
    await ledger.read(),
    t.config,
    { ...base(time), status: state.status },
    state,
    new Date(time),
  );
  return applyNotifications(
    plan,
    t.config,
    ledger,
    { report: { schemaVersion: 2 }, source: 'github.com/o/r' },
    fast,
  );
}

describe('notifications against loopback targets', () => {
  it('sends each target its documented payload once per change of state', async () => {
    const t = await targets();
    const ledger = memoryLedger();
    const first = await runOnce(t, ledger, dueState, '2026-12-01T10:00:00Z');
    expect(first.failures).toEqual([]);
    expect(first.records.map((r) => `${r.target}:${r.outcome}`)).toEqual([
      'slack:sent',
      'teams:sent',
      'pagerduty:sent',
      'webhook:sent',
    ]);
    // Slack
    expect(t.slack.requests[0]!.path).toBe(SECRET_PATH);
    expect(t.slack.requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(t.slack.requests[0]!.body).blocks[0].type).toBe('header');
    // Teams
    const teams = JSON.parse(t.teams.requests[0]!.body);
    expect(teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    // PagerDuty
    const pd = JSON.parse(t.pagerduty.requests[0]!.body);
    expect(pd).toMatchObject({ routing_key: 'PDROUTINGKEY42', event_action: 'trigger', dedup_key: 'churn' });
    // Webhook: signature over the exact bytes received, idempotency key header
    const hook = t.webhook.requests[0]!;
    expect(
      verifySignature(hook.body, 'hmac-secret-77', hook.headers['x-retrain-trigger-signature-256'] as string),
    ).toBe(true);
    expect(hook.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);

    // The next scheduled run, same verdict: nothing is sent.
    const second = await runOnce(t, ledger, dueState, '2026-12-01T11:00:00Z');
    expect(second.records).toEqual([]);
    // Recovery: Slack/Teams/webhook get 'recovered', PagerDuty a resolve with the same dedup_key.
    const healthy: AlertState = { status: 'healthy', fingerprint: fingerprintOf([], []), escalated: false };
    const third = await runOnce(t, ledger, healthy, '2026-12-01T12:00:00Z');
    expect(third.records.every((r) => r.event === 'recovered' && r.outcome === 'sent')).toBe(true);
    expect(JSON.parse(t.pagerduty.requests[1]!.body)).toEqual({
      routing_key: 'PDROUTINGKEY42',
      event_action: 'resolve',
      dedup_key: 'churn',
    });
    for (const r of [t.slack, t.teams, t.pagerduty, t.webhook]) expect(r.requests).toHaveLength(2);
  });

  it('a lost Slack answer is not retried, now or on the re-run; a lost webhook answer is, with the same key', async () => {
    const t = await targets();
    t.slack.replies.push('drop');
    t.webhook.replies.push('drop');
    const ledger = memoryLedger();
    const first = await runOnce(t, ledger, dueState, '2026-12-01T10:00:00Z');
    expect(first.records.find((r) => r.target === 'slack')!.outcome).toBe('unknown');
    expect(t.slack.requests).toHaveLength(1);
    // The webhook was retried within the run (idempotent) and accepted the second time.
    expect(t.webhook.requests).toHaveLength(2);
    expect(t.webhook.requests[0]!.headers['idempotency-key']).toBe(
      t.webhook.requests[1]!.headers['idempotency-key'],
    );

    // A re-run: Slack's claim counts as delivered (a note), nothing is sent anywhere.
    const plan = planNotifications(
      await ledger.read(),
      t.config,
      base('2026-12-01T10:05:00Z'),
      dueState,
      new Date(),
    );
    expect(plan.deliveries).toEqual([]);
    expect(plan.notes.join(' ')).toMatch(/slack: the answer .* was lost/);
  });

  it('a PagerDuty answer lost on every attempt is re-sent by the next run under the same claim', async () => {
    const t = await targets();
    t.pagerduty.replies.push('drop', 'drop', 'drop');
    const ledger = memoryLedger();
    await runOnce(t, ledger, dueState, '2026-12-01T10:00:00Z');
    expect(t.pagerduty.requests).toHaveLength(3);
    const again = await runOnce(t, ledger, dueState, '2026-12-01T10:30:00Z');
    expect(again.records.filter((r) => r.target === 'pagerduty').map((r) => r.outcome)).toEqual(['sent']);
    expect(t.pagerduty.requests).toHaveLength(4);
    expect(t.slack.requests).toHaveLength(1);
    const third = await runOnce(t, ledger, dueState, '2026-12-01T11:00:00Z');
    expect(third.records).toEqual([]);
  });

  it('a refusal names the target, never its URL or key, even when the server quotes them', async () => {
    const t = await targets();
    t.slack.replies.push({ status: 400, body: `invalid_payload for ${t.config.slackWebhookUrl}` });
    t.pagerduty.replies.push({
      status: 400,
      body: '{"status":"invalid event","errors":["routing_key PDROUTINGKEY42 unknown"]}',
    });
    const ledger = memoryLedger();
    const result = await runOnce(t, ledger, dueState, '2026-12-01T10:00:00Z');
    const text = JSON.stringify(result);
    expect(result.failures).toHaveLength(2);
    expect(text).toContain('Slack webhook: HTTP 400');
    expect(text).not.toContain('SECRETTOKEN123');
    expect(text).not.toContain('PDROUTINGKEY42');
    expect(t.slack.requests).toHaveLength(1); // 4xx: not retried
    // Refused: the next run tries again.
    await runOnce(t, ledger, dueState, '2026-12-01T11:00:00Z');
    expect(t.slack.requests).toHaveLength(2);
  });

  it('429 is retried for every target (nothing was posted)', async () => {
    const t = await targets();
    t.slack.replies.push({ status: 429, body: 'rate_limited' });
    const ledger = memoryLedger();
    const result = await runOnce(t, ledger, dueState, '2026-12-01T10:00:00Z');
    expect(result.records.find((r) => r.target === 'slack')!.outcome).toBe('sent');
    expect(t.slack.requests).toHaveLength(2);
  });

  it('notify-repeat re-sends while open', async () => {
    const t = await targets();
    t.config.repeatMs = 3_600_000;
    const ledger = memoryLedger();
    await runOnce(t, ledger, dueState, '2026-12-01T10:00:00Z');
    expect((await runOnce(t, ledger, dueState, '2026-12-01T10:30:00Z')).records).toEqual([]);
    const later = await runOnce(t, ledger, dueState, '2026-12-01T11:00:00Z');
    expect(later.records.map((r) => r.event)).toEqual(['repeat', 'repeat', 'repeat', 'repeat']);
  });

  it('a trickling answer is cut at the time budget', async () => {
    const http = await import('node:http');
    const server = http.createServer((_req, res) => {
      res.writeHead(200);
      res.write('o');
      // never ends
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const started = Date.now();
    const result = await send(
      { target: 'slack', url: `http://127.0.0.1:${port}/x`, body: '{}', headers: {}, idempotent: false },
      { secrets: [], timeoutMs: 300, attempts: 3, backoffMs: 1 },
    );
    server.closeAllConnections();
    server.close();
    expect(result.state).toBe('unknown');
    expect(result.attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('checkTargetUrl', () => {
  it('allows https and loopback http only', () => {
    expect(checkTargetUrl('https://hooks.slack.com/services/x', 'Slack webhook')).toBeUndefined();
    expect(checkTargetUrl('http://127.0.0.1:8080/x', 'w')).toBeUndefined();
    expect(checkTargetUrl('http://[::1]:8080/x', 'w')).toBeUndefined();
    expect(checkTargetUrl('http://localhost/x', 'w')).toBeUndefined();
    expect(checkTargetUrl('http://hooks.slack.com/x', 'Slack webhook')).toMatch(/must use https/);
    expect(checkTargetUrl('ftp://127.0.0.1/x', 'w')).toMatch(/must use https/);
    expect(checkTargetUrl('not a url', 'w')).toMatch(/does not parse/);
  });
});
