/**
 * Turning what GitHub answered into one teaching sentence: what we tried, what went wrong, what to do.
 * Never includes request headers (the token); GitHub's own message is passed through on one line.
 */
import { BadAnswerError, ListTooLongError, RedirectedWriteError } from './answers.js';
import { BudgetExhaustedError } from './budget.js';

/** The `permissions:` entry a job needs for each kind of call. */
export type Permission =
  'issues: write' | 'actions: write' | 'actions: read' | 'contents: write' | 'contents: read';

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpErrorLike | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * True when we cannot know whether the server performed the request: no answer at all (connection reset,
 * timeout) or a 5xx gateway/server error. A 4xx means the request was refused and nothing happened.
 */
export function isAmbiguous(error: unknown): boolean {
  if (error instanceof BudgetExhaustedError || error instanceof ListTooLongError) return false;
  const err = error as HttpErrorLike;
  const status = statusOf(error);
  return err.response === undefined || status === undefined || status >= 500;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 400 ? `${flat.slice(0, 399)}…` : flat;
}

/** GitHub's message (from the JSON body when there is one), single line, capped. */
export function githubMessage(error: unknown): string {
  const err = error as HttpErrorLike;
  const data = err.response?.data as { message?: unknown } | undefined;
  const raw = typeof data?.message === 'string' ? data.message : (err.message ?? String(error));
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

/**
 * One sentence for a failed call. `action` says what we tried (`creating the alert issue`), `permission` is
 * what the job needs for it.
 */
export function explainFailure(error: unknown, action: string, permission: Permission): string {
  if (error instanceof BudgetExhaustedError) return `${action} failed: ${error.message}.`;
  if (
    error instanceof BadAnswerError ||
    error instanceof RedirectedWriteError ||
    error instanceof ListTooLongError
  ) {
    return `${action} failed: ${oneLine(error.message)}.`;
  }
  const status = statusOf(error);
  const message = githubMessage(error);
  const headers = (error as HttpErrorLike).response?.headers ?? {};
  if (status === 401) {
    return `${action} failed: GitHub rejected the token (401 ${message}); check the github-token input.`;
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'later';
    return `${action} failed: the GitHub API rate limit is exhausted until ${when} and waiting would exceed the time budget (${status} ${message}).`;
  }
  if ((status === 403 || status === 429) && /secondary rate/i.test(message)) {
    return `${action} failed: GitHub's secondary rate limit did not clear within the time budget (${status} ${message}).`;
  }
  if (status === 403 && /not accessible by integration|resource not accessible/i.test(message)) {
    return `${action} failed: the token is not allowed to do this (403 ${message}). Add \`${permission}\` under \`permissions:\` for the job (or pass a token that has it).`;
  }
  if (status === undefined || (error as HttpErrorLike).response === undefined) {
    return `${action} failed: no answer from GitHub (${message}).`;
  }
  return `${action} failed: GitHub answered ${status} (${message}).`;
}
