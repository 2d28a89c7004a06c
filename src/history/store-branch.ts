/**
 * Branch store: the history as one `.jsonl` file per monitor on a branch of the repository (default
 * `retrain-trigger-history`), read and written through the REST Git data API — never a checkout, never a push,
 * never a force update.
 *
 * A run costs 4 reads (ref → commit → tree → blob; the blob endpoint serves files up to 100 MB, where the
 * contents API stops inlining at 1 MB) and 4 writes (blob, tree, commit whose parent is the commit read, ref
 * update). The ref update is the only step that decides anything, and GitHub refuses it when the branch moved
 * (422 "Update is not a fast forward" / "Reference already exists"): then the store re-reads, re-applies its
 * record to what is there now and tries again, at most MAX_ATTEMPTS times. When the answer to the ref update is
 * lost (connection reset, 5xx) the store re-reads the ref before anything else: if it points at our commit the
 * write happened. The orphan branch is created (a commit without parents) on the first write.
 */
import type { GitHubClient } from '../github/client.js';
import { explainFailure, githubMessage, isAmbiguous, statusOf } from '../github/failures.js';
import type { RepoContext } from '../github/types.js';
import { InputError } from '../errors.js';
import { EMPTY_HISTORY, historyText, parseHistory, withRecord, type HistoryContent } from './jsonl.js';
import type { HistoryRecord } from './record.js';
import type { AppendResult, HistoryStore, WriteGuard } from './store.js';

export const DEFAULT_HISTORY_BRANCH = 'retrain-trigger-history';
const MAX_ATTEMPTS = 5;

interface Snapshot {
  /** Tip of the branch; undefined when the branch does not exist yet. */
  commit?: string;
  tree?: string;
  content: HistoryContent;
}

export interface BranchStoreOptions {
  client: GitHubClient;
  repo: RepoContext;
  branch: string;
  file: string;
  /** Commit message of each write. */
  message: string;
  /** Wait before attempt n (n ≥ 2), ms; tests pass 0. Default 250·n with jitter. */
  backoffMs?: (attempt: number) => number;
}

function unexpected(endpoint: string, what: string): InputError {
  return new InputError(
    `history: GitHub's answer to ${endpoint} is not what the Git data API returns (${what})`,
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function shaAt(data: unknown, key: string, endpoint: string): string {
  const holder = isObject(data) ? data[key] : undefined;
  const sha = isObject(holder) ? holder['sha'] : undefined;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) throw unexpected(endpoint, `no ${key}.sha`);
  return sha;
}

function ownSha(data: unknown, endpoint: string): string {
  const sha = isObject(data) ? data['sha'] : undefined;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) throw unexpected(endpoint, 'no sha');
  return sha;
}

