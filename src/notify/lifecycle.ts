/**
 * When to notify: on changes of state, not on every scheduled run (Alertmanager's model). A pure fold over what
 * was last delivered to a target (the ledger) and this run's alert state.
 *
 * - due, nothing open → `opened`; due and escalated for the first time → `escalated`; due with other reasons →
 *   `changed`; still due after `notify-repeat` → `repeat`; healthy while open → `recovered`.
 * - `unknown` never notifies and never recovers: an open alert stays open (could not evaluate is not healthy).
 */
import type { MonitorStatus, NotifyEvent, TargetKind } from './types.js';

/** What this run says about the alert. */
export interface AlertState {
  status: MonitorStatus;
  /** Identifies the reasons (failed rules, drifted features): a new fingerprint while open is `changed`. */
  fingerprint: string;
  /** A person is needed (e.g. retraining failed `max-retrain-attempts` times). */
  escalated: boolean;
}

/**
 * One delivery as recorded: `claimed` before sending, then `sent` or `failed`. A claim never confirmed means the
 * answer was lost (or the run died): see `lostAnswerPolicy`.
 */
export interface LedgerEntry {
  monitor: string;
  target: TargetKind;
  event: NotifyEvent;
  fingerprint: string;
  escalated: boolean;
  /** Position in this target's sequence for the monitor (1, 2, …): part of the delivery key. */
  seq: number;
  deliveryKey: string;
  /** ISO 8601 time of the claim. */
  at: string;
  state: 'claimed' | 'sent' | 'failed';
}

export interface Planned {
  target: TargetKind;
  event: NotifyEvent;
  seq: number;
  /** Set when this repeats a delivery whose answer was lost: same key, so the receiver can drop a duplicate. */
  resend?: boolean;
}

/** Slack and Teams offer no idempotency: a lost answer is never blindly retried there. */
export function isIdempotent(target: TargetKind): boolean {
  return target === 'pagerduty' || target === 'webhook';
}

/** The last entry for one monitor and target, by sequence (entries may arrive in any order). */
export function lastDelivery(
  entries: readonly LedgerEntry[],
  monitor: string,
  target: TargetKind,
): LedgerEntry | undefined {
  let last: LedgerEntry | undefined;
  for (const entry of entries) {
    if (entry.monitor !== monitor || entry.target !== target) continue;
    // Later writes of the same sequence number (claimed → sent) win.
    if (!last || entry.seq >= last.seq) last = entry;
  }
  return last;
}

/** The last entry that really reached the target (or may have: a claim whose answer was lost). */
function lastEffective(
  entries: readonly LedgerEntry[],
  monitor: string,
  target: TargetKind,
): LedgerEntry | undefined {
  const bySeq = new Map<number, LedgerEntry>();
  for (const e of entries) {
    if (e.monitor !== monitor || e.target !== target) continue;
    const seen = bySeq.get(e.seq);
    // Within one sequence number the most final state wins: sent > failed > claimed.
    if (!seen || rank(e.state) >= rank(seen.state)) bySeq.set(e.seq, e);
  }
  let best: LedgerEntry | undefined;
  for (const e of bySeq.values()) {
    if (e.state === 'failed') continue;
    if (!best || e.seq > best.seq) best = e;
  }
  return best;
}

const rank = (state: LedgerEntry['state']): number => (state === 'sent' ? 2 : state === 'failed' ? 1 : 0);

/** The event this run sends to `target`, or null. */
export function decideEvent(
  last: LedgerEntry | undefined,
  current: AlertState,
  now: Date,
  repeatMs: number,
): NotifyEvent | null {
  const open = last !== undefined && last.event !== 'recovered';
  if (current.status === 'unknown') return null;
  if (current.status === 'healthy') return open ? 'recovered' : null;
  if (!open) return 'opened';
  if (current.escalated && !last.escalated) return 'escalated';
  if (current.fingerprint !== last.fingerprint) return 'changed';
  if (repeatMs > 0 && now.getTime() - Date.parse(last.at) >= repeatMs) return 'repeat';
  return null;
}

/**
 * What to send to each target this run. A claim left unconfirmed by an earlier attempt is re-sent with its own
 * key where the target is idempotent (PagerDuty, the signed webhook) and counted as delivered elsewhere.
 */
export function planDeliveries(
  entries: readonly LedgerEntry[],
  monitor: string,
  targets: readonly TargetKind[],
  current: AlertState,
  now: Date,
  repeatMs: number,
): { planned: Planned[]; notes: string[] } {
  const planned: Planned[] = [];
  const notes: string[] = [];
  for (const target of targets) {
    const latest = lastDelivery(entries, monitor, target);
    const pending = latest && latest.state === 'claimed' ? latest : undefined;
    const effective = lastEffective(entries, monitor, target);
    const event = decideEvent(effective, current, now, repeatMs);
    const nextSeq = (latest?.seq ?? 0) + 1;
    if (pending) {
      if (isIdempotent(target)) {
        if (event === pending.event || event === null) {
          planned.push({ target, event: pending.event, seq: pending.seq, resend: true });
          continue;
        }
      } else {
        notes.push(
          `${target}: the answer to the '${pending.event}' message of ${pending.at} was lost; it is counted as delivered, not sent again (${target} has no idempotency key)`,
        );
      }
      // The pending claim is settled as delivered; decide afresh against it.
      const next = decideEvent(pending, current, now, repeatMs);
      if (next) planned.push({ target, event: next, seq: nextSeq });
      continue;
    }
    if (event) planned.push({ target, event, seq: nextSeq });
  }
  return { planned, notes };
}
