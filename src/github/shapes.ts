/**
 * The shapes retrain-trigger relies on in GitHub's answers, one check per endpoint (see answers.ts). Only
 * the fields we read are checked. Hand-written rather than a JSON Schema of GitHub's OpenAPI description:
 * a handful of fields, and the message names the field and the item that broke.
 */
import type { AnswerCheck, Headers } from './answers.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const isText = (v: unknown) => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === undefined || v === null || typeof v === 'string';

function hasNext(headers: Headers): boolean {
  return /rel="next"/.test(String(headers['link'] ?? ''));
}

function issueProblem(v: unknown): string | undefined {
  if (!isObject(v)) return 'is not an object';
  if (!isCount(v['number'])) return 'has no issue number';
  if (!isText(v['html_url'])) return 'has no html_url';
  if (!isText(v['title'])) return 'has no title';
  if (!isText(v['state'])) return 'has no state';
  if (!Array.isArray(v['labels'])) return 'has no labels list';
  if (!isTextOrNull(v['body'])) return 'has a body that is not text';
  return undefined;
}

function listOf(what: string, item: (v: unknown) => string | undefined): AnswerCheck {
  return (data, headers) => {
    if (!Array.isArray(data)) return `the body is not a list of ${what}`;
    if (data.length === 0 && hasNext(headers)) {
      return 'the page is empty although the link header announces a next page (inconsistent pagination)';
    }
    for (let i = 0; i < data.length; i++) {
      const problem = item(data[i]);
      if (problem) return `item ${i + 1} of the list ${problem}`;
    }
    return undefined;
  };
}

/** `POST/PATCH/GET …/issues/{n}`: one issue. */
export const anIssue: AnswerCheck = (data) => {
  const problem = issueProblem(data);
  return problem ? `the body is not an issue: it ${problem}` : undefined;
};

/** `GET …/issues`: a page of issues. */
export const issueList: AnswerCheck = listOf('issues', issueProblem);

function commentProblem(v: unknown): string | undefined {
  if (!isObject(v)) return 'is not an object';
  if (!isCount(v['id'])) return 'has no comment id';
  if (!isTextOrNull(v['body'])) return 'has a body that is not text';
  return undefined;
}

/** `POST …/comments`: the comment. */
export const aComment: AnswerCheck = (data) => {
  const problem = commentProblem(data);
  return problem ? `the body is not a comment: it ${problem}` : undefined;
};

/** `GET …/comments`: a page of comments. */
export const commentList: AnswerCheck = listOf('comments', commentProblem);

function runProblem(v: unknown): string | undefined {
  if (!isObject(v)) return 'is not an object';
  if (!isCount(v['id'])) return 'has no run id';
  if (!isTextOrNull(v['status'])) return 'has a status that is not text';
  if (!isText(v['created_at']) || Number.isNaN(Date.parse(v['created_at'] as string))) {
    return 'has no valid created_at';
  }
  if (!isText(v['html_url'])) return 'has no html_url';
  return undefined;
}

/** `POST …/issues/{n}/labels`: the issue's labels after adding. */
export const labelList: AnswerCheck = listOf('labels', (v) =>
  isObject(v) && isText(v['name']) ? undefined : 'is not a label with a name',
);

/** `GET …/actions/runs/{run_id}`: one run, whose status and conclusion the monitor follows. */
export const aRun: AnswerCheck = (data) => {
  const problem =
    runProblem(data) ??
    (isObject(data) && !isTextOrNull(data['conclusion']) ? 'has a conclusion that is not text' : undefined);
  return problem ? `the body is not a workflow run: it ${problem}` : undefined;
};

/** `GET …/actions/runs` and `…/workflows/{id}/runs`: `{ total_count, workflow_runs }`. */
export const runList: AnswerCheck = (data, headers) => {
  if (!isObject(data) || !Array.isArray(data['workflow_runs'])) {
    return 'the body is not a list of workflow runs ({ workflow_runs: [...] })';
  }
  return listOf('workflow runs', runProblem)(data['workflow_runs'], headers);
};

/** `GET /repos/{owner}/{repo}`: the default branch is read. */
export const aRepository: AnswerCheck = (data) =>
  isObject(data) && isText(data['default_branch']) && data['default_branch'] !== ''
    ? undefined
    : 'the body is not a repository with a default_branch';

/** `POST …/dispatches` with `return_run_details`: 200 with the run's id, or 204 (nothing to check). */
export const dispatchDetails: AnswerCheck = (data) => {
  if (data === '') return undefined;
  return isObject(data) && isCount(data['workflow_run_id']) ? undefined : 'the body has no workflow_run_id';
};