export function branchStore(options: BranchStoreOptions): HistoryStore {
  const { client, repo, branch, file } = options;
  const where = `branch '${branch}', file '${file}'`;
  const base = { owner: repo.owner, repo: repo.repo };
  const octokit = client.octokit;
  const backoff = options.backoffMs ?? ((n: number) => 250 * n * (0.5 + Math.random()));
  let last: Snapshot | undefined;

  async function call<T>(
    action: string,
    permission: 'contents: read' | 'contents: write',
    send: () => Promise<T>,
  ) {
    try {
      return await send();
    } catch (error) {
      if (statusOf(error) === 409) {
        throw new InputError(
          `history: ${action} failed: GitHub answered 409 (the repository has no commits yet?); the branch store needs a repository with at least one commit`,
        );
      }
      throw new InputError(`history: ${explainFailure(error, action, permission)}`);
    }
  }

  async function readTip(): Promise<string | undefined> {
    const endpoint = `GET /repos/${repo.owner}/${repo.repo}/git/ref/heads/${branch}`;
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ...base,
        ref: `heads/${branch}`,
      });
      return shaAt(data, 'object', endpoint);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      if (error instanceof InputError) throw error;
      return call(`reading the history branch '${branch}'`, 'contents: read', () => Promise.reject(error));
    }
  }

  async function load(): Promise<Snapshot> {
    const commit = await readTip();
    if (commit === undefined) return { content: EMPTY_HISTORY };
    const reading = `reading ${where}`;
    const commitData = await call(reading, 'contents: read', () =>
      octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...base, commit_sha: commit }),
    );
    const tree = shaAt(commitData.data, 'tree', 'GET …/git/commits/{sha}');
    const treeData = await call(reading, 'contents: read', () =>
      octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...base, tree_sha: tree }),
    );
    const entries = isObject(treeData.data) ? treeData.data['tree'] : undefined;
    if (!Array.isArray(entries)) throw unexpected('GET …/git/trees/{sha}', 'no tree list');
    const entry = entries.find((e) => isObject(e) && e['path'] === file && e['type'] === 'blob') as
      Record<string, unknown> | undefined;
    if (!entry) {
      if (isObject(treeData.data) && treeData.data['truncated'] === true) {
        throw unexpected(
          'GET …/git/trees/{sha}',
          `the tree listing is truncated and does not show '${file}'`,
        );
      }
      return { commit, tree, content: EMPTY_HISTORY };
    }
    const blobSha = ownSha(entry, 'GET …/git/trees/{sha}');
    const blob = await call(reading, 'contents: read', () =>
      octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...base, file_sha: blobSha }),
    );
    return { commit, tree, content: parseHistory(decodeBlob(blob.data, entry['size']), where) };
  }

  async function writeCommit(snapshot: Snapshot, text: string): Promise<{ commit: string; tree: string }> {
    const writing = `writing ${where}`;
    const blob = await call(writing, 'contents: write', () =>
      octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...base,
        content: Buffer.from(text, 'utf8').toString('base64'),
        encoding: 'base64',
      }),
    );
    const tree = await call(writing, 'contents: write', () =>
      octokit.request('POST /repos/{owner}/{repo}/git/trees', {
        ...base,
        ...(snapshot.tree ? { base_tree: snapshot.tree } : {}),
        tree: [{ path: file, mode: '100644', type: 'blob', sha: ownSha(blob.data, 'POST …/git/blobs') }],
      }),
    );
    const treeSha = ownSha(tree.data, 'POST …/git/trees');
    const commit = await call(writing, 'contents: write', () =>
      octokit.request('POST /repos/{owner}/{repo}/git/commits', {
        ...base,
        message: options.message,
        tree: treeSha,
        parents: snapshot.commit ? [snapshot.commit] : [],
      }),
    );
    // The tree is kept for the next write of this run: without it a second write would drop the other files.
    return { commit: ownSha(commit.data, 'POST …/git/commits'), tree: treeSha };
  }

  /** Moves the branch to `commit`: 'moved', 'conflict' (someone else moved it first) or 'lost' (no answer). */
  async function moveBranch(snapshot: Snapshot, commit: string): Promise<'moved' | 'conflict' | 'lost'> {
    try {
      if (snapshot.commit) {
        await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...base,
          ref: `heads/${branch}`,
          sha: commit,
          force: false,
          request: { retries: 0 },
        });
      } else {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
          ...base,
          ref: `refs/heads/${branch}`,
          sha: commit,
          request: { retries: 0 },
        });
      }
      return 'moved';
    } catch (error) {
      const status = statusOf(error);
      // The branch moved (or appeared, or vanished) since it was read: re-read and re-apply.
      if (
        status === 409 ||
        (status === 422 && /fast.forward|already exists|does not exist/i.test(githubMessage(error)))
      ) {
        return 'conflict';
      }
      if (isAmbiguous(error)) return 'lost';
      throw new InputError(
        `history: ${explainFailure(error, `updating the branch '${branch}'`, 'contents: write')}`,
      );
    }
  }

  return {
    where,
    async read() {
      last = await load();
      return last.content;
    },
    async append(record: HistoryRecord, maxRuns: number, guard?: WriteGuard): Promise<AppendResult> {
      let snapshot = last ?? (await load());
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (attempt > 1) await sleep(backoff(attempt));
        const refused = guard?.(snapshot.content);
        if (refused !== undefined) {
          last = snapshot;
          return {
            where,
            attempts: attempt,
            replaced: false,
            dropped: 0,
            runs: snapshot.content.records.length,
            refused,
          };
        }
        const next = withRecord(snapshot.content, record, maxRuns);
        const replaced =
          record.run !== undefined && snapshot.content.records.some((r) => r.run?.id === record.run?.id);
        const total = snapshot.content.records.length + (replaced ? 0 : 1);
        const result = {
          where,
          attempts: attempt,
          replaced,
          dropped: total - next.records.length,
          runs: next.records.length,
        };
        const { commit, tree } = await writeCommit(snapshot, historyText(next));
        const moved = await moveBranch(snapshot, commit);
        if (moved === 'moved' || (moved === 'lost' && (await readTip()) === commit)) {
          last = { commit, tree, content: next };
          return result;
        }
        // Someone else wrote first (or our update did not happen): start again from what is there now.
        snapshot = await load();
      }
      throw new InputError(
        `history: ${where} kept changing while this run wrote to it; gave up after ${MAX_ATTEMPTS} attempts (no record of this run was stored)`,
      );
    },
  };
}

function decodeBlob(data: unknown, size: unknown): string {
  const endpoint = 'GET …/git/blobs/{sha}';
  if (!isObject(data) || typeof data['content'] !== 'string') throw unexpected(endpoint, 'no content');
  if (data['encoding'] !== 'base64') throw unexpected(endpoint, `encoding ${String(data['encoding'])}`);
  const bytes = Buffer.from(data['content'].replace(/\s+/g, ''), 'base64');
  const expected = typeof data['size'] === 'number' ? data['size'] : size;
  if (typeof expected === 'number' && bytes.length !== expected) {
    throw unexpected(endpoint, `${bytes.length} of ${expected} bytes: the answer was cut short`);
  }
  return bytes.toString('utf8');
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
