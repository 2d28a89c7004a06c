/** The words every target shares: a title per event and status, and the delivery key. */
import { createHash } from 'node:crypto';
import type { NotifyEvent, NotifyMessage, TargetKind } from './types.js';

const TITLES: Record<NotifyEvent, string> = {
  opened: 'Retraining is due',
  changed: 'Retraining is still due, for other reasons',
  escalated: 'Retraining needs a person',
  recovered: 'Recovered: the model is back within its rules',
  repeat: 'Retraining is still due',
};

/** Plain title (the caller escapes it for its format). */
export function titleOf(message: NotifyMessage): string {
  return `${TITLES[message.event]}: ${message.monitor}`;
}

export const EVENT_EMOJI: Record<NotifyEvent, string> = {
  opened: '🔴',
  changed: '🟠',
  escalated: '🚨',
  recovered: '🟢',
  repeat: '🔴',
};

/** Deterministic: the same monitor, target and position in its sequence always give the same key. */
export function deliveryKey(monitor: string, target: TargetKind, seq: number, event: NotifyEvent): string {
  return createHash('sha256')
    .update(JSON.stringify([monitor, target, seq, event]))
    .digest('hex')
    .slice(0, 32);
}

/** The links of a message, labelled, in reading order. */
export function linksOf(message: NotifyMessage): { label: string; url: string }[] {
  const links: { label: string; url: string }[] = [];
  if (message.issueUrl) links.push({ label: 'Alert issue', url: message.issueUrl });
  if (message.retrainingUrl) links.push({ label: 'Retraining run', url: message.retrainingUrl });
  if (message.runUrl) links.push({ label: 'Monitor run', url: message.runUrl });
  return links;
}
