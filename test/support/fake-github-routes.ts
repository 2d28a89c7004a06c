/**
 * Route handlers of the fake GitHub REST server: each reads/mutates FakeState and returns the answer
 * GitHub would give (status, JSON body, headers), including its validation errors.
 */
import {
  addRun,
  issueJson,
  runJson,
  type FakeIssue,
  type FakeRepo,
  type FakeState,
} from './fake-github-state.js';
import { gitRoute } from './fake-github-git.js';
import { loopRoute } from './fake-github-loop.js';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** For list endpoints: the full list, paginated by the server with per_page/page and Link headers. */
  list?: unknown[];
  /** Wraps a paginated page, e.g. `{ total_count, workflow_runs: page }`. */
  wrap?: (page: unknown[], total: number) => unknown;
}

type Handler = (state: FakeState, repo: FakeRepo, req: FakeRequest, params: string[]) => FakeResponse;

const notFound = (): FakeResponse => ({ status: 404, body: { message: 'Not Found' } });
const invalid = (message: string, field?: string): FakeResponse => ({
  status: 422,
  body: field
    ? { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'custom', field, message }] }
    : { message },
});

function findIssue(repo: FakeRepo, number: string): FakeIssue | undefined {
  return repo.issues.find((i) => i.number === Number(number));
}

function findWorkflow(repo: FakeRepo, id: string) {
  return repo.workflows.find((w) => String(w.id) === id || w.file === id);
}

/** GitHub counts characters, not UTF-16 units. */
const chars = (text: string) => [...text].length;

