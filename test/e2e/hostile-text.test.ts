/* eslint-disable no-control-regex -- these tests look for control characters */
/**
 * Hostile text through dist/index.js as the runner runs it: names, rule text and server messages that try to
 * issue workflow commands, link or ping on GitHub, hide behind direction overrides, forge the hidden marker,
 * or carry the token back out.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { makeWorkspace, runAction, type ActionRun } from './run-action.js';

const TOKEN = 'ghs_e2e_hostile_token_value';

/** Lines the runner would read as commands: `::cmd::` after leading spaces, or `##[cmd]` anywhere. */
function commandLines(run: ActionRun): string[] {
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => line.includes('##[') || line.trimStart().startsWith('::'));
}

/** The commands @actions/core itself writes; their data must hold no further command. */
const OWN_COMMAND = /^::(error|warning|debug|add-mask)::/;

describe('hostile text (dist/index.js)', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  it('no name reaches the log as a workflow command, in either syntax', async () => {
    const names = ['##[add-mask]accuracy', '##[stop-commands]tok', 'x ##[error]forged', '::error::forged'];
    const ws = makeWorkspace({
      'metrics.json': JSON.stringify(Object.fromEntries(names.map((n) => [n, 0.5]))),
    });
    const rules = names.map((n) => `${JSON.stringify(n)} < 0.85`).join('\n');
    const due = await runAction({ metrics: 'metrics.json', rules, 'fail-on-trigger': 'true' }, ws);
    expect(due.code, due.stdout).toBe(1);
    // A rule that does not parse: the error message quotes the name.
    const bad = await runAction({ metrics: 'metrics.json', rules: '"##[add-mask]accurac" < 0.8' }, ws);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('unknown metric "##');
    for (const run of [due, bad]) {
      const commands = commandLines(run);
      expect(commands.length).toBeGreaterThan(0);
      for (const line of commands) {
        expect(line, line).toMatch(OWN_COMMAND);
        expect(line.replace(OWN_COMMAND, ''), line).not.toMatch(/##\[|::/);
      }
    }
  });

  it('names and rule text neither link, ping, hide nor forge a marker in the summary, title or body', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const forged = '<!-- retrain-trigger:monitor=other -->';
    const names = ['GH-42', 'see https://github.com/o/r/issues/9', 'evil\u202egnp', 'nul\u0000byte', forged];
    const ws = makeWorkspace({
      'metrics.json': JSON.stringify(Object.fromEntries(names.map((n) => [n, 0.5]))),
    });
    // Quoted names in rules cannot hold a NUL (an environment variable cannot): that one is only a metric.
    const rules = names
      .filter((n) => !n.includes('\u0000'))
      .map((n) => `${JSON.stringify(n)} < 0.85`)
      .join('\n');
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules,
        'alert-issue': 'true',
        'monitor-key': 'churn GH-7 \u202eyek',
        'issue-title': 'Alert {monitor} https://github.com/o/r/issues/9',
      },
      ws,
      { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/models', 'INPUT_GITHUB-TOKEN': TOKEN },
    );
    expect(run.code, run.stdout).toBe(0);
    const [issue] = github.state.repo().issues;
    expect(issue).toBeDefined();
    for (const text of [run.summary, issue?.title ?? '', issue?.body ?? '']) {
      // GitHub links nothing inside code spans (where rule expressions are shown); everywhere else, nothing.
      const outsideCode = text.replace(/(`+)(?:(?!\1).)+\1/g, '');
      expect(outsideCode).not.toMatch(/\bgh-\d/i);
      expect(outsideCode).not.toContain('https://github.com/o/r/issues/9');
      expect(text).not.toMatch(/[\u0000\u202e]/);
      expect(text).not.toContain('<!-- retrain-trigger:monitor=other');
      expect(text).not.toContain('other -->');
    }
    // Exactly one marker in the body: ours.
    expect(issue?.body?.match(/<!-- retrain-trigger:monitor=/g)).toHaveLength(1);
  });

  it('a server that echoes the Authorization header: the token reaches no report, summary, body or log', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const echo = `Validation failed: header "Authorization: token ${TOKEN}" not allowed`;
    github.faults.add({
      method: 'POST',
      path: /\/dispatches$/,
      action: { type: 'status', status: 422, message: echo },
    });
    const ws = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.5 }) });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules: 'accuracy < 0.85',
        'alert-issue': 'true',
        'dispatch-workflow': 'retrain.yml',
      },
      ws,
      { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/models', 'INPUT_GITHUB-TOKEN': TOKEN },
    );
    expect(run.code, run.stdout).toBe(1);
    const report = readFileSync(run.outputs.report as string, 'utf8');
    expect(report).toContain('Validation failed');
    const [issue] = github.state.repo().issues;
    const log = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [report, run.summary, log, issue?.body ?? '']) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('hostile\\_token');
      expect(text).not.toContain('hostile_token');
    }
    expect(report).toContain('***');
    expect(run.summary).toContain('\\*\\*\\*');
  });
});
