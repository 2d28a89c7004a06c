/**
 * From dist/index.js as the runner runs it: retraining through a command and notifications to loopback Slack-,
 * PagerDuty- and webhook-shaped receivers over a sequence of runs — a failing command fails the step after the
 * outputs, a re-run repeats nothing, recovery resolves, and no secret reaches the log, summary, report or state.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/notify/webhook.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { makeWorkspace, NODE, runAction } from './run-action.js';

let slack: Receiver;
let pagerduty: Receiver;
let webhook: Receiver;
beforeAll(async () => {
  slack = await startReceiver({ status: 200, body: 'ok' });
  pagerduty = await startReceiver({ status: 202, body: '{"status":"success","message":"Event processed"}' });
  webhook = await startReceiver({ status: 200 });
});
afterAll(async () => {
  await Promise.all([slack.close(), pagerduty.close(), webhook.close()]);
});

const SLACK_SECRET = 'T00/B00/slackSECRETpart42';
const ROUTING_KEY = 'pdROUTINGkeySECRET77';
const HMAC_KEY = 'hmacKEYsecret99';

describe('command and notifications from dist/index.js', () => {
  it('a sequence of runs: due (command fails), re-run, still due, recovered', async () => {
    const workspace = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.8 }) });
    const slackUrl = `${slack.url}/services/${SLACK_SECRET}`;
    const inputs = {
      metrics: 'metrics.json',
      rules: 'accuracy < 0.85',
      'monitor-key': 'churn',
      'state-file': 'state/notify.jsonl',
      'slack-webhook-url': slackUrl,
      'pagerduty-routing-key': ROUTING_KEY,
      'pagerduty-url': `${pagerduty.url}/v2/enqueue`,
      'webhook-url': `${webhook.url}/hook`,
      'webhook-secret': HMAC_KEY,
      command: JSON.stringify([
        NODE,
        '-e',
        'console.log("status=" + process.env.RETRAIN_TRIGGER_STATUS, process.env.RETRAIN_TRIGGER_FAILED_RULES); console.log("url " + process.env.SLACK_COPY); console.log("::warning::forged"); console.log("inputs " + Object.keys(process.env).filter((k) => k.startsWith("INPUT_")).length); process.exit(process.env.RETRAIN_TRIGGER_MONITOR === "churn" ? 3 : 0)',
      ]),
    };
    const env = { GITHUB_REPOSITORY: 'octo/models', GITHUB_RUN_ID: '501', SLACK_COPY: slackUrl };

    const first = await runAction(inputs, workspace, env);
    expect(first.code).toBe(1);
    expect(first.outputs.triggered).toBe('true');
    expect(first.stdout).toMatch(/::error::The retraining command exited with code 3/);
    expect(first.stdout).toContain('status=due [\\"rule-1\\"]'.replace(/\\/g, ''));
    expect(first.stdout).toContain('inputs 0');
    expect(first.stdout).not.toMatch(/^\s*::warning::forged/m);
    expect(first.summary).toContain('exited with code 3');
    expect(slack.requests).toHaveLength(1);
    expect(JSON.parse(slack.requests[0]!.body).blocks[0].text.text).toContain('Retraining is due: churn');
    expect(JSON.parse(pagerduty.requests[0]!.body)).toMatchObject({
      event_action: 'trigger',
      dedup_key: 'churn',
    });
    const hook = webhook.requests[0]!;
    expect(
      verifySignature(hook.body, HMAC_KEY, hook.headers['x-retrain-trigger-signature-256'] as string),
    ).toBe(true);
    expect(JSON.parse(hook.body).report.triggered).toBe(true);

    const report = readFileSync(first.outputs.report as string, 'utf8');
    const state = readFileSync(path.join(workspace, 'state/notify.jsonl'), 'utf8');
    // `::add-mask::` lines are how the action registers its secrets with the runner, which never prints them.
    const log = first.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(first.stdout).toContain(`::add-mask::${ROUTING_KEY}`);
    for (const text of [log, first.stderr, first.summary, report, state, hook.body]) {
      expect(text).not.toContain(SLACK_SECRET);
      expect(text).not.toContain(ROUTING_KEY);
      expect(text).not.toContain(HMAC_KEY);
    }
    expect(first.summary).toContain('url ***');

    // A re-run of the same workflow run: nothing is sent or started again.
    const rerun = await runAction(inputs, workspace, env);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/command: skipped — not run: already started by an earlier attempt/);
    expect(slack.requests).toHaveLength(1);
    expect(pagerduty.requests).toHaveLength(1);
    expect(webhook.requests).toHaveLength(1);

    // The next scheduled run, still due, a lost Slack answer would not matter: nothing changed, nothing is sent.
    const next = await runAction(inputs, workspace, { ...env, GITHUB_RUN_ID: '502' });
    expect(slack.requests).toHaveLength(1);
    expect(next.stdout).toMatch(/notification: skipped — no change of state/);

    // Recovered: Slack says so, PagerDuty resolves the same dedup_key.
    writeFileSync(path.join(workspace, 'metrics.json'), JSON.stringify({ accuracy: 0.9 }));
    const healthy = await runAction(inputs, workspace, { ...env, GITHUB_RUN_ID: '503' });
    expect(healthy.code).toBe(0);
    expect(slack.requests).toHaveLength(2);
    expect(JSON.parse(pagerduty.requests[1]!.body)).toEqual({
      routing_key: ROUTING_KEY,
      event_action: 'resolve',
      dedup_key: 'churn',
    });
    expect(JSON.parse(webhook.requests[1]!.body).event).toBe('recovered');
  }, 60_000);

  it('dry-run prints the argv and the deliveries it would make, and sends nothing', async () => {
    const workspace = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.8 }) });
    const before = slack.requests.length;
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules: 'accuracy < 0.85',
        'state-file': 'state.jsonl',
        'slack-webhook-url': `${slack.url}/services/${SLACK_SECRET}`,
        command: '[airflow, dags, trigger, retrain_churn]',
        'dry-run': 'true',
      },
      workspace,
      { GITHUB_REPOSITORY: 'octo/models' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'would run [\\"airflow\\",\\"dags\\",\\"trigger\\",\\"retrain_churn\\"]'.replace(/\\/g, ''),
    );
    expect(run.stdout).toMatch(/would send 'opened' to the Slack webhook/);
    expect(slack.requests.length).toBe(before);
  }, 30_000);

  it('configuration errors on every run: http to a non-loopback host, command without state-file', async () => {
    const workspace = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.9 }) });
    const base = { metrics: 'metrics.json', rules: 'accuracy < 0.85' };
    const http = await runAction(
      { ...base, 'state-file': 's.jsonl', 'slack-webhook-url': 'http://hooks.example.com/services/x' },
      workspace,
    );
    expect(http.code).toBe(1);
    expect(http.stdout).toMatch(/slack-webhook-url: the URL must use https/);
    expect(http.stdout).not.toContain('hooks.example.com/services/x');
    const noState = await runAction({ ...base, command: '[echo, hi]' }, workspace);
    expect(noState.code).toBe(1);
    expect(noState.stdout).toMatch(/need 'state-file'/);
  }, 30_000);
});
