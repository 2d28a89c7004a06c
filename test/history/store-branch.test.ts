import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { parseHistory } from '../../src/history/jsonl.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { branchStore } from '../../src/history/store-branch.js';
import { FAST, repoFor, TEST_TOKEN } from '../support/effects-fixtures.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { branchFile, branchLog, fakeGit } from '../support/fake-github-git.js';

const BRANCH = 'retrain-trigger-history';
let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TEST_TOKEN });
});
afterEach(async () => {
  await gh.close();
});

function store(file = 'churn.jsonl') {
  const client = createClient(TEST_TOKEN, repoFor(gh.url), FAST);
  return branchStore({
    client,
    repo: repoFor(gh.url),
    branch: BRANCH,
    file,
    message: `retrain-trigger: ${file}`,
    backoffMs: () => 0,
  });
}

function record(run: number, accuracy = 0.9, attempt = 1): HistoryRecord {
  return {
    schemaVersion: 2,
    time: new Date(Date.UTC(2026, 10, run)).toISOString(),
    run: { id: String(run), attempt },
    status: 'healthy',
    metrics: { accuracy },
    rules: [{ id: 'floor', outcome: 'ok' }],
  };
}

const stored = (file = 'churn.jsonl') =>
  parseHistory(branchFile(gh.state.repo(), BRANCH, file) ?? '', file).records;
const calls = (from: number) =>
  gh.requests
    .slice(from)
    .map((r) => `${r.method} ${decodeURIComponent(r.path).replace(/^\/repos\/octo\/models/, '')}`);

