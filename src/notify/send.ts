/**
 * The HTTP edge of notifications: one POST per delivery, with a time budget covering the whole exchange (headers
 * and body), answers checked against what each target documents, and retries only where a repeat cannot
 * duplicate a message. Error text names the target, never its URL or key (both are secrets), and is masked anyway
 * because a server or proxy may quote the request back.
 */
import { clip, maskSecrets, plainLine } from './text.js';
import type { TargetKind } from './types.js';

export interface Delivery {
  target: TargetKind;
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Safe to repeat after a lost answer (PagerDuty's dedup_key, the webhook's idempotency key). */
  idempotent: boolean;
}

/** `sent` — accepted; `failed` — refused, nothing delivered; `unknown` — the answer was lost. */
export interface SendResult {
  state: 'sent' | 'failed' | 'unknown';
  detail: string;
  attempts: number;
}

export interface SendOptions {
  secrets: readonly string[];
  /** Whole-exchange budget per attempt (default 10 s). */
  timeoutMs?: number;
  attempts?: number;
  /** Base of the exponential backoff between attempts (default 500 ms). */
  backoffMs?: number;
}

export const TARGET_NAMES: Record<TargetKind, string> = {
  slack: 'Slack webhook',
  teams: 'Teams workflow webhook',
  pagerduty: 'PagerDuty Events API',
  webhook: 'webhook',
};

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** `https` only, except loopback (local receivers and tests); no credentials in the URL's user part. */
export function checkTargetUrl(url: string, name: string): string | undefined {
  if (!URL.canParse(url)) return `${name}: the URL does not parse (expected https://…)`;
  const parsed = new URL(url);
  const loopback = LOOPBACK.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    return `${name}: the URL must use https (plain http is allowed only for 127.0.0.1, ::1 or localhost), got ${parsed.protocol}//…`;
  }
  return undefined;
}

type Answer = { status: number; text: string } | { error: string; neverSent: boolean };

async function exchange(delivery: Delivery, timeoutMs: number): Promise<Answer> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'retrain-trigger', ...delivery.headers },
      body: delivery.body,
      redirect: 'manual',
      signal,
    });
    // The body is read inside the same budget: a server that trickles bytes cannot hold the run.
    const text = await response.text();
    return { status: response.status, text };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const neverSent = cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN';
    const what = signal.aborted ? `no complete answer within ${timeoutMs} ms` : (cause ?? 'network error');
    return { error: what, neverSent };
  }
}

/** Whether an answer is the documented success for the target. */
function accepted(target: TargetKind, status: number, text: string): boolean | string {
  switch (target) {
    case 'slack':
      // Incoming webhooks answer 200 with the body `ok`; errors are 4xx with a code such as `invalid_payload`.
      if (status !== 200) return false;
      return text.trim() === 'ok' ? true : 'an answer other than `ok`';
    case 'teams':
      // Workflows webhooks answer 202 Accepted (older connectors 200).
      return (
        status === 202 ||
        status === 200 ||
        (status >= 200 && status < 300 ? 'an unexpected 2xx answer' : false)
      );
    case 'pagerduty': {
      if (status < 200 || status >= 300) return false;
      if (status !== 202) return 'an answer other than 202';
      try {
        const parsed = JSON.parse(text) as { status?: unknown };
        return parsed.status === 'success' ? true : 'an answer without status "success"';
      } catch {
        return 'an answer that is not JSON';
      }
    }
    case 'webhook':
      return status >= 200 && status < 300;
  }
}

export async function send(delivery: Delivery, options: SendOptions): Promise<SendResult> {
  const name = TARGET_NAMES[delivery.target];
  const mask = (text: string) => maskSecrets(text, options.secrets);
  const problem = checkTargetUrl(delivery.url, name);
  if (problem) return { state: 'failed', detail: mask(problem), attempts: 0 };
  const attempts = Math.max(1, options.attempts ?? 3);
  let last: SendResult = { state: 'unknown', detail: `${name}: not sent`, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 2));
    const answer = await exchange(delivery, options.timeoutMs ?? 10_000);
    let retry: boolean;
    if ('error' in answer) {
      last = {
        state: answer.neverSent ? 'failed' : 'unknown',
        detail: mask(`${name}: ${answer.error}`),
        attempts: attempt,
      };
      // A connection that never opened sent nothing: repeating it cannot duplicate, whatever the target.
      retry = answer.neverSent || delivery.idempotent;
    } else {
      const ok = accepted(delivery.target, answer.status, answer.text);
      if (ok === true)
        return { state: 'sent', detail: `${name}: accepted (${answer.status})`, attempts: attempt };
      const quoted = clip(plainLine(mask(answer.text.trim())), 300);
      const why = typeof ok === 'string' ? `${ok} (${answer.status})` : `HTTP ${answer.status}`;
      // 2xx with an unexpected body or 5xx: the target may have acted (unknown); 3xx/4xx/429: refused, nothing
      // posted (429 asks to try again later).
      const mayHaveActed = typeof ok === 'string' || answer.status >= 500;
      last = {
        state: mayHaveActed ? 'unknown' : 'failed',
        detail: mask(`${name}: ${why}${quoted ? `: ${quoted}` : ''}`),
        attempts: attempt,
      };
      retry = answer.status === 429 || (mayHaveActed && delivery.idempotent);
    }
    if (!retry) break;
  }
  return last;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
