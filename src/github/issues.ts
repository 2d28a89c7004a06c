/**
 * The issue calls the alert lifecycle needs, each safe against lost answers where it creates something.
 * Lookups LIST open issues by label and match the hidden marker — never the search API, whose index lags
 * by minutes and would miss an alert created moments ago.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createOptions, type GitHubClient } from './client.js';
import { hasMonitorMarker, nonceMarker } from './body.js';
import { isAmbiguous } from './failures.js';

export interface IssueRef {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  state: string;
  labels: Array<string | { name?: string }>;
  assignees?: Array<{ login: string }> | null;
  pull_request?: unknown;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** At 100 per page this is 2,000 open issues carrying the alert label — far beyond any real monitor. */
const MAX_PAGES = 20;
/** Create attempts for one issue or comment when answers are lost (each preceded by a lookup). */
export const MAX_CREATE_ATTEMPTS = 3;

/** Open issues (not pull requests) carrying `label` (or all open issues without one) and the monitor marker. */
export async function listOpenAlerts(
  client: GitHubClient,
  where: RepoRef,
  label: string | undefined,
  monitorKey: string,
): Promise<IssueRef[]> {
  const found: IssueRef[] = [];
  let pages = 0;
  const iterator = client.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
    ...where,
    state: 'open',
    per_page: 100,
    ...(label ? { labels: label } : {}),
  });
  for await (const page of iterator) {
    for (const issue of page.data as IssueRef[]) {
      if (!issue.pull_request && hasMonitorMarker(issue.body, monitorKey)) found.push(issue);
    }
    if (++pages >= MAX_PAGES) break;
  }
  return found.sort((a, b) => a.number - b.number);
}

export function labelNames(issue: IssueRef): string[] {
  return issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
}

export interface CreatedIssue {
  issue: IssueRef;
  /** True when the create answer was lost and the issue was found afterwards by its marker. */
  recovered: boolean;
}

/**
 * Create the alert issue at most once. On an ambiguous failure (5xx, reset) the server may have created it,
 * so re-list by marker before trying again; a 4xx is final. Throws the last error when all attempts fail.
 */
export async function createAlertIssue(
  client: GitHubClient,
  where: RepoRef,
  fields: { title: string; body: string; labels: string[]; assignees: string[] },
  lookup: () => Promise<IssueRef[]>,
  log: (line: string) => void,
): Promise<CreatedIssue> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      const { data } = await client.octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...where,
        ...fields,
        ...createOptions,
      });
      return { issue: data as IssueRef, recovered: false };
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`creating the alert issue: answer lost (attempt ${attempt}); looking for it before trying again`);
      const existing = await lookupAfterLoss(lookup);
      if (existing) return { issue: existing, recovered: true };
    }
  }
  throw lastError;
}

/** A write that "failed" may take a moment to show up in lists; look twice with a short pause. */
async function lookupAfterLoss(lookup: () => Promise<IssueRef[]>): Promise<IssueRef | undefined> {
  for (let look = 0; look < 2; look++) {
    const found = await lookup();
    if (found.length > 0) return found[0];
    if (look === 0) await sleep(200);
  }
  return undefined;
}

/**
 * Post a comment at most once: it carries a hidden nonce, and after an ambiguous failure the issue's recent
 * comments are searched for that nonce before posting again. Throws the last error when all attempts fail.
 */
export async function postComment(
  client: GitHubClient,
  where: RepoRef,
  issueNumber: number,
  body: string,
  nonce: string,
  log: (line: string) => void,
): Promise<void> {
  const since = new Date(Date.now() - 10 * 60_000).toISOString();
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      await client.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...where,
        issue_number: issueNumber,
        body,
        ...createOptions,
      });
      return;
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`commenting on #${issueNumber}: answer lost (attempt ${attempt}); checking whether it was posted`);
      const comments = await client.octokit.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        {
          ...where,
          issue_number: issueNumber,
          since,
          per_page: 100,
        },
      );
      if (comments.some((c) => (c.body ?? '').includes(nonceMarker(nonce)))) return;
    }
  }
  throw lastError;
}

/** Close an issue (idempotent PATCH, so plugin-retry may retry it). */
export async function closeIssue(
  client: GitHubClient,
  where: RepoRef,
  issueNumber: number,
  reason: 'completed' | 'not_planned',
): Promise<void> {
  await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...where,
    issue_number: issueNumber,
    state: 'closed',
    state_reason: reason,
  });
}

/** Make sure a label exists (nicer colour and description than GitHub's auto-created one); best effort. */
export async function ensureLabel(
  client: GitHubClient,
  where: RepoRef,
  name: string,
  log: (line: string) => void,
): Promise<void> {
  try {
    await client.octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...where, name });
    return;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) return;
  }
  try {
    await client.octokit.request('POST /repos/{owner}/{repo}/labels', {
      ...where,
      name,
      color: 'd93f0b',
      description: 'Opened by retrain-trigger: the model needs attention',
      ...createOptions,
    });
  } catch {
    // Creating the issue still works: GitHub creates missing labels itself when the token may set them.
    log(`could not create label '${name}'; continuing`);
  }
}
