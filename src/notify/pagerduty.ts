/**
 * PagerDuty Events API v2 (`POST /v2/enqueue`): `trigger` while retraining is due and `resolve` on recovery, both
 * with `dedup_key` = the monitor key, so PagerDuty's own de-duplication keeps one incident per monitor however
 * often a trigger is repeated. Limits from the Events API v2 reference: summary ≤ 1,024 characters, dedup_key ≤ 255.
 */
import { createHash } from 'node:crypto';
import { linksOf, titleOf } from './message.js';
import { clip, plainLine } from './text.js';
import type { NotifyMessage } from './types.js';

const SUMMARY_MAX = 1024;
const DEDUP_MAX = 255;

/** The monitor key, or (when longer than PagerDuty allows) a stable digest of it. */
export function pagerdutyDedupKey(monitor: string): string {
  if (monitor.length <= DEDUP_MAX) return monitor;
  return `retrain-trigger:${createHash('sha256').update(monitor).digest('hex')}`;
}

export function buildPagerDutyEvent(
  message: NotifyMessage,
  routingKey: string,
  source: string,
): Record<string, unknown> {
  const dedupKey = pagerdutyDedupKey(message.monitor);
  if (message.event === 'recovered') {
    return { routing_key: routingKey, event_action: 'resolve', dedup_key: dedupKey };
  }
  const reasons = message.reasons.map(plainLine);
  const summary = clip(plainLine(`${titleOf(message)} — ${reasons.join('; ')}`), SUMMARY_MAX);
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: {
      summary,
      source: clip(plainLine(source), 255),
      severity: message.event === 'escalated' ? 'critical' : 'error',
      timestamp: message.time,
      component: clip(plainLine(message.monitor), 255),
      group: 'retrain-trigger',
      class: 'model-retraining',
      custom_details: {
        event: message.event,
        status: message.status,
        reasons,
        failed_rules: message.failedRules,
        drifted_features: message.driftedFeatures,
      },
    },
    client: 'retrain-trigger',
    ...(message.runUrl ? { client_url: message.runUrl } : {}),
    links: linksOf(message).map((link) => ({ href: link.url, text: link.label })),
  };
}
