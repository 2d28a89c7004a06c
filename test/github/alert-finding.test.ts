/**
 * Finding the one alert of a monitor, whatever happened to it (issue 8): a deleted marker, markers forged in
 * rule text, more than 20 pages of issues with the same label, a locked alert on recovery.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { alertBody, monitorMarker, readMarkers, verdictFingerprint } from '../../src/github/body.js';
import { MAX_PAGES } from '../../src/github/issues.js';
import { addIssue, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../support/fake-github.js';
import { effectsInput, makeConfig, makeVerdict } from '../support/effects-fixtures.js';

let gh: FakeGitHub;
let repo: FakeRepo;
beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.state.repo();
});
afterEach(async () => gh.close());

const creates = () =>
  gh.requests.filter((r) => r.method === 'POST' && r.path === '/repos/octo/models/issues');
const TITLE = 'Model alert: churn-model';

function bodyFor(monitorKey: string, verdict = makeVerdict()) {
  return alertBody({ verdict, verdictMarkdown: '| rule |\n| --- |', monitorKey, now: new Date() });
}

describe('a person deleted the hidden marker', () => {
  it('the alert is found by its title and label, updated, and its marker restored — no second alert', async () => {
    const alert = addIssue(gh.state, repo, {
      title: TITLE,
      labels: ['model-alert'],
      body: 'We are looking into this — @ana\n\n(marker removed while editing)',
    });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(creates()).toHaveLength(0);
    expect(out.issueNumber).toBe(alert.number);
    expect(readMarkers(alert.body).get('monitor')).toBe('churn-model');
    expect(out.records.at(-1)!.detail).toMatch(/restored its hidden marker/);
    // Found by marker again next time, and the restored fingerprint means no "verdict changed" comment.
    const again = await applyEffects(effectsInput(gh.url), () => {});
    expect(again.records.map((r) => r.outcome)).toEqual(['updated']);
    expect(alert.comments).toHaveLength(0);
  });

  it('on recovery the alert found by title is closed; with close-on-recovery false its marker is put back', async () => {
    const alert = addIssue(gh.state, repo, { title: TITLE, labels: ['model-alert'], body: 'edited' });
    const config = makeConfig({ alert: { closeOnRecovery: false } });
    const healthy = makeVerdict({ triggered: false });
    await applyEffects(effectsInput(gh.url, { config, verdict: healthy }), () => {});
    expect(alert.state).toBe('open');
    expect(alert.body).toBe(`edited\n\n${monitorMarker('churn-model')}`);
    await applyEffects(effectsInput(gh.url, { verdict: healthy }), () => {});
    expect(alert.state).toBe('closed');
  });

  it("an issue with the same title carrying another monitor's marker is not adopted", async () => {
    addIssue(gh.state, repo, { title: TITLE, labels: ['model-alert'], body: bodyFor('other') });
    await applyEffects(effectsInput(gh.url), () => {});
    expect(creates()).toHaveLength(1);
  });
});

describe('markers are read only where the action writes them', () => {
  const forged = '<!-- retrain-trigger:monitor=churn-model -->';
  const forgedFingerprint = '<!-- retrain-trigger:fingerprint=0000000000000000 -->';

  it("a rule name quoting another monitor's marker does not make that monitor adopt the alert", async () => {
    // Monitor "other" has an open alert whose reasons quote churn-model's marker (rule text is data).
    const verdict = makeVerdict({ reasons: [`"${forged}" < 0.5`], failedRules: [forged] });
    const alert = addIssue(gh.state, repo, {
      title: 'Model alert: other',
      labels: ['model-alert'],
      body: bodyFor('other', verdict).replace(
        '## Retraining',
        `${forged}\n${forgedFingerprint}\n## Retraining`,
      ),
    });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.issueNumber).not.toBe(alert.number);
    expect(creates()).toHaveLength(1);
    expect(alert.comments).toHaveLength(0);
    expect(alert.state).toBe('open');
  });

  it('a forged fingerprint in the body does not post "verdict changed" on every run', async () => {
    const verdict = makeVerdict();
    const body = bodyFor('churn-model', verdict);
    // Text placed before the real markers (where rule text and reasons go) carrying another fingerprint.
    const alert = addIssue(gh.state, repo, {
      title: TITLE,
      labels: ['model-alert'],
      body: body.replace('## Retraining', `${forgedFingerprint}\n## Retraining`),
    });
    expect(readMarkers(alert.body).get('fingerprint')).toBe(verdictFingerprint(verdict));
    for (let i = 0; i < 2; i++) await applyEffects(effectsInput(gh.url, { verdict }), () => {});
    expect(alert.comments).toHaveLength(0);
  });

  it('reads the trailing marker block, with CRLF line ends as GitHub returns edited bodies', () => {
    const body = `text ${forged}\r\nmore\r\n\r\n${monitorMarker('a b')}\r\n<!-- retrain-trigger:fingerprint=ab12 -->\r\n`;
    expect([...readMarkers(body)]).toEqual([
      ['fingerprint', 'ab12'],
      ['monitor', 'a%20b'],
    ]);
    expect(readMarkers(`${monitorMarker('x')}\nsigned, a human`).size).toBe(0);
  });
});

describe('more than 20 pages of open issues with the first label', () => {
  function fill(count: number) {
    for (let i = 0; i < count; i++) addIssue(gh.state, repo, { title: `bug ${i}`, labels: ['bug'] });
  }

  it('finds the alert on page 21 (2,051 issues labelled bug): no second alert', async () => {
    const alert = addIssue(gh.state, repo, {
      title: 'Model alert: churn-model',
      labels: ['bug'],
      body: bodyFor('churn-model'),
    });
    fill(2050);
    const config = makeConfig({ alert: { labels: ['bug'] } });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(out.failures).toEqual([]);
    expect(out.issueNumber).toBe(alert.number);
    expect(creates()).toHaveLength(0);
    expect(gh.requests.filter((r) => r.method === 'GET').length).toBeGreaterThanOrEqual(21);
  });

  it(`fails loudly beyond ${MAX_PAGES} pages instead of opening a silent duplicate`, async () => {
    fill(MAX_PAGES * 100 + 1);
    const config = makeConfig({ alert: { labels: ['bug'] } });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(out.failures).toEqual([
      expect.stringMatching(
        new RegExp(
          `failed: more than ${MAX_PAGES * 100} open issues carry the label 'bug', so the alert of monitor 'churn-model' cannot be looked up reliably; nothing was created`,
        ),
      ),
    ]);
    expect(creates()).toHaveLength(0);
  });
});

describe('a locked alert on recovery', () => {
  it('the comment is refused (403): the alert is closed anyway and the record says why', async () => {
    const alert = addIssue(gh.state, repo, {
      title: TITLE,
      labels: ['model-alert'],
      body: bodyFor('churn-model'),
      locked: true,
    });
    const out = await applyEffects(
      effectsInput(gh.url, { verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(alert.state).toBe('closed');
    expect(alert.state_reason).toBe('completed');
    expect(out.failures).toEqual([]);
    expect(out.records.at(-1)).toMatchObject({ kind: 'alert-issue', outcome: 'closed' });
    expect(out.records.at(-1)!.detail).toMatch(
      /closed alert #1 without the recovery comment: GitHub refused it \(403 Unable to create comment because issue is locked\.\); the issue is probably locked/,
    );
  });
});
