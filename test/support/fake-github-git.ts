/**
 * The Git data endpoints of the fake GitHub server (refs, commits, trees, blobs) and the contents read, as the
 * history store uses them: content-addressed objects, refs that only move forward unless forced, GitHub's 422s
 * ("Update is not a fast forward", "Reference already exists", "Reference does not exist"), 409 for an empty
 * repository, base64 blobs wrapped at 60 columns, inline contents only up to 1 MB. Faults (409/422/5xx, lost
 * answers, barriers for races) come from the shared Faults list of fake-github.ts.
 */
import { createHash } from 'node:crypto';
import type { FakeRepo } from './fake-github-state.js';

/** The parts of fake-github-routes' request/answer this file needs (declared here so neither imports the other). */
interface FakeRequest {
  method: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}
interface FakeResponse {
  status: number;
  body?: unknown;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}
interface Commit {
  tree: string;
  parents: string[];
  message: string;
}

export interface FakeGit {
  blobs: Map<string, Buffer>;
  trees: Map<string, TreeEntry[]>;
  commits: Map<string, Commit>;
  /** `refs/heads/<branch>` → commit sha. */
  refs: Map<string, string>;
  /** Answer every git call with 409 "Git Repository is empty." (a repository without commits). */
  empty: boolean;
}

const stores = new WeakMap<FakeRepo, FakeGit>();

/** The repository's git objects (created empty on first use). */
export function fakeGit(repo: FakeRepo): FakeGit {
  let git = stores.get(repo);
  if (!git) {
    git = { blobs: new Map(), trees: new Map(), commits: new Map(), refs: new Map(), empty: false };
    stores.set(repo, git);
  }
  return git;
}

/** Text of `file` at the tip of `branch`, or undefined. */
export function branchFile(repo: FakeRepo, branch: string, file: string): string | undefined {
  const git = fakeGit(repo);
  const tip = git.refs.get(`refs/heads/${branch}`);
  if (!tip) return undefined;
  const entry = git.trees.get(git.commits.get(tip)!.tree)!.find((e) => e.path === file);
  return entry ? git.blobs.get(entry.sha)!.toString('utf8') : undefined;
}

/** Commits reachable from the tip of `branch`, newest first (first parents). */
export function branchLog(repo: FakeRepo, branch: string): Commit[] {
  const git = fakeGit(repo);
  const out: Commit[] = [];
  let sha = git.refs.get(`refs/heads/${branch}`);
  while (sha) {
    const commit = git.commits.get(sha)!;
    out.push(commit);
    sha = commit.parents[0];
  }
  return out;
}

const hash = (kind: string, data: Buffer | string) =>
  createHash('sha1').update(kind).update(data).digest('hex');
const invalid = (message: string): FakeResponse => ({ status: 422, body: { message } });
const notFound = (): FakeResponse => ({ status: 404, body: { message: 'Not Found' } });
const MAX_BLOB = 100 * 1024 * 1024;
const MAX_INLINE = 1024 * 1024;

function isAncestor(git: FakeGit, ancestor: string, of: string): boolean {
  const seen = new Set<string>();
  const stack = [of];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    stack.push(...(git.commits.get(sha)?.parents ?? []));
  }
  return false;
}

