/**
 * Applying the notification plan: for each delivery, claim it in the ledger, render and send it, then record
 * the outcome. A claim that is never confirmed (the run died, the answer was lost) is what the next run's plan
 * sees; see lifecycle.ts for what it does with it.
 */
import type { LedgerEntry } from './lifecycle.js';
import { buildPagerDutyEvent } from './pagerduty.js';
import type { NotifyPlan, PlannedDelivery } from './plan.js';
import { send, TARGET_NAMES, type Delivery, type SendOptions } from './send.js';
import { buildSlackPayload } from './slack.js';
import { buildTeamsPayload } from './teams.js';
import { maskSecrets } from './text.js';
import { notifySecrets, type NotifyConfig } from './types.js';
import { buildWebhookBody, webhookHeaders } from './webhook.js';

/** Where deliveries are recorded so a re-run never notifies twice. */
export interface NotifyLedger {
  readonly where: string;
  read(): Promise<LedgerEntry[]>;
  record(entry: LedgerEntry): Promise<void>;
}

export interface DeliveryRecord {
  target: PlannedDelivery['target'];
  event: PlannedDelivery['event'];
  outcome: 'sent' | 'failed' | 'unknown';
  detail: string;
}

export interface RenderContext {
  /** The JSON report carried by the webhook. */
  report: unknown;
  /** PagerDuty's `source`: the repository (e.g. github.com/owner/repo). */
  source: string;
}

/** The request for one delivery (pure). */
export function renderDelivery(d: PlannedDelivery, config: NotifyConfig, context: RenderContext): Delivery {
  switch (d.target) {
    case 'slack':
      return {
        target: 'slack',
        url: config.slackWebhookUrl ?? '',
        body: JSON.stringify(buildSlackPayload(d.message)),
        headers: {},
        idempotent: false,
      };
    case 'teams':
      return {
        target: 'teams',
        url: config.teamsWebhookUrl ?? '',
        body: JSON.stringify(buildTeamsPayload(d.message)),
        headers: {},
        idempotent: false,
      };
    case 'pagerduty':
      return {
        target: 'pagerduty',
        url: config.pagerdutyUrl,
        body: JSON.stringify(
          buildPagerDutyEvent(d.message, config.pagerdutyRoutingKey ?? '', context.source),
        ),
        headers: {},
        idempotent: true,
      };
    case 'webhook': {
      const body = buildWebhookBody(d.message, context.report);
      return {
        target: 'webhook',
        url: config.webhookUrl ?? '',
        body,
        headers: webhookHeaders(d.message, body, config.webhookSecret),
        idempotent: true,
      };
    }
  }
}

export async function applyNotifications(
  plan: NotifyPlan,
  config: NotifyConfig,
  ledger: NotifyLedger,
  context: RenderContext,
  options: Omit<SendOptions, 'secrets'> & { secrets?: readonly string[] } = {},
): Promise<{ records: DeliveryRecord[]; failures: string[] }> {
  const secrets = [...notifySecrets(config), ...(options.secrets ?? [])];
  const records: DeliveryRecord[] = [];
  const failures: string[] = [];
  for (const d of plan.deliveries) {
    const entry: LedgerEntry = {
      monitor: d.message.monitor,
      target: d.target,
      event: d.event,
      fingerprint: d.fingerprint,
      escalated: d.escalated,
      seq: d.seq,
      deliveryKey: d.message.deliveryKey,
      at: d.message.time,
      state: 'claimed',
    };
    try {
      // Claimed before sending: if this run dies after the send, the next one knows a message may be out.
      if (!d.resend) await ledger.record(entry);
    } catch (error) {
      const why = maskSecrets(error instanceof Error ? error.message : String(error), secrets);
      failures.push(
        `${TARGET_NAMES[d.target]}: not sent, the delivery could not be recorded in ${ledger.where}: ${why}`,
      );
      records.push({ target: d.target, event: d.event, outcome: 'failed', detail: why });
      continue;
    }
    const result = await send(renderDelivery(d, config, context), { ...options, secrets });
    records.push({ target: d.target, event: d.event, outcome: result.state, detail: result.detail });
    if (result.state === 'unknown') continue; // the claim stays: the next run decides (lifecycle.ts)
    if (result.state === 'failed')
      failures.push(`'${d.event}' notification not delivered — ${result.detail}`);
    try {
      await ledger.record({ ...entry, state: result.state });
    } catch (error) {
      // The claim is recorded; for Slack/Teams it already counts as delivered, elsewhere it is re-sent with its key.
      const why = maskSecrets(error instanceof Error ? error.message : String(error), secrets);
      records.push({
        target: d.target,
        event: d.event,
        outcome: result.state,
        detail: `outcome not recorded: ${why}`,
      });
    }
  }
  return { records, failures };
}
