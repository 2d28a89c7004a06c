import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import {
  alertBody,
  alertTitle,
  fitMarkdown,
  hasMonitorMarker,
  MAX_BODY_CHARS,
  monitorMarker,
  readFingerprint,
  changedComment,
  nonceMarker,
  verdictFingerprint,
} from '../../src/github/body.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { effectsInput, makeConfig, makeVerdict } from '../support/effects-fixtures.js';

const NASTY = 'x @octocat #123 owner/repo#1 <img src=x onerror=alert(1)> a|b ``` `run` [l](http://e) \n# h';

/** True when `text` contains a live mention / reference / raw tag that GitHub would resolve or render. */
function live(text: string): string[] {
  const found: string[] = [];
  if (/(^|[^\w\u200b])@octocat/.test(text)) found.push('@mention');
  if (/(^|[^\w])#123/.test(text)) found.push('#123');
  if (/owner\/repo#1/.test(text)) found.push('owner/repo#1');
  if (/(?<!\\)<img/.test(text)) found.push('<img>');
  return found;
}

describe('markers and fingerprint', () => {
  it('percent-encodes the key so `-->` cannot end the marker, and keys do not prefix-match', () => {
    const marker = monitorMarker('evil --> <b>x</b>');
    expect(marker).toBe('<!-- retrain-trigger:monitor=evil%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(hasMonitorMarker(monitorMarker('ab'), 'a')).toBe(false);
    expect(hasMonitorMarker(`text\n${monitorMarker('a')}`, 'a')).toBe(true);
  });

  it('fingerprint depends on the set of failed rules and drifted features, not order or numbers', () => {
    const a = makeVerdict({ failedRules: ['x', 'y'], drifted: ['age'], reasons: ['one'] });
    const b = makeVerdict({ failedRules: ['y', 'x'], drifted: ['age'], reasons: ['two'] });
    const c = makeVerdict({ failedRules: ['x'], drifted: ['age'] });
    expect(verdictFingerprint(a)).toBe(verdictFingerprint(b));
    expect(verdictFingerprint(a)).not.toBe(verdictFingerprint(c));
    const body = alertBody({ verdict: a, verdictMarkdown: '', monitorKey: 'm', now: new Date(0) });
    expect(readFingerprint(body)).toBe(verdictFingerprint(a));
  });
});

describe('title', () => {
  it('strips control characters and newlines, breaks mentions and references, caps at 256', () => {
    const title = alertTitle('Alert {monitor}\r\n\u0007 for {monitor}', '@octocat #123');
    expect(title).toBe('Alert @\u200boctocat #\u200b123 for @\u200boctocat #\u200b123');
    expect(live(title)).toEqual([]);
    const long = alertTitle('{monitor}', 'm'.repeat(1000));
    expect(long.length).toBeLessThanOrEqual(256);
    expect(alertTitle('{monitor}', '\n\n')).toBe('Model alert');
  });
});

describe('truncation', () => {
  it('cuts a huge verdict at a line end, closes an open fence and points to the full report', () => {
    const markdown = '```\n' + 'line of text\n'.repeat(10_000);
    const fitted = fitMarkdown(markdown, 5000);
    expect(fitted.length).toBeLessThanOrEqual(5000);
    expect(fitted).toMatch(
      /```\n\n> \[!NOTE\]\n> The verdict above was cut .* job summary and the report file/,
    );
    expect(fitMarkdown('short', 5000)).toBe('short');
  });
});

describe('comments', () => {
  it('a huge "verdict changed" comment is cut but keeps its nonce (the lost-answer lookup needs it)', () => {
    const drifted = Array.from({ length: 20_000 }, (_, i) => `feature_${i}`);
    const comment = changedComment(makeVerdict({ drifted }), undefined, 'n-1');
    expect(comment.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(comment.endsWith(nonceMarker('n-1'))).toBe(true);
  });
});

describe('against the server', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(async () => gh.close());

  it('keeps a 200,000-character verdict under 65,536 and the server accepts it', async () => {
    const verdictMarkdown = '| a | b |\n| --- | --- |\n' + '| feature | 0.123456789 |\n'.repeat(8000);
    const out = await applyEffects(effectsInput(gh.url, { verdictMarkdown }), () => {});
    expect(out.failures).toEqual([]);
    const body = gh.state.repo().issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toContain('full report is in the job summary');
    expect(body).toContain(monitorMarker('churn-model'));
  });

  it('the fake server refuses bodies over 65,536 characters like GitHub does', async () => {
    const { octokit } = (await import('../../src/github/client.js')).createClient(
      't',
      {
        owner: 'octo',
        repo: 'models',
        serverUrl: 'https://github.com',
        apiUrl: gh.url,
      },
      { writeSpacingMs: 0 },
    );
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner: 'octo',
        repo: 'models',
        title: 't',
        body: 'x'.repeat(65_537),
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('neutralises mentions, references, HTML, pipes and backticks from data in title, body and comments', async () => {
    const config = makeConfig({ monitorKey: NASTY, alert: { title: 'Alert: {monitor}' } });
    const verdict = makeVerdict({ failedRules: [NASTY], reasons: [`rule ${NASTY}`], drifted: [NASTY] });
    await applyEffects(
      effectsInput(gh.url, { config, verdict, verdictMarkdown: 'escaped upstream' }),
      () => {},
    );
    const issue = gh.state.repo().issues[0]!;
    // Titles are shown as plain text (GitHub escapes HTML there), so only pings and references matter.
    expect(live(issue.title).filter((t) => t !== '<img>')).toEqual([]);
    expect(issue.title).not.toMatch(/[\r\n]/);
    // The body minus the marker (which is percent-encoded, inside an HTML comment).
    const visible = issue.body.replace(/<!-- retrain-trigger:[^\n]* -->/g, '');
    expect(live(visible)).toEqual([]);
    expect(visible).toContain('a\\|b');
    expect(visible).toContain('\\`\\`\\`');
    expect(visible).not.toMatch(/\n# h/);
    expect(hasMonitorMarker(issue.body, NASTY)).toBe(true);

    // Recovery and "verdict changed" comments.
    const changed = makeVerdict({ failedRules: [NASTY, 'second'], reasons: [NASTY], drifted: [NASTY] });
    await applyEffects(effectsInput(gh.url, { config, verdict: changed }), () => {});
    await applyEffects(
      effectsInput(gh.url, { config, verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    const comments = issue.comments.map((c) => c.body.replace(/<!-- retrain-trigger:[^\n]* -->/g, ''));
    expect(comments).toHaveLength(2);
    for (const comment of comments) expect(live(comment)).toEqual([]);
    expect(comments[0]).toContain('a\\|b');
  });
});