function wrap64(data: Buffer): string {
  return (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
}

function treeJson(sha: string, entries: TreeEntry[], git: FakeGit) {
  return {
    sha,
    tree: entries.map((e) => ({
      ...e,
      ...(e.type === 'blob' ? { size: git.blobs.get(e.sha)!.length } : {}),
    })),
    truncated: false,
  };
}

/** Handles `/git/...` and `/contents/...` below `/repos/{owner}/{repo}`; undefined for any other path. */
export function gitRoute(repo: FakeRepo, req: FakeRequest, rest: string): FakeResponse | undefined {
  if (!rest.startsWith('/git/') && !rest.startsWith('/contents/')) return undefined;
  const git = fakeGit(repo);
  if (git.empty) return { status: 409, body: { message: 'Git Repository is empty.' } };
  const path = decodeURIComponent(rest);
  const body = req.body;
  let m: RegExpExecArray | null;

  if (req.method === 'GET' && (m = /^\/git\/ref\/(heads\/.+)$/.exec(path))) {
    const sha = git.refs.get(`refs/${m[1]}`);
    if (!sha) return notFound();
    return { status: 200, body: { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } } };
  }
  if (req.method === 'GET' && (m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(path))) {
    const commit = git.commits.get(m[1]!);
    if (!commit) return notFound();
    return {
      status: 200,
      body: {
        sha: m[1],
        tree: { sha: commit.tree },
        parents: commit.parents.map((sha) => ({ sha })),
        message: commit.message,
      },
    };
  }
  if (req.method === 'GET' && (m = /^\/git\/trees\/([0-9a-f]{40})$/.exec(path))) {
    const entries = git.trees.get(m[1]!);
    return entries ? { status: 200, body: treeJson(m[1]!, entries, git) } : notFound();
  }
  if (req.method === 'GET' && (m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(path))) {
    const blob = git.blobs.get(m[1]!);
    if (!blob) return notFound();
    return { status: 200, body: { sha: m[1], size: blob.length, content: wrap64(blob), encoding: 'base64' } };
  }
  if (req.method === 'POST' && path === '/git/blobs') {
    const content = body['content'];
    if (typeof content !== 'string') return invalid('Invalid request.\n\n"content" wasn\'t supplied.');
    const data = Buffer.from(content, body['encoding'] === 'base64' ? 'base64' : 'utf8');
    if (data.length > MAX_BLOB) return invalid('content is too large');
    const sha = hash('blob', data);
    git.blobs.set(sha, data);
    return { status: 201, body: { sha, url: `/git/blobs/${sha}` } };
  }
  if (req.method === 'POST' && path === '/git/trees') {
    const base = body['base_tree'];
    const entries = new Map<string, TreeEntry>();
    if (typeof base === 'string') {
      const baseEntries = git.trees.get(base);
      if (!baseEntries) return invalid('base_tree is not a valid tree oid');
      for (const e of baseEntries) entries.set(e.path, e);
    }
    for (const raw of (body['tree'] as Record<string, unknown>[] | undefined) ?? []) {
      const sha = raw['sha'];
      if (typeof raw['path'] !== 'string' || typeof sha !== 'string')
        return invalid('tree entries need path and sha');
      if (!git.blobs.has(sha)) return invalid(`tree.sha ${sha} is not a valid blob`);
      entries.set(raw['path'], {
        path: raw['path'],
        mode: String(raw['mode'] ?? '100644'),
        type: 'blob',
        sha,
      });
    }
    const list = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
    const sha = hash('tree', JSON.stringify(list));
    git.trees.set(sha, list);
    return { status: 201, body: treeJson(sha, list, git) };
  }
  if (req.method === 'POST' && path === '/git/commits') {
    const tree = body['tree'];
    const parents = (body['parents'] as unknown[] | undefined) ?? [];
    if (typeof tree !== 'string' || !git.trees.has(tree)) return invalid('Tree SHA does not exist');
    if (!parents.every((p) => typeof p === 'string' && git.commits.has(p)))
      return invalid('Parent SHA does not exist');
    const commit = { tree, parents: parents as string[], message: String(body['message'] ?? '') };
    // Real commits carry a timestamp, so the same content committed twice gives two commits.
    const sha = hash('commit', `${JSON.stringify(commit)}${git.commits.size}`);
    git.commits.set(sha, commit);
    return {
      status: 201,
      body: { sha, tree: { sha: tree }, parents: commit.parents.map((p) => ({ sha: p })) },
    };
  }
  if (req.method === 'PATCH' && (m = /^\/git\/refs\/(heads\/.+)$/.exec(path))) {
    const name = `refs/${m[1]}`;
    const current = git.refs.get(name);
    const sha = body['sha'];
    if (!current) return invalid('Reference does not exist');
    if (typeof sha !== 'string' || !git.commits.has(sha)) return invalid('Object does not exist');
    if (body['force'] !== true && !isAncestor(git, current, sha))
      return invalid('Update is not a fast forward');
    git.refs.set(name, sha);
    return { status: 200, body: { ref: name, object: { sha, type: 'commit' } } };
  }
  if (req.method === 'POST' && path === '/git/refs') {
    const name = body['ref'];
    const sha = body['sha'];
    if (typeof name !== 'string' || !/^refs\/heads\/.+/.test(name))
      return invalid('Reference name is invalid');
    if (typeof sha !== 'string' || !git.commits.has(sha)) return invalid('Object does not exist');
    if (git.refs.has(name)) return invalid('Reference already exists');
    git.refs.set(name, sha);
    return { status: 201, body: { ref: name, object: { sha, type: 'commit' } } };
  }
  if (req.method === 'GET' && (m = /^\/contents\/(.+)$/.exec(path))) {
    const branch = req.query.get('ref') ?? repo.defaultBranch;
    const tip = git.refs.get(`refs/heads/${branch}`);
    const entry = tip ? git.trees.get(git.commits.get(tip)!.tree)!.find((e) => e.path === m![1]) : undefined;
    if (!entry) return notFound();
    const blob = git.blobs.get(entry.sha)!;
    // Like GitHub: files over 1 MB come without inline content (read them through the blob endpoint).
    const inline = blob.length <= MAX_INLINE;
    return {
      status: 200,
      body: {
        type: 'file',
        path: entry.path,
        sha: entry.sha,
        size: blob.length,
        content: inline ? wrap64(blob) : '',
        encoding: inline ? 'base64' : 'none',
      },
    };
  }
  return notFound();
}
