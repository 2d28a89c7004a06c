/**
 * From dist/index.js as the runner runs it: three monitors in one run — churn depends on features, fraud retrains
 * through a command — against the loopback GitHub and Slack-, Teams-, PagerDuty- and webhook-shaped receivers
 * (the Teams one checks every card with Microsoft's Adaptive Cards parser), over a sequence of runs with a re-run
 * and lost answers: the right issues, dispatches, commands and notifications, nothing twice, no secret anywhere.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { teamsPayloadProblems } from '../support/teams-card.js';
import { makeWorkspace, NODE, ROOT, runAction } from './run-action.js';

const TOKEN = 'ghs_monitorsE2EtokenSECRET';
const SLACK_SECRET = 'T11/B22/monitorsSLACKsecret';
const TEAMS_SECRET = 'teamsSIGsecret31337';
const ROUTING_KEY = 'pdMONITORSroutingKEY';
const HMAC_KEY = 'hmacMONITORSkey';

let github: FakeGitHub;
let slack: Receiver;
let teams: Receiver;
let pagerduty: Receiver;
let webhook: Receiver;
beforeAll(async () => {
  github = await startFakeGitHub({
    token: TOKEN,
    repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['model'], runName: 'Retrain {model}' }] }],
  });
  slack = await startReceiver({ status: 200, body: 'ok' });
  teams = await startReceiver({ status: 202 }, teamsPayloadProblems);
  pagerduty = await startReceiver({ status: 202, body: '{"status":"success","message":"Event processed"}' });
  webhook = await startReceiver({ status: 200 });
});
afterAll(async () => {
  await Promise.all([github.close(), slack.close(), teams.close(), pagerduty.close(), webhook.close()]);
});

const CONFIG = `
rules: ['accuracy < 0.85']
alert: {enabled: true}
state-file: state/ledger.jsonl
monitors:
  - key: features
    metrics: features.json
    dispatch: {workflow: retrain.yml, cooldown: '0', inputs: {model: '{monitor}'}}
  - key: churn
    metrics: churn.json
    depends-on: features
    dispatch: {workflow: retrain.yml, cooldown: '0', inputs: {model: '{monitor}'}}
  - key: fraud
    metrics: fraud.json
    command: ['${NODE}', '-e', 'console.log("retraining " + process.env.RETRAIN_TRIGGER_MONITOR + " " + process.env.RETRAIN_TRIGGER_STATUS)']
`;

const events = (r: Receiver, from = 0) =>
  r.requests.slice(from).map((q) => {
    const body = JSON.parse(q.body);
    return (
      body.event ??
      body.event_action ??
      body.blocks?.[0]?.text?.text ??
      body.attachments?.[0]?.content?.body?.[0]?.inlines?.[0]?.text
    );
  });

describe('monitors: from dist/index.js', () => {
  it('three monitors, one depending on another, over a sequence of runs', async () => {
    const ws = makeWorkspace({ 'rt.yml': CONFIG });
    const accuracy = (values: Record<string, number>) => {
      for (const [name, value] of Object.entries(values))
        writeFileSync(path.join(ws, `${name}.json`), JSON.stringify({ accuracy: value }));
    };
    accuracy({ features: 0.8, churn: 0.9, fraud: 0.95 });
    const inputs = {
      config: 'rt.yml',
      'github-token': TOKEN,
      'slack-webhook-url': `${slack.url}/services/${SLACK_SECRET}`,
      'teams-webhook-url': `${teams.url}/workflows/${TEAMS_SECRET}`,
      'pagerduty-routing-key': ROUTING_KEY,
      'pagerduty-url': `${pagerduty.url}/v2/enqueue`,
      'webhook-url': `${webhook.url}/hook`,
      'webhook-secret': HMAC_KEY,
    };
    const env = { GITHUB_REPOSITORY: 'octo/models', GITHUB_API_URL: github.url, GITHUB_RUN_ID: '601' };
    const repo = github.state.repo();
    const texts: string[] = [];
    const keep = (run: Awaited<ReturnType<typeof runAction>>) => {
      texts.push(
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        run.stderr,
        run.summary,
      );
      texts.push(readFileSync(run.outputs.report as string, 'utf8'));
      for (const m of Object.values(JSON.parse(run.outputs.monitors as string)) as { report: string }[])
        texts.push(readFileSync(m.report, 'utf8'));
      return run;
    };

    // 1. features is due; churn depends on it. Every answer of PagerDuty about churn is lost this run (its
    // retries included), and Slack's first answer.
    let churnDrops = 3;
    pagerduty.rule = (r) =>
      JSON.parse(r.body).dedup_key === 'churn' && churnDrops-- > 0 ? 'drop' : undefined;
    slack.replies.push('drop');
    const first = keep(await runAction(inputs, ws, env));
    expect(first.code).toBe(0);
    expect(first.outputs.status).toBe('due');
    expect(first.outputs.triggered).toBe('true');
    const monitors = JSON.parse(first.outputs.monitors as string);
    expect(
      Object.fromEntries(Object.entries(monitors).map(([k, m]) => [k, (m as { status: string }).status])),
    ).toEqual({
      features: 'due',
      churn: 'due',
      fraud: 'healthy',
    });
    expect(monitors.churn.reasons).toEqual([
      "upstream model 'features' is due, and this model depends on it",
    ]);
    expect(monitors.features.dispatched).toBe(true);
    expect(monitors.churn.issue.number).toBeGreaterThan(0);
    expect(JSON.parse(first.outputs.reasons as string)).toEqual([
      'features: accuracy = 0.8 < 0.85',
      "churn: upstream model 'features' is due, and this model depends on it",
    ]);
    expect(first.summary).toMatch(/^### retrain-trigger: 3 monitors — 2 due, 1 healthy/);
    expect(first.summary.match(/<details><summary><b>/g)).toHaveLength(3);
    expect(repo.issues.map((i) => [i.title, i.state]).sort()).toEqual([
      ['Model needs retraining: churn', 'open'],
      ['Model needs retraining: features', 'open'],
    ]);
    expect(repo.runs.map((r) => [r.display_title, r.status]).sort()).toEqual([
      ['Retrain churn', 'queued'],
      ['Retrain features', 'queued'],
    ]);
    expect(slack.requests).toHaveLength(2);
    expect(teams.requests).toHaveLength(2);
    expect(teams.requests.flatMap((r) => r.problems)).toEqual([]);
    expect(pagerduty.requests).toHaveLength(1 + 3);
    expect(webhook.requests).toHaveLength(2);
    expect(first.stdout).not.toMatch(/retraining fraud/);

    // 2. A re-run of the same workflow run: nothing is created, dispatched or sent again — except the PagerDuty
    // event whose answer was lost, re-sent with the same dedup_key (PagerDuty drops a duplicate); Slack's lost
    // answer counts as delivered (Slack has no idempotency key).
    const rerun = keep(await runAction(inputs, ws, env));
    expect(rerun.code).toBe(0);
    expect(repo.issues).toHaveLength(2);
    expect(repo.runs).toHaveLength(2);
    expect(slack.requests).toHaveLength(2);
    expect(teams.requests).toHaveLength(2);
    expect(webhook.requests).toHaveLength(2);
    expect(pagerduty.requests).toHaveLength(5);
    expect(JSON.parse(pagerduty.requests[4]!.body)).toMatchObject({
      event_action: 'trigger',
      dedup_key: 'churn',
    });
    expect(rerun.stdout).toMatch(
      /slack: the answer to the 'opened' message of .* was lost; it is counted as delivered/,
    );

    // 3. fraud is due too: its command runs; the answer to creating its issue is lost (found by its marker).
    accuracy({ fraud: 0.7 });
    github.faults.add({ method: 'POST', path: /\/issues$/, action: { type: 'reset', after: true } });
    const third = keep(await runAction(inputs, ws, { ...env, GITHUB_RUN_ID: '602' }));
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('retraining fraud due');
    expect(repo.issues.filter((i) => i.title === 'Model needs retraining: fraud')).toHaveLength(1);
    expect(repo.runs).toHaveLength(2);
    expect(events(slack, 2)).toHaveLength(1);
    expect(events(webhook, 2)).toEqual(['opened']);

    // 4. features' retraining failed for good (the retraining follow-up labels its alert): escalated, once.
    const featuresIssue = repo.issues.find((i) => i.title === 'Model needs retraining: features')!;
    featuresIssue.labels.push('retraining-failed');
    const fourth = keep(await runAction(inputs, ws, { ...env, GITHUB_RUN_ID: '603' }));
    expect(fourth.code).toBe(0);
    expect(events(webhook, 3)).toEqual(['escalated']);
    expect(JSON.parse(webhook.requests[3]!.body).monitor).toBe('features');
    expect(JSON.parse(pagerduty.requests.at(-1)!.body).payload.severity).toBe('critical');
    expect(teams.requests.flatMap((r) => r.problems)).toEqual([]);
    keep(await runAction(inputs, ws, { ...env, GITHUB_RUN_ID: '604' }));
    expect(webhook.requests).toHaveLength(4);

    // 5. Everything recovers: three alerts close, three recoveries per target, PagerDuty resolves each key.
    accuracy({ features: 0.9, fraud: 0.9 });
    const healthy = keep(await runAction(inputs, ws, { ...env, GITHUB_RUN_ID: '605' }));
    expect(healthy.code).toBe(0);
    expect(healthy.outputs.status).toBe('healthy');
    expect(repo.issues.map((i) => i.state)).toEqual(['closed', 'closed', 'closed']);
    expect(events(webhook, 4).sort()).toEqual(['recovered', 'recovered', 'recovered']);
    expect(
      pagerduty.requests
        .slice(-3)
        .map((r) => JSON.parse(r.body))
        .map((b) => [b.event_action, b.dedup_key])
        .sort(),
    ).toEqual([
      ['resolve', 'churn'],
      ['resolve', 'features'],
      ['resolve', 'fraud'],
    ]);
    expect(teams.requests.flatMap((r) => r.problems)).toEqual([]);

    // No secret in any log, summary, report, issue body, comment or the state file.
    texts.push(readFileSync(path.join(ws, 'state/ledger.jsonl'), 'utf8'));
    for (const issue of repo.issues) texts.push(issue.body, ...issue.comments.map((c) => c.body));
    for (const text of texts) {
      for (const secret of [TOKEN, SLACK_SECRET, TEAMS_SECRET, ROUTING_KEY, HMAC_KEY])
        expect(text).not.toContain(secret);
    }
  }, 180_000);

  it('a config error names the monitor, and nothing is done', async () => {
    const ws = makeWorkspace({
      'rt.yml': `rules: ['accuracy < 0.85']\nmonitors:\n  - {key: a, metrics: a.json}\n  - {key: b, metrics: b.json, depends-on: [c]}\n  - {key: c, metrics: c.json, depends-on: b}\n`,
    });
    const run = await runAction({ config: 'rt.yml' }, ws);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::monitors: depends-on cycle: b → c → b');
    expect(run.outputs).toEqual({});
  });
});

describe('monitors: from dist/cli.js, offline', () => {
  it('checks every monitor and plans what it would do', () => {
    const ws = makeWorkspace({
      'rt.yml': `rules: ['accuracy < 0.85']\nalert: {enabled: true}\nbatch-dispatch: true\ndispatch: {workflow: retrain.yml, inputs: {models: '{models}'}}\nmonitors:\n  - {key: a, metrics: a.json}\n  - {key: b, metrics: b.json, depends-on: a}\n`,
      'a.json': JSON.stringify({ accuracy: 0.8 }),
      'b.json': JSON.stringify({ accuracy: 0.9 }),
    });
    const res = spawnSync(NODE, [path.join(ROOT, 'dist/cli.js'), 'check', '--config', 'rt.yml', '--json'], {
      cwd: ws,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.status).toBe('due');
    expect(out.monitors.b.reasons).toEqual(["upstream model 'a' is due, and this model depends on it"]);
  });
});
