/**
 * The GitHub REST client used by the Effects stage: @actions/github's Octokit with plugin-retry and
 * plugin-throttling, plus a small plugin of ours that enforces one total time budget for every call.
 *
 * Policy:
 * - Reads (GET) are retried on 5xx and network errors with growing back-off (plugin-retry).
 * - Writes that create things (POST: issue, comment, dispatch) are never retried blindly: callers pass
 *   `request: { retries: 0 }` (see `createOptions`), because a lost answer may hide a write that happened.
 * - Secondary rate limits (the "secondary rate limit" message, with or without `retry-after`) and primary
 *   limits (`x-ratelimit-remaining: 0`, wait until `x-ratelimit-reset`) are waited out by plugin-throttling,
 *   but only while the wait fits in the remaining budget.
 * - Every attempt is aborted when the budget runs out; the error says so (`BudgetExhaustedError`).
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { BadAnswerError, readAnswer, RedirectedWriteError, type AnswerCheck } from './answers.js';
import { BudgetExhaustedError } from './budget.js';
import type { RepoContext } from './types.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Total time allowed for all GitHub calls of one run, waits included. Default 5 minutes. */
  budgetMs?: number;
  /** Base of the read-retry back-off: waits 1×, 4×, 9× this. Default 1000 ms. */
  retryBaseMs?: number;
  /** Retries of a failed read. Default 3. */
  retries?: number;
  /** Milliseconds waited per second of `retry-after` / rate-limit reset. Default 1000 (tests shrink it). */
  rateLimitUnitMs?: number;
  /** Minimum spacing between writes, as GitHub's best practices ask. Default 1000 ms. */
  writeSpacingMs?: number;
  log?: (line: string) => void;
}

export interface GitHubClient {
  octokit: Octokit;
  budgetMs: number;
  /** Milliseconds left in the budget (may be negative). */
  remainingMs(): number;
}

// In budget.ts, so the failure explanations can name it without loading the client (octokit, undici).
export { BudgetExhaustedError } from './budget.js';

const DEFAULT_BUDGET_MS = 5 * 60_000;
/** How many times one request may wait out a rate limit before giving up. */
const MAX_RATE_LIMIT_WAITS = 4;

export function createClient(token: string, repo: RepoContext, options: ClientOptions = {}): GitHubClient {
  // In Actions the runner masks the token in logs; outside Actions `::add-mask::` would print it, so only there.
  if (process.env['GITHUB_ACTIONS'] === 'true' && token) core.setSecret(token);
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = Date.now() + budgetMs;
  const remainingMs = (): number => deadline - Date.now();
  const log = options.log ?? (() => {});
  const unit = options.rateLimitUnitMs ?? 1000;
  const spacing = options.writeSpacingMs ?? 1000;

  const waitFits = (kind: string, retryAfterSeconds: number, method: string, url: string, count: number) => {
    const waitMs = retryAfterSeconds * unit;
    const fits = count < MAX_RATE_LIMIT_WAITS && waitMs < remainingMs();
    log(
      fits
        ? `GitHub ${kind} rate limit on ${method} ${url}: waiting ${retryAfterSeconds}s before retrying`
        : `GitHub ${kind} rate limit on ${method} ${url}: a ${retryAfterSeconds}s wait does not fit the time budget; giving up`,
    );
    return fits;
  };

  const octokit = getOctokit(
    token,
    {
      baseUrl: repo.apiUrl.replace(/\/+$/, ''),
      retry: {
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        retries: options.retries ?? 3,
        // 429 is left to the throttling plugin, so it is not waited out twice.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        id: `retrain-trigger-${Math.random().toString(36).slice(2)}`,
        retryAfterBaseValue: unit,
        // Own limiters so the pacing is configurable (the plugin's defaults are process-wide, 1 s and 3 s).
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
        onRateLimit: (after, opts, _o, count) => waitFits('primary', after, opts.method, opts.url, count),
        onSecondaryRateLimit: (after, opts, _o, count) =>
          waitFits('secondary', after, opts.method, opts.url, count),
      },
    },
    budgetPlugin(remainingMs, budgetMs, log),
    retry,
    throttling,
  );
  return { octokit, budgetMs, remainingMs };
}

/**
 * Innermost hook (registered before retry and throttling, so it runs on every attempt): refuse to send once
 * the budget is spent, abort an attempt — body included — that would outlive it, read and check the answer
 * at the edge (answers.ts; the caller's shape check comes as `request: { answer }`), and never follow a
 * redirect on a write.
 */
function budgetPlugin(remainingMs: () => number, budgetMs: number, log: (line: string) => void) {
  return (octokit: { hook: Octokit['hook'] }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const left = remainingMs();
      const spent = (during: string) =>
        new BudgetExhaustedError(
          `the time budget for GitHub API calls (${formatDuration(budgetMs)}) is used up (retries, rate-limit waits and slow answers included)${during}`,
        );
      if (left <= 0) throw spent('');
      const endpoint = `${options.method} ${options.url}`;
      const write = options.method !== 'GET' && options.method !== 'HEAD';
      const answer = (options.request as { answer?: AnswerCheck } | undefined)?.answer;
      const signal = AbortSignal.timeout(left);
      // Replaced on the options object itself: before-after-hook binds the ORIGINAL options to the inner hooks
      // (auth), so options passed as an argument to `request(...)` would be ignored. A new object each attempt,
      // because the one from the defaults is shared by concurrent requests.
      options.request = {
        ...options.request,
        signal,
        parseSuccessResponseBody: false,
        ...(write ? { redirect: 'manual' as const } : {}),
      };
      try {
        const response = await request(options);
        if (response.status >= 300 && response.status < 400) {
          const to = response.headers.location;
          throw new RedirectedWriteError(
            `${endpoint} was answered with a redirect (${response.status}${to ? ` to ${to}` : ''}); a write is never followed (fetch would turn it into a GET), so nothing was written — was the repository renamed or moved?`,
            response.status,
            { status: response.status, headers: response.headers, data: '' },
          );
        }
        return (await readAnswer(response, endpoint, options, answer)) as typeof response;
      } catch (error) {
        if (signal.aborted && !(error instanceof BadAnswerError))
          throw spent(` while waiting for ${endpoint}`);
        const status = (error as { status?: number }).status;
        if (status !== undefined && status >= 500) log(`GitHub answered ${status} to ${endpoint}`);
        throw error;
      }
    });
  };
}

/** Per-request options for a write that creates something: never retried by plugin-retry. */
export const createOptions = { request: { retries: 0 } } as const;

export function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}
