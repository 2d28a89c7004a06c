/**
 * Answers that arrive broken (issue 8 "Duplicates and lost updates"): truncated or empty 200 pages, malformed
 * or redirected answers to "create issue", bodies that trickle in. Each is a read error (retried) or a clear
 * failure naming the endpoint — never an empty list, never a duplicate.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { alertBody } from '../../src/github/body.js';
import { addIssue, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../support/fake-github.js';
import { effectsInput, makeVerdict } from '../support/effects-fixtures.js';

let gh: FakeGitHub;
let repo: FakeRepo;
beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.state.repo();
});
afterEach(async () => gh.close());

const ISSUES = '/repos/octo/models/issues';
const COMMENTS = /\/issues\/\d+\/comments$/;
const creates = () => gh.requests.filter((r) => r.method === 'POST' && r.path === ISSUES);

/** An open alert of monitor churn-model, as the action writes it. */
function openAlert() {
  const body = alertBody({
    verdict: makeVerdict(),
    verdictMarkdown: '| rule |\n| --- |',
    monitorKey: 'churn-model',
    now: new Date(),
  });
  return addIssue(gh.state, repo, { title: 'Model alert: churn-model', labels: ['model-alert'], body });
}

describe('the issue list', () => {
  it('a truncated 200 page (content-length 5000-ish, 22 bytes arrive) is retried, not read as "no alert"', async () => {
    openAlert();
    gh.faults.add({ method: 'GET', path: ISSUES, action: { type: 'truncate', bytes: 22 } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(creates()).toHaveLength(0);
    expect(repo.issues).toHaveLength(1);
    expect(out.issueNumber).toBe(1);
    expect(gh.faults.pending).toHaveLength(0);
  });

  it('`[]` with a link to a next page is retried', async () => {
    openAlert();
    gh.faults.add({ method: 'GET', path: ISSUES, action: { type: 'empty-page' } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(creates()).toHaveLength(0);
    expect(out.issueNumber).toBe(1);
  });

  it('when every attempt is broken: a failure naming the endpoint, and nothing created', async () => {
    openAlert();
    gh.faults.add({ method: 'GET', path: ISSUES, times: 99, action: { type: 'truncate' } });
    const truncated = await applyEffects(effectsInput(gh.url), () => {});
    expect(truncated.failures).toEqual([
      expect.stringMatching(
        /^Listing open issues .* failed: GET \/repos\/\{owner\}\/\{repo\}\/issues answered 200 but the body was cut short/,
      ),
    ]);
    gh.faults.clear();
    gh.faults.add({ method: 'GET', path: ISSUES, times: 99, action: { type: 'empty-page' } });
    const empty = await applyEffects(effectsInput(gh.url), () => {});
    expect(empty.failures[0]).toMatch(/the page is empty although the link header announces a next page/);
    gh.faults.clear();
    gh.faults.add({
      method: 'GET',
      path: ISSUES,
      times: 99,
      action: { type: 'body', body: '{"message":"ok"}' },
    });
    const shape = await applyEffects(effectsInput(gh.url), () => {});
    expect(shape.failures[0]).toMatch(/answered 200 but the body is not a list of issues/);
    expect(creates()).toHaveLength(0);
    expect(repo.issues).toHaveLength(1);
  });
});

describe('the comment list of the nonce check', () => {
  it('a lost comment answer followed by a truncated comment list does not post the comment twice', async () => {
    const alert = openAlert();
    gh.faults.add(
      { method: 'POST', path: COMMENTS, action: { type: 'reset', after: true } },
      { method: 'GET', path: COMMENTS, action: { type: 'truncate', bytes: 10 } },
      { method: 'GET', path: COMMENTS, action: { type: 'empty-page' } },
    );
    const out = await applyEffects(
      effectsInput(gh.url, { verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(out.failures).toEqual([]);
    expect(alert.comments).toHaveLength(1);
    expect(alert.state).toBe('closed');
  });
});

describe('the answer to "create issue"', () => {
  for (const [what, action] of [
    ['malformed JSON', { type: 'body', status: 201, body: '{"number": 1, "html_', perform: true }],
    ['a truncated body', { type: 'truncate', bytes: 30 }],
    ['a body of the wrong shape', { type: 'body', status: 201, body: '[]', perform: true }],
  ] as const) {
    it(`${what}: the issue is found by its marker, issue-number is set, no duplicate, no crash`, async () => {
      gh.faults.add({ method: 'POST', path: ISSUES, action });
      const lines: string[] = [];
      const out = await applyEffects(effectsInput(gh.url), (l) => lines.push(l));
      expect(out.failures).toEqual([]);
      expect(repo.issues).toHaveLength(1);
      expect(creates()).toHaveLength(1);
      expect(out.issueNumber).toBe(1);
      expect(out.records.find((r) => r.outcome === 'created')!.detail).toMatch(/answer was lost/);
    });
  }

  it('a 301 on the write is an error naming the redirect; nothing is created and no GET follows it', async () => {
    gh.faults.add({
      method: 'POST',
      path: ISSUES,
      action: { type: 'redirect', location: `${gh.url}/repos/octo/renamed/issues` },
    });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([
      expect.stringMatching(
        /^Creating the alert issue .* failed: POST \/repos\/\{owner\}\/\{repo\}\/issues was answered with a redirect \(301 to http:\/\/127\.0\.0\.1:\d+\/repos\/octo\/renamed\/issues\); a write is never followed/,
      ),
    ]);
    expect(out.issueNumber).toBeUndefined();
    expect(repo.issues).toHaveLength(0);
    expect(gh.requests.some((r) => r.path.includes('/renamed/'))).toBe(false);
  });
});

describe('the time budget covers slow bodies', () => {
  it('headers at once, then one byte every 400 ms: the budget (1.5 s) ends the exchange', async () => {
    openAlert();
    gh.faults.add({ method: 'GET', path: ISSUES, times: 99, action: { type: 'slow-body', intervalMs: 400 } });
    const started = Date.now();
    const out = await applyEffects(effectsInput(gh.url, { client: { budgetMs: 1500 } }), () => {});
    const took = Date.now() - started;
    expect(took).toBeLessThan(3000);
    expect(out.failures).toEqual([
      expect.stringMatching(
        /failed: the time budget for GitHub API calls \(1\.5 s\) is used up .* while waiting for GET \/repos\/\{owner\}\/\{repo\}\/issues/,
      ),
    ]);
    expect(creates()).toHaveLength(0);
  });
});
