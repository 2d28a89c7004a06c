/**
 * In-memory state of the fake GitHub REST server (see fake-github.ts) and the JSON shapes it answers with.
 * Only what retrain-trigger touches: repositories, issues (+ comments, labels, assignees), labels,
 * workflows with their runs, and repository_dispatch events.
 */

export interface FakeComment {
  id: number;
  body: string;
  created_at: string;
  updated_at: string;
  /** The author; the fake's own writes are the workflow token's bot. */
  user?: { login: string; type: string };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  created_at: string;
  comments: FakeComment[];
  /** Set for pull requests, which the issues list also returns. */
  pull_request?: boolean;
  /** Locked conversation: new comments are refused with 403 (for tokens that are not collaborators). */
  locked?: boolean;
}

export interface FakeWorkflow {
  id: number;
  /** File name, e.g. `retrain.yml` (stored as `.github/workflows/<file>`). */
  file: string;
  /** Declared workflow_dispatch inputs; undefined accepts any. */
  inputs?: string[];
  /** `run-name`, with `{input}` standing for `${{ inputs.input }}`; default: the workflow's file name. */
  runName?: string;
}

export interface FakeRun {
  id: number;
  workflow_id: number;
  event: string;
  status: string;
  conclusion: string | null;
  head_branch: string;
  created_at: string;
  inputs?: Record<string, string>;
  client_payload?: unknown;
  display_title?: string;
  /** Real time (ms) from which the run appears in runs lists (GitHub lists new runs after a delay). */
  visibleAt?: number;
}

export interface FakeRepo {
  owner: string;
  name: string;
  defaultBranch: string;
  branches: string[];
  issues: FakeIssue[];
  labels: Map<string, { name: string; color: string; description: string | null }>;
  workflows: FakeWorkflow[];
  runs: FakeRun[];
}

export interface FakeState {
  repos: Map<string, FakeRepo>;
  /** When set, any other token is answered 401 Bad credentials. */
  token?: string;
  /** false = like a token without push access: GitHub silently drops labels and assignees on create. */
  pushAccess: boolean;
  /** Delay (real ms) before a dispatched run appears in the runs lists, as on GitHub. Default 0. */
  runListDelayMs: number;
  /** workflow_dispatch `return_run_details`: supported (200 + ids), rejected (422, old GHES), ignored (204). */
  runDetails: 'supported' | 'rejected' | 'ignored';
  nextId: number;
  /** Server clock for created_at; tests may move it. */
  now: () => Date;
  /** Base of html_url links. */
  webUrl: string;
  /** The repository `owner/name`, default the first one created. */
  repo(fullName?: string): FakeRepo;
}

export interface FakeRepoOptions {
  owner?: string;
  name?: string;
  defaultBranch?: string;
  workflows?: Array<{ file: string; inputs?: string[]; runName?: string }>;
}

export function createState(options: { token?: string; repos?: FakeRepoOptions[] } = {}): FakeState {
  const state: FakeState = {
    repos: new Map(),
    token: options.token,
    pushAccess: true,
    runDetails: 'supported',
    runListDelayMs: 0,
    nextId: 1000,
    now: () => new Date(),
    webUrl: 'https://github.com',
    repo(fullName) {
      const repo = fullName ? this.repos.get(fullName) : this.repos.values().next().value;
      if (!repo) throw new Error(`fake GitHub: no repository ${fullName ?? '(none created)'}`);
      return repo;
    },
  };
  for (const spec of options.repos ?? [{}]) addRepo(state, spec);
  return state;
}

export function addRepo(state: FakeState, spec: FakeRepoOptions): FakeRepo {
  const defaultBranch = spec.defaultBranch ?? 'main';
  const repo: FakeRepo = {
    owner: spec.owner ?? 'octo',
    name: spec.name ?? 'models',
    defaultBranch,
    branches: [defaultBranch],
    issues: [],
    labels: new Map(),
    workflows: (spec.workflows ?? [{ file: 'retrain.yml' }]).map((w) => ({ id: state.nextId++, ...w })),
    runs: [],
  };
  state.repos.set(`${repo.owner}/${repo.name}`, repo);
  return repo;
}

export function issueJson(state: FakeState, repo: FakeRepo, issue: FakeIssue) {
  const html = `${state.webUrl}/${repo.owner}/${repo.name}/issues/${issue.number}`;
  return {
    id: issue.number + 500_000,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name) => ({ name, color: repo.labels.get(name)?.color ?? 'ededed' })),
    assignees: issue.assignees.map((login) => ({ login })),
    comments: issue.comments.length,
    locked: issue.locked ?? false,
    created_at: issue.created_at,
    html_url: html,
    user: { login: 'github-actions[bot]' },
    ...(issue.pull_request ? { pull_request: { html_url: html.replace('/issues/', '/pull/') } } : {}),
  };
}

export function runJson(state: FakeState, repo: FakeRepo, run: FakeRun) {
  return {
    id: run.id,
    workflow_id: run.workflow_id,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_branch: run.head_branch,
    created_at: run.created_at,
    display_title:
      run.display_title ??
      repo.workflows.find((w) => w.id === run.workflow_id)?.file ??
      'repository_dispatch',
    html_url: `${state.webUrl}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
  };
}

/** Add a finished or active run directly (for cooldown tests). */
export function addRun(
  state: FakeState,
  repo: FakeRepo,
  fields: Partial<FakeRun> & { created_at: string },
): FakeRun {
  const run: FakeRun = {
    id: state.nextId++,
    workflow_id: repo.workflows[0]?.id ?? 0,
    event: 'workflow_dispatch',
    status: 'completed',
    conclusion: 'success',
    head_branch: repo.defaultBranch,
    ...fields,
  };
  repo.runs.push(run);
  return run;
}

/** Add an issue directly (e.g. a pre-existing alert or an unrelated issue). */
export function addIssue(state: FakeState, repo: FakeRepo, fields: Partial<FakeIssue>): FakeIssue {
  const issue: FakeIssue = {
    number: repo.issues.length + 1,
    title: 'an issue',
    body: '',
    state: 'open',
    state_reason: null,
    labels: [],
    assignees: [],
    created_at: state.now().toISOString(),
    comments: [],
    ...fields,
  };
  repo.issues.push(issue);
  return issue;
}
