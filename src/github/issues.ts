/**
 * The issue calls the alert lifecycle needs, each safe against lost answers where it creates something.
 * Lookups LIST open issues by label and match the hidden marker — never the search API, whose index lags
 * by minutes and would miss an alert created moments ago.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createOptions, type GitHubClient } from './client.js';
import { ListTooLongError, type AnswerCheck } from './answers.js';
import { hasMonitorMarker, readMarkers } from './body.js';
import { aComment, anIssue, commentList, issueList } from './shapes.js';
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
  locked?: boolean;
  /** Who opened it (the token's account for alerts the action created). */
  user?: { login?: string } | null;
  /** Found by title and label because its hidden monitor marker is gone (see listOpenAlerts). */
  markerMissing?: boolean;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * At 100 per page this is 5,000 open issues carrying the alert's first label. Beyond that the lookup fails
 * loudly rather than missing an alert on a later page and opening a duplicate.
 */
export const MAX_PAGES = 50;
/** Create attempts for one issue or comment when answers are lost (each preceded by a lookup). */
export const MAX_CREATE_ATTEMPTS = 3;

/** The list endpoints read page by page with their shape checked (octokit.paginate drops request options). */
async function readPages<T>(
  client: GitHubClient,
  route: 'GET /repos/{owner}/{repo}/issues' | 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  params: Record<string, unknown>,
  check: AnswerCheck,
  tooMany: () => string,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const response = await client.octokit.request(route, {
      ...params,
      per_page: 100,
      page,
      request: { answer: check },
    } as never);
    items.push(...(response.data as T[]));
    if (!/rel="next"/.test(String(response.headers.link ?? ''))) return items;
    if (page >= MAX_PAGES) throw new ListTooLongError(tooMany());
  }
}

/**
 * The open alerts of this monitor, oldest first: open issues (not pull requests) carrying `label` whose
 * markers — read only from the end of the body, where the action writes them — name the monitor. An issue
 * without any monitor marker but with exactly the alert's title is the alert too (someone deleted the
 * marker); it is returned with `markerMissing`, and the next write restores the marker.
 */
export async function listOpenAlerts(
  client: GitHubClient,
  where: RepoRef,
  label: string | undefined,
  monitorKey: string,
  title?: string,
): Promise<IssueRef[]> {
  return matchAlerts(
    await listOpenIssues(client, where, label, `the alert of monitor '${monitorKey}'`),
    monitorKey,
    title,
  );
}

/** Every open issue carrying `label` (one listing can serve the alerts of many monitors: github/shared.ts). */
export async function listOpenIssues(
  client: GitHubClient,
  where: RepoRef,
  label: string | undefined,
  lookingFor: string,
): Promise<IssueRef[]> {
  return readPages<IssueRef>(
    client,
    'GET /repos/{owner}/{repo}/issues',
    { ...where, state: 'open', ...(label ? { labels: label } : {}) },
    issueList,
    () =>
      `more than ${MAX_PAGES * 100} open issues carry the label '${label ?? '(none)'}', so ${lookingFor} cannot be looked up reliably; nothing was created, to avoid a duplicate. Make the first of issue-labels a label of its own (e.g. model-alert)`,
  );
}

/** The alerts of one monitor among listed open issues, oldest first (see listOpenAlerts). */
export function matchAlerts(issues: readonly IssueRef[], monitorKey: string, title?: string): IssueRef[] {
  const found: IssueRef[] = [];
  for (const issue of issues) {
    if (issue.pull_request) continue;
    const marked = readMarkers(issue.body).get('monitor');
    if (
      marked === undefined
        ? title !== undefined && issue.title === title
        : hasMonitorMarker(issue.body, monitorKey)
    ) {
      found.push(marked === undefined ? { ...issue, markerMissing: true } : issue);
    }
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
        request: { ...createOptions.request, answer: anIssue },
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
        request: { ...createOptions.request, answer: aComment },
      });
      return;
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`commenting on #${issueNumber}: answer lost (attempt ${attempt}); checking whether it was posted`);
      const comments = await readPages<{ body?: string | null }>(
        client,
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { ...where, issue_number: issueNumber, since },
        commentList,
        () => `more than ${MAX_PAGES * 100} comments on #${issueNumber} in ten minutes`,
      );
      if (comments.some((c) => readMarkers(c.body).get('nonce') === encodeURIComponent(nonce))) return;
    }
  }
  throw lastError;
}

/** Every comment of an issue, oldest first (each page's shape checked), optionally only those since a time. */
export async function listComments(
  client: GitHubClient,
  where: RepoRef,
  issueNumber: number,
  since?: string,
): Promise<
  { id: number; body?: string | null; html_url?: string; user?: { login?: string; type?: string } | null }[]
> {
  return readPages(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...where, issue_number: issueNumber, ...(since ? { since } : {}) },
    commentList,
    () => `more than ${MAX_PAGES * 100} comments on #${issueNumber}`,
  );
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
    request: { answer: anIssue },
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
