/**
 * Fake GitHub routes the retraining loop uses besides those in fake-github-routes.ts: one workflow run by id
 * (its status and conclusion, which tests change between monitor runs) and an issue's labels.
 */
import { runJson, type FakeRepo, type FakeState } from './fake-github-state.js';
import type { FakeRequest, FakeResponse } from './fake-github-routes.js';

const notFound = (): FakeResponse => ({ status: 404, body: { message: 'Not Found' } });

/** The answer for `rest` (the path after /repos/{owner}/{repo}), or undefined when it is not ours. */
export function loopRoute(
  state: FakeState,
  repo: FakeRepo,
  req: FakeRequest,
  rest: string,
): FakeResponse | undefined {
  let m = /^\/actions\/runs\/(\d+)$/.exec(rest);
  if (m && req.method === 'GET') {
    const run = repo.runs.find((r) => r.id === Number(m?.[1]));
    return run ? { status: 200, body: runJson(state, repo, run) } : notFound();
  }
  m = /^\/issues\/comments\/(\d+)$/.exec(rest);
  if (m && req.method === 'DELETE') {
    for (const issue of repo.issues) {
      const at = issue.comments.findIndex((c) => c.id === Number(m?.[1]));
      if (at >= 0) {
        issue.comments.splice(at, 1);
        return { status: 204 };
      }
    }
    return notFound();
  }
  m = /^\/issues\/(\d+)\/labels(?:\/([^/]+))?$/.exec(rest);
  if (!m) return undefined;
  const issue = repo.issues.find((i) => i.number === Number(m?.[1]));
  if (!issue) return notFound();
  const labelsJson = () => ({
    status: 200,
    body: issue.labels.map((name) => ({ name, color: repo.labels.get(name)?.color ?? 'ededed' })),
  });
  if (req.method === 'POST' && m[2] === undefined) {
    const labels = req.body['labels'];
    if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string')) {
      return { status: 422, body: { message: 'Invalid request: labels must be a list of names' } };
    }
    for (const name of labels as string[]) if (!issue.labels.includes(name)) issue.labels.push(name);
    return labelsJson();
  }
  if (req.method === 'DELETE' && m[2] !== undefined) {
    const name = decodeURIComponent(m[2]);
    if (!issue.labels.includes(name)) return { status: 404, body: { message: 'Label does not exist' } };
    issue.labels = issue.labels.filter((l) => l !== name);
    return labelsJson();
  }
  return undefined;
}
