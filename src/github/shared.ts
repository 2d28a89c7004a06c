/**
 * What several monitors of one run share on GitHub: one client (one time budget, one pacing of writes, as
 * GitHub asks of a single integration) and one listing of the open alert issues per label. Each monitor's alert
 * lookup reads its own issue out of that listing by its hidden marker, so the cost of finding alerts does not
 * grow with the number of monitors. Re-checks after a write (lost answers, races) still list afresh.
 */
import { createClient, type ClientOptions, type GitHubClient } from './client.js';
import type { DispatchReads } from './dispatch.js';
import { ensureLabel, listOpenIssues, type IssueRef, type RepoRef } from './issues.js';
import { listRetrainingRuns, type ListedRun } from './race.js';
import { aRepository } from './shapes.js';
import type { RepoContext } from './types.js';

export interface SharedGitHub {
  client: GitHubClient;
  /** The open issues under `label`, listed once for the whole run (a failed listing fails every reader). */
  openIssues(label: string | undefined): Promise<IssueRef[]>;
  /** Make sure a label exists, once per label for the whole run. */
  ensureLabel(label: string, log: (line: string) => void): Promise<void>;
  /** A repository's default branch and a workflow's runs, read once for every monitor dispatching there. */
  dispatchReads: DispatchReads;
}

export function shareGitHub(token: string, repo: RepoContext, options: ClientOptions = {}): SharedGitHub {
  const client = createClient(token, repo, options);
  const where: RepoRef = { owner: repo.owner, repo: repo.repo };
  const listings = new Map<string, Promise<IssueRef[]>>();
  const labels = new Map<string, Promise<void>>();
  const branches = new Map<string, Promise<string>>();
  const runs = new Map<string, Promise<ListedRun[]>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
    let value = cache.get(key);
    if (!value) {
      value = read();
      cache.set(key, value);
    }
    return value;
  };
  return {
    dispatchReads: {
      defaultBranch: (target) =>
        once(branches, `${target.owner}/${target.repo}`, async () => {
          const { data } = await client.octokit.request('GET /repos/{owner}/{repo}', {
            ...target,
            request: { answer: aRepository },
          });
          return data.default_branch;
        }),
      runs: (target, dispatch) =>
        once(
          runs,
          `${target.owner}/${target.repo}|${dispatch.workflow ?? ''}|${dispatch.eventType ?? ''}`,
          () => listRetrainingRuns(client, target, dispatch),
        ),
    },
    client,
    openIssues(label) {
      const name = label ?? '';
      let listing = listings.get(name);
      if (!listing) {
        listing = listOpenIssues(client, where, label, `the alerts of this run's monitors`);
        listings.set(name, listing);
      }
      return listing;
    },
    ensureLabel(label, log) {
      let done = labels.get(label);
      if (!done) {
        done = ensureLabel(client, where, label, log);
        labels.set(label, done);
      }
      return done;
    },
  };
}