const routes: Array<[string, RegExp, Handler]> = [
  ['GET', /^$/, (_s, repo) => ({ status: 200, body: repoJson(repo) })],
  [
    'GET',
    /^\/issues$/,
    (state, repo, req) => {
      const wanted = (req.query.get('labels') ?? '').split(',').filter(Boolean);
      const stateFilter = req.query.get('state') ?? 'open';
      const list = repo.issues
        .filter((i) => stateFilter === 'all' || i.state === stateFilter)
        .filter((i) => wanted.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number)
        .map((i) => issueJson(state, repo, i));
      return { status: 200, list };
    },
  ],
  [
    'POST',
    /^\/issues$/,
    (state, repo, req) => {
      const title = String(req.body['title'] ?? '');
      const body = String(req.body['body'] ?? '');
      if (title === '') return invalid('title is missing', 'title');
      if (chars(title) > 256) return invalid('title is too long (maximum is 256 characters)', 'title');
      if (chars(body) > 65_536) return invalid('body is too long (maximum is 65536 characters)', 'body');
      const labels = state.pushAccess ? ((req.body['labels'] as string[] | undefined) ?? []) : [];
      for (const name of labels) {
        if (!repo.labels.has(name)) repo.labels.set(name, { name, color: 'ededed', description: null });
      }
      const issue: FakeIssue = {
        number: repo.issues.length + 1,
        title,
        body,
        state: 'open',
        state_reason: null,
        labels,
        assignees: state.pushAccess ? ((req.body['assignees'] as string[] | undefined) ?? []) : [],
        created_at: state.now().toISOString(),
        comments: [],
      };
      repo.issues.push(issue);
      return { status: 201, body: issueJson(state, repo, issue) };
    },
  ],
  [
    'GET',
    /^\/issues\/(\d+)$/,
    (state, repo, _req, [n]) => {
      const issue = findIssue(repo, n!);
      return issue ? { status: 200, body: issueJson(state, repo, issue) } : notFound();
    },
  ],
  [
    'PATCH',
    /^\/issues\/(\d+)$/,
    (state, repo, req, [n]) => {
      const issue = findIssue(repo, n!);
      if (!issue) return notFound();
      const { body, title, state: newState, state_reason } = req.body as Partial<FakeIssue>;
      if (body !== undefined && chars(body) > 65_536) {
        return invalid('body is too long (maximum is 65536 characters)', 'body');
      }
      if (body !== undefined) issue.body = body;
      if (title !== undefined) issue.title = title;
      if (newState !== undefined) {
        issue.state = newState;
        issue.state_reason = newState === 'closed' ? (state_reason ?? 'completed') : 'reopened';
      }
      return { status: 200, body: issueJson(state, repo, issue) };
    },
  ],
  [
    'GET',
    /^\/issues\/(\d+)\/comments$/,
    (_state, repo, req, [n]) => {
      const issue = findIssue(repo, n!);
      if (!issue) return notFound();
      const since = req.query.get('since');
      const list = issue.comments.filter((c) => !since || c.updated_at >= since);
      return { status: 200, list };
    },
  ],
  [
    'POST',
    /^\/issues\/(\d+)\/comments$/,
    (state, repo, req, [n]) => {
      const issue = findIssue(repo, n!);
      if (!issue) return notFound();
      if (issue.locked) {
        return { status: 403, body: { message: 'Unable to create comment because issue is locked.' } };
      }
      const body = String(req.body['body'] ?? '');
      if (chars(body) > 65_536) return invalid('body is too long (maximum is 65536 characters)', 'body');
      const at = state.now().toISOString();
      const user = { login: 'github-actions[bot]', type: 'Bot' };
      const comment = { id: state.nextId++, body, created_at: at, updated_at: at, user };
      issue.comments.push(comment);
      return { status: 201, body: comment };
    },
  ],
  [
    'PATCH',
    /^\/issues\/comments\/(\d+)$/,
    (state, repo, req, [id]) => {
      const comment = repo.issues.flatMap((i) => i.comments).find((c) => c.id === Number(id));
      if (!comment) return notFound();
      const body = String(req.body['body'] ?? '');
      if (chars(body) > 65_536) return invalid('body is too long (maximum is 65536 characters)', 'body');
      comment.body = body;
      comment.updated_at = state.now().toISOString();
      return { status: 200, body: comment };
    },
  ],
  [
    'GET',
    /^\/labels\/([^/]+)$/,
    (_s, repo, _req, [name]) => {
      const label = repo.labels.get(decodeURIComponent(name!));
      return label ? { status: 200, body: label } : notFound();
    },
  ],
  [
    'POST',
    /^\/labels$/,
    (_s, repo, req) => {
      const name = String(req.body['name'] ?? '');
      if (repo.labels.has(name)) return invalid('already_exists', 'name');
      const label = { name, color: String(req.body['color'] ?? 'ededed'), description: null };
      repo.labels.set(name, label);
      return { status: 201, body: label };
    },
  ],
  [
    'GET',
    /^\/actions\/workflows\/([^/]+)\/runs$/,
    (state, repo, req, [id]) => {
      const workflow = findWorkflow(repo, decodeURIComponent(id!));
      if (!workflow) return notFound();
      return runsList(
        state,
        repo,
        req,
        repo.runs.filter((r) => r.workflow_id === workflow.id),
      );
    },
  ],
  ['GET', /^\/actions\/runs$/, (state, repo, req) => runsList(state, repo, req, repo.runs)],
  [
    'POST',
    /^\/actions\/runs\/(\d+)\/cancel$/,
    (_state, repo, _req, [id]) => {
      const run = repo.runs.find((r) => r.id === Number(id));
      if (!run) return notFound();
      if (run.status === 'completed') {
        return { status: 409, body: { message: 'Cannot cancel a workflow run that is completed.' } };
      }
      Object.assign(run, { status: 'completed', conclusion: 'cancelled' });
      return { status: 202, body: {} };
    },
  ],
  [
    'POST',
    /^\/actions\/workflows\/([^/]+)\/dispatches$/,
    (state, repo, req, [id]) => {
      const workflow = findWorkflow(repo, decodeURIComponent(id!));
      if (!workflow) return notFound();
      const {
        ref,
        inputs = {},
        return_run_details,
      } = req.body as {
        ref?: string;
        inputs?: Record<string, string>;
        return_run_details?: boolean;
      };
      if (return_run_details !== undefined && state.runDetails === 'rejected') {
        return invalid('Invalid request.\n\n"return_run_details" is not a permitted key.');
      }
      if (!ref || !repo.branches.includes(ref)) return invalid(`No ref found for: ${ref ?? ''}`);
      const unexpected = workflow.inputs
        ? Object.keys(inputs).filter((k) => !workflow.inputs!.includes(k))
        : [];
      if (unexpected.length > 0) return invalid(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
      const run = addRun(state, repo, {
        workflow_id: workflow.id,
        status: 'queued',
        conclusion: null,
        head_branch: ref,
        created_at: state.now().toISOString(),
        inputs,
        visibleAt: Date.now() + state.runListDelayMs,
        ...(workflow.runName
          ? { display_title: workflow.runName.replace(/\{(\w+)\}/g, (_, k: string) => inputs[k] ?? '') }
          : {}),
      });
      if (!return_run_details || state.runDetails === 'ignored') return { status: 204 };
      const json = runJson(state, repo, run);
      return {
        status: 200,
        body: {
          workflow_run_id: run.id,
          run_url: `/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
          html_url: json.html_url,
        },
      };
    },
  ],
  [
    'POST',
    /^\/dispatches$/,
    (state, repo, req) => {
      const eventType = req.body['event_type'];
      const payload = (req.body['client_payload'] ?? {}) as Record<string, unknown>;
      if (typeof eventType !== 'string' || eventType === '') return invalid('event_type is missing');
      if (Object.keys(payload).length > 10)
        return invalid('client_payload: no more than 10 properties are allowed');
      addRun(state, repo, {
        workflow_id: 0,
        event: 'repository_dispatch',
        status: 'queued',
        conclusion: null,
        created_at: state.now().toISOString(),
        client_payload: { event_type: eventType, ...payload },
        display_title: eventType,
        visibleAt: Date.now() + state.runListDelayMs,
      });
      return { status: 204 };
    },
  ],
];

function runsList(state: FakeState, repo: FakeRepo, req: FakeRequest, runs: FakeRepo['runs']): FakeResponse {
  const event = req.query.get('event');
  const status = req.query.get('status');
  const now = Date.now();
  const branch = req.query.get('branch');
  // Like GitHub, `status` filters on the status or the conclusion (`status=success`).
  const list = runs
    .filter((r) => (r.visibleAt ?? 0) <= now)
    .filter(
      (r) => (!event || r.event === event) && (!status || r.status === status || r.conclusion === status),
    )
    .filter((r) => !branch || r.head_branch === branch)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
    .map((r) => runJson(state, repo, r));
  return { status: 200, list, wrap: (page, total) => ({ total_count: total, workflow_runs: page }) };
}

function repoJson(repo: FakeRepo) {
  return { name: repo.name, full_name: `${repo.owner}/${repo.name}`, default_branch: repo.defaultBranch };
}

/** Find the handler for `/repos/{owner}/{repo}<rest>`; undefined when no route matches. */
export function route(state: FakeState, req: FakeRequest): FakeResponse {
  const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(req.path);
  if (!match) return notFound();
  const repo = state.repos.get(`${match[1]}/${match[2]}`);
  if (!repo) return notFound();
  const rest = match[3] ?? '';
  const git = gitRoute(repo, req, rest);
  if (git) return git;
  const loop = loopRoute(state, repo, req, rest);
  if (loop) return loop;
  for (const [method, pattern, handler] of routes) {
    const m = pattern.exec(rest);
    if (m && method === req.method) return handler(state, repo, req, m.slice(1));
  }
  return notFound();
}