describe('branch store', () => {
  it('creates the orphan branch on the first write, then commits on top of the commit read', async () => {
    const s = store();
    expect(await s.read()).toEqual({ lines: [], records: [] });
    await s.append(record(1), 100);
    await store().append(record(2), 100);
    const log = branchLog(gh.state.repo(), BRANCH);
    expect(log).toHaveLength(2);
    expect(log[1]?.parents).toEqual([]);
    expect(stored().map((r) => r.run?.id)).toEqual(['1', '2']);
    expect(gh.requests.some((r) => r.body && (r.body as { force?: boolean }).force === true)).toBe(false);
  });

  it('costs a small fixed number of API calls per run', async () => {
    let from = gh.requests.length;
    const first = store();
    await first.read();
    await first.append(record(1), 100);
    expect(calls(from)).toEqual([
      'GET /git/ref/heads/retrain-trigger-history',
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/refs',
    ]);
    for (let run = 2; run <= 4; run++) {
      from = gh.requests.length;
      const s = store();
      await s.read();
      await s.append(record(run), 100);
      expect(calls(from)).toHaveLength(8);
    }
    expect(calls(from)).toEqual([
      'GET /git/ref/heads/retrain-trigger-history',
      expect.stringMatching(/^GET \/git\/commits\/[0-9a-f]{40}$/),
      expect.stringMatching(/^GET \/git\/trees\/[0-9a-f]{40}$/),
      expect.stringMatching(/^GET \/git\/blobs\/[0-9a-f]{40}$/),
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'PATCH /git/refs/heads/retrain-trigger-history',
    ]);
  });

  it('a re-run of the same workflow run replaces its record in place', async () => {
    for (const r of [record(1), record(2, 0.8), record(3)]) await store().append(r, 100);
    const result = await store().append(record(2, 0.7, 2), 100);
    expect(result.replaced).toBe(true);
    expect(stored().map((r) => [r.run?.id, r.run?.attempt, r.metrics['accuracy']])).toEqual([
      ['1', 1, 0.9],
      ['2', 2, 0.7],
      ['3', 1, 0.9],
    ]);
  });

  it('concurrent runs both land: the rejected one re-reads and re-applies', async () => {
    await store().append(record(1), 100);
    const a = store('churn.jsonl');
    const b = store('churn.jsonl');
    const c = store('fraud.jsonl');
    await Promise.all([a.read(), b.read(), c.read()]);
    gh.faults.add({ method: 'PATCH', path: /\/git\/refs\//, action: { type: 'barrier', count: 3 } });
    const results = await Promise.all([
      a.append(record(2), 100),
      b.append(record(3), 100),
      c.append(record(4), 100),
    ]);
    expect(results.map((r) => r.attempts).sort()).toEqual([1, 2, 3]);
    expect(
      stored()
        .map((r) => r.run?.id)
        .sort(),
    ).toEqual(['1', '2', '3']);
    expect(stored('fraud.jsonl').map((r) => r.run?.id)).toEqual(['4']);
    expect(gh.requests.filter((r) => r.method === 'PATCH').length).toBe(6);
  });

  it('two first writers: "Reference already exists" makes the second re-read and land on top', async () => {
    const a = store('a.jsonl');
    const b = store('b.jsonl');
    await Promise.all([a.read(), b.read()]);
    gh.faults.add({ method: 'POST', path: /\/git\/refs$/, action: { type: 'barrier', count: 2 } });
    await Promise.all([a.append(record(1), 100), b.append(record(2), 100)]);
    expect(stored('a.jsonl')).toHaveLength(1);
    expect(stored('b.jsonl')).toHaveLength(1);
  });

  it('a lost answer to the ref update is checked by re-reading, not written twice', async () => {
    await store().append(record(1), 100);
    gh.faults.add({ method: 'PATCH', path: /\/git\/refs\//, action: { type: 'reset', after: true } });
    const result = await store().append(record(2), 100);
    expect(result.attempts).toBe(1);
    expect(branchLog(gh.state.repo(), BRANCH)).toHaveLength(2);
    gh.faults.add({
      method: 'PATCH',
      path: /\/git\/refs\//,
      action: { type: 'status', status: 502, perform: true },
    });
    await store().append(record(3), 100);
    gh.faults.add({ method: 'PATCH', path: /\/git\/refs\//, action: { type: 'status', status: 503 } });
    await store().append(record(4), 100);
    expect(stored().map((r) => r.run?.id)).toEqual(['1', '2', '3', '4']);
    expect(branchLog(gh.state.repo(), BRANCH)).toHaveLength(4);
  });

  it('409 and 5xx on the way are retried; reads retry on 5xx', async () => {
    await store().append(record(1), 100);
    gh.faults.add(
      {
        method: 'PATCH',
        path: /\/git\/refs\//,
        action: { type: 'status', status: 409, message: 'Conflict' },
      },
      { method: 'GET', path: /\/git\/blobs\//, action: { type: 'status', status: 500 } },
      { method: 'POST', path: /\/git\/trees$/, action: { type: 'status', status: 502 } },
    );
    const result = await store().append(record(2), 100);
    expect(result.attempts).toBe(2);
    expect(stored().map((r) => r.run?.id)).toEqual(['1', '2']);
  });

  it('gives up after bounded attempts when the branch keeps moving, storing nothing of this run', async () => {
    await store().append(record(1), 100);
    gh.faults.add({
      method: 'PATCH',
      path: /\/git\/refs\//,
      times: 10,
      action: { type: 'status', status: 422, message: 'Update is not a fast forward' },
    });
    await expect(store().append(record(2), 100)).rejects.toThrow(
      "history: branch 'retrain-trigger-history', file 'churn.jsonl' kept changing while this run wrote to it; gave up after 5 attempts",
    );
    expect(stored().map((r) => r.run?.id)).toEqual(['1']);
  });

  it('history-max-runs drops the oldest', async () => {
    for (let run = 1; run <= 5; run++) await store().append(record(run), 3);
    expect(stored().map((r) => r.run?.id)).toEqual(['3', '4', '5']);
  });

  it('a line that does not parse fails naming branch, file and line, and nothing is written', async () => {
    await store().append(record(1), 100);
    await store().append(record(2), 100);
    const git = fakeGit(gh.state.repo());
    // Corrupt the stored file: replace line 2 through a direct commit on the fake.
    const text = branchFile(gh.state.repo(), BRANCH, 'churn.jsonl')!.replace(/\n.*\n$/, '\n{"time": oops\n');
    const s0 = store();
    await s0.read();
    const before = git.refs.get(`refs/heads/${BRANCH}`);
    // Write the corrupt text as a new commit through the API the store uses.
    gh.faults.clear();
    await writeRaw(text);
    const s = store();
    await expect(s.read()).rejects.toThrow(
      /^history: branch 'retrain-trigger-history', file 'churn\.jsonl', line 2: not valid JSON .*; nothing was written$/,
    );
    await expect(s.append(record(3), 100)).rejects.toThrow(/line 2: not valid JSON/);
    expect(git.refs.get(`refs/heads/${BRANCH}`)).not.toBe(before);
    expect(branchLog(gh.state.repo(), BRANCH)).toHaveLength(3);
  });

  it('403 names contents: read when reading and contents: write when writing', async () => {
    gh.faults.add({ method: 'GET', path: /\/git\/ref\//, action: { type: 'forbidden' } });
    await expect(store().read()).rejects.toThrow(/Add `contents: read` under `permissions:`/);
    gh.faults.add({ method: 'POST', path: /\/git\/blobs$/, action: { type: 'forbidden' } });
    await expect(store().append(record(1), 100)).rejects.toThrow(
      /Add `contents: write` under `permissions:`/,
    );
    expect(branchFile(gh.state.repo(), BRANCH, 'churn.jsonl')).toBeUndefined();
  });

  it('an empty repository is explained', async () => {
    fakeGit(gh.state.repo()).empty = true;
    await expect(store().read()).rejects.toThrow(/409 .*at least one commit/);
  });

  it('5,000 runs × 100 metrics: read through the blob endpoint (over the 1 MB inline limit)', async () => {
    const metrics = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`metric_${i}`, 0.123456789 + i]),
    );
    const lines = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ ...record(i + 1), run: { id: `r${i}`, attempt: 1 }, metrics }),
    );
    await writeRaw(`${lines.join('\n')}\n`);
    const size = Buffer.byteLength(branchFile(gh.state.repo(), BRANCH, 'churn.jsonl')!);
    expect(size).toBeGreaterThan(10 * 1024 * 1024);
    const s = store();
    const content = await s.read();
    expect(content.records).toHaveLength(5000);
    const result = await s.append(record(9999), 5000);
    expect(result).toMatchObject({ dropped: 1, runs: 5000, attempts: 1 });
    expect(stored()[0]?.run?.id).toBe('r1');
  }, 60_000);
});

/** Commits `text` as churn.jsonl on the history branch, as another writer would. */
async function writeRaw(text: string): Promise<void> {
  const client = createClient(TEST_TOKEN, repoFor(gh.url), FAST);
  const o = client.octokit;
  const base = { owner: 'octo', repo: 'models' };
  const git = fakeGit(gh.state.repo());
  const tip = git.refs.get(`refs/heads/${BRANCH}`);
  const blob = await o.request('POST /repos/{owner}/{repo}/git/blobs', {
    ...base,
    content: text,
    encoding: 'utf-8',
  });
  const tree = await o.request('POST /repos/{owner}/{repo}/git/trees', {
    ...base,
    ...(tip ? { base_tree: git.commits.get(tip)!.tree } : {}),
    tree: [{ path: 'churn.jsonl', mode: '100644', type: 'blob', sha: blob.data.sha }],
  });
  const commit = await o.request('POST /repos/{owner}/{repo}/git/commits', {
    ...base,
    message: 'other writer',
    tree: tree.data.sha,
    parents: tip ? [tip] : [],
  });
  if (tip)
    await o.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...base,
      ref: `heads/${BRANCH}`,
      sha: commit.data.sha,
    });
  else
    await o.request('POST /repos/{owner}/{repo}/git/refs', {
      ...base,
      ref: `refs/heads/${BRANCH}`,
      sha: commit.data.sha,
    });
}
