/* eslint-disable @typescript-eslint/no-explicit-any -- payload shapes are what these tests check, field by field */
import { describe, expect, it } from 'vitest';
import { buildSlackPayload } from '../../src/notify/slack.js';
import { buildTeamsPayload } from '../../src/notify/teams.js';
import { buildPagerDutyEvent, pagerdutyDedupKey } from '../../src/notify/pagerduty.js';
import { buildWebhookBody, signBody, verifySignature, webhookHeaders } from '../../src/notify/webhook.js';
import { maskSecrets, slackText } from '../../src/notify/text.js';
import type { NotifyMessage } from '../../src/notify/types.js';
import { createHmac } from 'node:crypto';

const hostile = '<!channel> *bold* `x` & <https://evil.example|click> \u202Egnp.exe\n::error::x';

function message(overrides: Partial<NotifyMessage> = {}): NotifyMessage {
  return {
    event: 'opened',
    monitor: 'churn-model',
    status: 'due',
    reasons: [`accuracy is 0.81, below 0.85`, `feature ${hostile} drifted`],
    failedRules: ['accuracy-floor'],
    driftedFeatures: [hostile],
    time: '2026-12-01T10:00:00.000Z',
    runUrl: 'https://github.com/o/r/actions/runs/1',
    issueUrl: 'https://github.com/o/r/issues/7',
    deliveryKey: 'k1',
    ...overrides,
  };
}

