/**
 * GitHub edge of model age: the latest successful run of the retraining workflow on the default branch
 * (`GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs?status=success&branch=…`), 1–2 API calls.
 */
import type { GitHubClient } from '../github/client.js';
import { explainFailure, statusOf } from '../github/failures.js';
import type { RepoContext } from '../github/types.js';
import { InputError } from '../errors.js';

export interface SuccessfulRun {
  workflow: string;
  createdAt: string;
  url?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The newest successful run on `branch` (default: the repository's default branch), or undefined. */
export async function latestSuccessfulRun(
  client: GitHubClient,
  repo: RepoContext,
  workflow: string,
  branch?: string,
): Promise<SuccessfulRun | undefined> {
  const base = { owner: repo.owner, repo: repo.repo };
  const action = `looking up the latest successful ${workflow} run (for the model's age)`;
  try {
    let ref = branch;
    if (ref === undefined) {
      const { data } = await client.octokit.request('GET /repos/{owner}/{repo}', base);
      const name = isObject(data) ? data['default_branch'] : undefined;
      if (typeof name !== 'string') throw unexpected('GET /repos/{owner}/{repo}', 'no default_branch');
      ref = name;
    }
    const endpoint = `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/runs`;
    const { data } = await client.octokit.request(
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      {
        ...base,
        workflow_id: workflow,
        status: 'success',
        branch: ref,
        per_page: 10,
        exclude_pull_requests: true,
      },
    );
    const runs: unknown = isObject(data) ? (data as Record<string, unknown>)['workflow_runs'] : undefined;
    if (!Array.isArray(runs)) throw unexpected(endpoint, 'no workflow_runs list');
    // Checked here too: the filter is the server's, the conclusion is what matters.
    const ok = (runs as unknown[]).filter(
      (r): r is Record<string, unknown> =>
        isObject(r) &&
        r['conclusion'] === 'success' &&
        r['head_branch'] === ref &&
        typeof r['created_at'] === 'string',
    );
    const newest = ok.sort((a, b) => String(b['created_at']).localeCompare(String(a['created_at'])))[0];
    if (!newest) return undefined;
    return {
      workflow,
      createdAt: newest['created_at'] as string,
      ...(typeof newest['html_url'] === 'string' ? { url: newest['html_url'] } : {}),
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (statusOf(error) === 404) {
      throw new InputError(
        `${action} failed: GitHub knows no workflow '${workflow}' in ${repo.owner}/${repo.repo} (404)`,
      );
    }
    throw new InputError(explainFailure(error, action, 'actions: read'));
  }
}

function unexpected(endpoint: string, what: string): InputError {
  return new InputError(`GitHub's answer to ${endpoint} is not what the REST API returns (${what})`);
}
