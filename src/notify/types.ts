/**
 * Notifications: the neutral message every target renders, the lifecycle events that cause one, and what a
 * target's configuration holds. Pure data; the builders (slack.ts, teams.ts, pagerduty.ts, webhook.ts) turn a
 * message into a payload, send.ts is the HTTP edge.
 */

/** The verdict's three outcomes, as the report and the `status` output give them. */
export type MonitorStatus = 'due' | 'healthy' | 'unknown';

/**
 * Why a message goes out: the alert `opened`, its reasons `changed`, it `escalated` (e.g. retraining failed and a
 * person is needed), it `recovered`, or it is still open after `notify-repeat` (`repeat`).
 */
export type NotifyEvent = 'opened' | 'changed' | 'escalated' | 'recovered' | 'repeat';

export type TargetKind = 'slack' | 'teams' | 'pagerduty' | 'webhook';

/** What a notification says, before it is rendered for a target. All text here is untrusted until rendered. */
export interface NotifyMessage {
  event: NotifyEvent;
  /** The monitor key (PagerDuty's dedup_key, the webhook's idempotency key scope). */
  monitor: string;
  status: MonitorStatus;
  /** One sentence per reason (rule or drift), as in the verdict. */
  reasons: string[];
  failedRules: string[];
  driftedFeatures: string[];
  /** ISO 8601 time of the run. */
  time: string;
  /** Links a person follows: the workflow run, the alert issue, the dispatched retraining run. */
  runUrl?: string;
  issueUrl?: string;
  retrainingUrl?: string;
  /** Identifies this delivery across retries and re-runs (idempotency key, recorded in the ledger). */
  deliveryKey: string;
}

export interface NotifyConfig {
  slackWebhookUrl?: string;
  teamsWebhookUrl?: string;
  pagerdutyRoutingKey?: string;
  /** PagerDuty's Events API v2 endpoint unless set (tests point it at a loopback server). */
  pagerdutyUrl: string;
  webhookUrl?: string;
  webhookSecret?: string;
  /** Re-send while an alert stays open, after this many milliseconds; 0 = never (only on changes of state). */
  repeatMs: number;
}

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/** The targets a configuration turns on, in a fixed order. */
export function enabledTargets(config: NotifyConfig): TargetKind[] {
  const targets: TargetKind[] = [];
  if (config.slackWebhookUrl) targets.push('slack');
  if (config.teamsWebhookUrl) targets.push('teams');
  if (config.pagerdutyRoutingKey) targets.push('pagerduty');
  if (config.webhookUrl) targets.push('webhook');
  return targets;
}

/** The secrets a configuration holds: masked from every message, log line and report. */
export function notifySecrets(config: NotifyConfig): string[] {
  return [
    config.slackWebhookUrl,
    config.teamsWebhookUrl,
    config.pagerdutyRoutingKey,
    config.webhookUrl,
    config.webhookSecret,
  ].filter((s): s is string => !!s);
}