/** Every string in a JSON value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('Slack Block Kit payload', () => {
  it('has the documented block shapes and limits', () => {
    const payload = buildSlackPayload(message()) as { text: string; blocks: Record<string, any>[] };
    expect(typeof payload.text).toBe('string');
    expect(payload.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'actions']);
    const [header, section, context, actions] = payload.blocks;
    expect(header!.text.type).toBe('plain_text');
    expect(header!.text.text.length).toBeLessThanOrEqual(150);
    expect(section!.text).toMatchObject({ type: 'mrkdwn', verbatim: true });
    expect(section!.text.text.length).toBeLessThanOrEqual(3000);
    expect(context!.elements).toHaveLength(1);
    expect(actions!.elements.map((e: any) => e.url)).toEqual([
      'https://github.com/o/r/issues/7',
      'https://github.com/o/r/actions/runs/1',
    ]);
    for (const e of actions!.elements)
      expect(e).toMatchObject({ type: 'button', text: { type: 'plain_text' } });
  });

  it('escapes untrusted text: no raw < > &, no emphasis, no bidi override, one line', () => {
    const payload = buildSlackPayload(message());
    const mrkdwn = strings(payload).join('\n');
    expect(mrkdwn).not.toContain('<!channel>');
    expect(mrkdwn).not.toContain('<https://evil');
    expect(mrkdwn).toContain('&lt;!channel&gt;');
    expect(mrkdwn).toContain('&amp;');
    expect(mrkdwn).not.toContain('\u202E');
    expect(slackText(hostile)).not.toMatch(/[*`~_\n]/);
  });

  it('clips a long reason list to Slack limits', () => {
    const reasons = Array.from({ length: 500 }, (_, i) => `${'x'.repeat(200)} ${i}`);
    const payload = buildSlackPayload(message({ reasons, monitor: 'm'.repeat(400) })) as any;
    expect(payload.blocks[0].text.text.length).toBeLessThanOrEqual(150);
    expect(payload.blocks[1].text.text.length).toBeLessThanOrEqual(3000);
    expect(payload.blocks[1].text.text.endsWith('…')).toBe(true);
  });
});

describe('Teams Adaptive Card via a Workflows webhook', () => {
  it('is a message with one Adaptive Card attachment', () => {
    const payload = buildTeamsPayload(message()) as any;
    expect(payload.type).toBe('message');
    expect(payload.attachments).toHaveLength(1);
    const [attachment] = payload.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(attachment.content.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    expect(attachment.content.actions.every((a: any) => a.type === 'Action.OpenUrl')).toBe(true);
  });

  it('puts untrusted text only into TextRuns (plain text, no Markdown)', () => {
    const card = (buildTeamsPayload(message()) as any).attachments[0].content;
    for (const block of card.body) {
      expect(block.type).toBe('RichTextBlock');
      for (const inline of block.inlines) {
        expect(inline.type).toBe('TextRun');
        expect(inline.text).not.toContain('\n');
        expect(inline.text).not.toContain('\u202E');
      }
    }
    expect(JSON.stringify(card)).toContain('<!channel>'); // kept as literal text, rendered as such
  });
});

describe('PagerDuty Events API v2', () => {
  it('triggers with dedup_key = monitor key and the required payload fields', () => {
    const event = buildPagerDutyEvent(message(), 'R0UTING', 'github.com/o/r') as any;
    expect(event).toMatchObject({
      routing_key: 'R0UTING',
      event_action: 'trigger',
      dedup_key: 'churn-model',
    });
    expect(event.payload.summary.length).toBeLessThanOrEqual(1024);
    expect(['critical', 'error', 'warning', 'info']).toContain(event.payload.severity);
    expect(typeof event.payload.source).toBe('string');
    expect(event.payload.timestamp).toBe('2026-12-01T10:00:00.000Z');
    expect(event.links[0]).toEqual({ href: 'https://github.com/o/r/issues/7', text: 'Alert issue' });
  });

  it('resolves with the same dedup_key and nothing else', () => {
    const event = buildPagerDutyEvent(message({ event: 'recovered', status: 'healthy' }), 'R0UTING', 's');
    expect(event).toEqual({ routing_key: 'R0UTING', event_action: 'resolve', dedup_key: 'churn-model' });
  });

  it('escalation is critical; a dedup key over 255 characters becomes a stable digest', () => {
    const event = buildPagerDutyEvent(message({ event: 'escalated' }), 'k', 's') as any;
    expect(event.payload.severity).toBe('critical');
    const long = 'm'.repeat(300);
    expect(pagerdutyDedupKey(long).length).toBeLessThanOrEqual(255);
    expect(pagerdutyDedupKey(long)).toBe(pagerdutyDedupKey(long));
    expect(pagerdutyDedupKey(long)).not.toBe(pagerdutyDedupKey(`${long}x`));
  });
});

describe('signed JSON webhook', () => {
  it('signs the exact body with HMAC-SHA256 as GitHub does', () => {
    const body = buildWebhookBody(message(), { schemaVersion: 2, status: 'due' });
    const headers = webhookHeaders(message(), body, 's3cret') as Record<string, string>;
    const expected = `sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`;
    expect(headers['X-Retrain-Trigger-Signature-256']).toBe(expected);
    expect(signBody(body, 's3cret')).toBe(expected);
    expect(verifySignature(body, 's3cret', expected)).toBe(true);
    expect(verifySignature(`${body} `, 's3cret', expected)).toBe(false);
    expect(headers['Idempotency-Key']).toBe('k1');
    const parsed = JSON.parse(body);
    expect(parsed).toMatchObject({ event: 'opened', monitor: 'churn-model', report: { schemaVersion: 2 } });
    expect(parsed.driftedFeatures[0]).toBe(hostile); // JSON carries the text exactly
  });

  it('has no signature header without a secret', () => {
    const headers = webhookHeaders(message(), '{}', undefined) as Record<string, string>;
    expect(headers['X-Retrain-Trigger-Signature-256']).toBeUndefined();
  });
});

describe('maskSecrets', () => {
  it('masks a secret, its URL-encoded and JSON forms, and a webhook URL path', () => {
    const url = 'https://hooks.slack.com/services/T000/B000/XXXXSECRET';
    const text = `failed ${url} and ${encodeURIComponent(url)} and path /services/T000/B000/XXXXSECRET`;
    const masked = maskSecrets(text, [url]);
    expect(masked).not.toContain('XXXXSECRET');
    expect(maskSecrets('key "a\\"b12" here', ['a"b12'])).not.toContain('b12');
  });
});
