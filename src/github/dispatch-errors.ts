/** Teaching sentences for a dispatch that could not be checked or sent (see failures.ts for the general ones). */
import type { DispatchConfig } from '../config/types.js';
import type { RepoTarget } from '../config/dispatch-checks.js';
import { explainFailure, githubMessage, isAmbiguous, statusOf } from './failures.js';

type Target = RepoTarget;

export function explainRead(
  error: unknown,
  what: string,
  target: Target,
  dispatch: DispatchConfig,
  ref: string | undefined,
): string {
  const action = `Checking runs of ${what} before dispatching`;
  if (statusOf(error) === 404) return notFound(target, dispatch, action, ref);
  return explainFailure(error, action, 'actions: read');
}

export function explainWrite(
  error: unknown,
  what: string,
  target: Target,
  dispatch: DispatchConfig,
  ref: string | undefined,
  runsPage: string,
): string {
  const action = `Dispatching ${what}`;
  const status = statusOf(error);
  if (isAmbiguous(error)) {
    return `${action}: GitHub's answer was lost (${githubMessage(error)}); the run may or may not have started — check ${runsPage}. Not retried, to avoid starting retraining twice; the next monitor run's cooldown check sees a run that did start.`;
  }
  if (status === 404) return notFound(target, dispatch, action, ref);
  if (status === 422) return `${action} failed: GitHub refused it (422 ${githubMessage(error)}).`;
  return explainFailure(error, action, dispatch.workflow ? 'actions: write' : 'contents: write');
}

function notFound(target: Target, dispatch: DispatchConfig, action: string, ref?: string): string {
  const repo = `${target.owner}/${target.repo}`;
  if (dispatch.workflow) {
    const file = /^\d+$/.test(dispatch.workflow)
      ? `The workflow with id ${dispatch.workflow}`
      : `The workflow file .github/workflows/${dispatch.workflow}`;
    return `${action} failed: GitHub answered 404 for workflow '${dispatch.workflow}' in ${repo}. ${file} must exist on ${ref ? `'${ref}'` : 'the default branch'} and declare \`on: workflow_dispatch\` (and the token must be able to see ${repo}).`;
  }
  return `${action} failed: GitHub answered 404 for repository ${repo}: it does not exist or the token cannot see it (another repository needs a PAT or GitHub App token with \`contents: write\` there).`;
}
