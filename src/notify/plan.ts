/**
 * Notifications as part of the one plan of effects: planned from the alert state and the ledger (pure), shown
 * by dry-run and printed offline from the same plan, then applied by deliver.ts.
 */
import { deliveryKey } from './message.js';
import { planDeliveries, type AlertState, type LedgerEntry, type Planned } from './lifecycle.js';
import { TARGET_NAMES } from './send.js';
import { enabledTargets, type NotifyConfig, type NotifyMessage } from './types.js';

/** What every message of this run shares (the event and key are set per delivery). */
export type MessageBase = Omit<NotifyMessage, 'event' | 'deliveryKey'>;

export interface PlannedDelivery extends Planned {
  message: NotifyMessage;
  fingerprint: string;
  escalated: boolean;
}

export interface NotifyPlan {
  deliveries: PlannedDelivery[];
  /** Sentences about deliveries not made (lost answers counted as delivered). */
  notes: string[];
}

/** The fingerprint of a verdict's reasons: failed rules and drifted features, order-free. */
export function fingerprintOf(failedRules: readonly string[], driftedFeatures: readonly string[]): string {
  return JSON.stringify([[...failedRules].sort(), [...driftedFeatures].sort()]);
}

export function planNotifications(
  entries: readonly LedgerEntry[],
  config: NotifyConfig,
  base: MessageBase,
  state: AlertState,
  now: Date,
): NotifyPlan {
  const { planned, notes } = planDeliveries(
    entries,
    base.monitor,
    enabledTargets(config),
    state,
    now,
    config.repeatMs,
  );
  const deliveries = planned.map((p) => ({
    ...p,
    fingerprint: state.fingerprint,
    escalated: state.escalated,
    message: { ...base, event: p.event, deliveryKey: deliveryKey(base.monitor, p.target, p.seq, p.event) },
  }));
  return { deliveries, notes };
}

/** One sentence per planned delivery, for dry-run, the offline plan and the report. */
export function describeNotifyPlan(plan: NotifyPlan): string[] {
  const lines = plan.deliveries.map(
    (d) =>
      `${d.resend ? 'send again (same idempotency key, the earlier answer was lost)' : 'send'} '${d.event}' to the ${TARGET_NAMES[d.target]}`,
  );
  return [...lines, ...plan.notes];
}
