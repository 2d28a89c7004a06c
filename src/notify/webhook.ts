/**
 * The generic JSON webhook: the event and the versioned report in one body, signed as GitHub signs its webhooks —
 * `X-Retrain-Trigger-Signature-256: sha256=<hex HMAC-SHA256 of the exact body bytes>` — and carrying an
 * idempotency key (`Idempotency-Key`, also `X-Retrain-Trigger-Delivery`) that stays the same when a delivery is
 * retried, so a receiver can drop duplicates.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotifyMessage } from './types.js';

export const WEBHOOK_BODY_VERSION = 1;
export const SIGNATURE_HEADER = 'X-Retrain-Trigger-Signature-256';

export function buildWebhookBody(message: NotifyMessage, report: unknown): string {
  // JSON.stringify escapes every control character; the receiver gets the text exactly as it was.
  return JSON.stringify({
    version: WEBHOOK_BODY_VERSION,
    event: message.event,
    monitor: message.monitor,
    status: message.status,
    time: message.time,
    delivery: message.deliveryKey,
    reasons: message.reasons,
    failedRules: message.failedRules,
    driftedFeatures: message.driftedFeatures,
    links: {
      ...(message.issueUrl ? { issue: message.issueUrl } : {}),
      ...(message.runUrl ? { run: message.runUrl } : {}),
      ...(message.retrainingUrl ? { retraining: message.retrainingUrl } : {}),
    },
    report,
  });
}

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiver does (and our tests do): constant-time comparison of the header with the expected signature. */
export function verifySignature(body: string, secret: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function webhookHeaders(message: NotifyMessage, body: string, secret: string | undefined) {
  return {
    'Idempotency-Key': message.deliveryKey,
    'X-Retrain-Trigger-Delivery': message.deliveryKey,
    'X-Retrain-Trigger-Event': message.event,
    ...(secret ? { [SIGNATURE_HEADER]: signBody(body, secret) } : {}),
  };
}
