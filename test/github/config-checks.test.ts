/**
 * Every dispatch configuration error surfaces on every run — here on healthy data, where nothing would be
 * dispatched — before anything is read from GitHub (issue 7 "Checks where they belong", issue 8 templates).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { runPipeline } from '../../src/pipeline.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { repoFor, TEST_TOKEN } from '../support/effects-fixtures.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ repos: [{}, { owner: 'ml-org', name: 'training' }] });
});
afterEach(async () => gh.close());

/** A healthy model: the rule does not trigger, so today's code never reached the dispatch checks. */
async function runHealthy(inputs: Record<string, string>) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rt-checks-'));
  writeFileSync(path.join(cwd, 'metrics.json'), JSON.stringify({ accuracy: 0.95 }));
  const all: Record<string, string> = {
    metrics: 'metrics.json',
    rules: 'accuracy < 0.85',
    'alert-issue': 'true',
    'github-token': TEST_TOKEN,
    'report-path': path.join(cwd, 'report.json'),
    ...inputs,
  };
  const config = await getConfig((name) => all[name], { cwd, env: {} });
  return runPipeline(config, { repo: repoFor(gh.url), log: () => {} });
}

async function configError(inputs: Record<string, string>): Promise<string> {
  let message: string | undefined;
  try {
    await runHealthy(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    message = (error as Error).message;
  }
  expect(message, 'expected a configuration error on a healthy run').toBeDefined();
  expect(gh.requests).toEqual([]);
  return message as string;
}

const nine = JSON.stringify(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`in${i}`, 'x'])));

describe('dispatch configuration errors on a healthy run', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      "an owner with '_'",
      { 'dispatch-workflow': 'retrain.yml', 'dispatch-repository': 'my_org/training' },
      /^dispatch-repository: 'my_org\/training': the owner 'my_org' is not a GitHub user or organisation name .*no '_'/,
    ],
    [
      'an owner starting with a hyphen',
      { 'dispatch-event-type': 'retrain', 'dispatch-repository': '-org/training' },
      /the owner '-org' is not a GitHub user/,
    ],
    [
      "a repository named '..'",
      { 'dispatch-event-type': 'retrain', 'dispatch-repository': 'ml-org/..' },
      /the repository name '\.\.' is not valid/,
    ],
    [
      'more than 10 client_payload properties',
      { 'dispatch-event-type': 'retrain', 'dispatch-inputs': nine },
      /at most 10 client_payload properties, and 9 inputs \+ reasons \+ monitor make 11: give at most 8 inputs/,
    ],
    [
      'an input that collides with client_payload.monitor',
      { 'dispatch-event-type': 'retrain', 'dispatch-inputs': '{"monitor": "x"}' },
      /'monitor' is set by retrain-trigger in the repository_dispatch client_payload/,
    ],
    [
      'both a workflow and an event type',
      { 'dispatch-workflow': 'retrain.yml', 'dispatch-event-type': 'retrain' },
      /either 'dispatch-workflow'.*not both/,
    ],
    [
      'an unknown template',
      { 'dispatch-workflow': 'retrain.yml', 'dispatch-inputs': '{"why": "{reason}"}' },
      /^dispatch-inputs: input 'why' uses the unknown template '\{reason\}' \(known: \{reasons\}, \{triggered\}/,
    ],
    [
      'a template that names an Object.prototype member',
      { 'dispatch-workflow': 'retrain.yml', 'dispatch-inputs': '{"x": "{constructor}"}' },
      /unknown template '\{constructor\}'/,
    ],
  ];
  for (const [what, inputs, expected] of cases) {
    it(`refuses ${what}`, async () => {
      expect(await configError(inputs)).toMatch(expected);
    });
  }

  it('accepts a repository name with _ and . (only owners may not have them)', async () => {
    const out = await runHealthy({
      'dispatch-workflow': 'retrain.yml',
      'dispatch-repository': 'ml-org/my_repo.v2',
    });
    expect(out.verdict.triggered).toBe(false);
  });
});

describe('dispatch inputs are maps without prototypes', () => {
  it('an input named __proto__ (and one named constructor) reaches the dispatched workflow', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rt-checks-'));
    writeFileSync(path.join(cwd, 'metrics.json'), JSON.stringify({ accuracy: 0.5 }));
    const inputs: Record<string, string> = {
      metrics: 'metrics.json',
      rules: 'accuracy < 0.85',
      'github-token': TEST_TOKEN,
      'report-path': path.join(cwd, 'report.json'),
      'dispatch-workflow': 'retrain.yml',
      'dispatch-inputs': '{"__proto__": "{monitor}", "constructor": "{triggered}"}',
      'monitor-key': 'churn',
    };
    const config = await getConfig((name) => inputs[name], { cwd, env: {} });
    const out = await runPipeline(config, { repo: repoFor(gh.url), log: () => {} });
    expect(out.effects.failures).toEqual([]);
    expect(out.effects.dispatched).toBe(true);
    const run = gh.state.repo().runs[0]!;
    expect(Object.keys(run.inputs ?? {})).toEqual(['__proto__', 'constructor']);
    expect(run.inputs?.['__proto__']).toBe('churn');
    expect(run.inputs?.['constructor']).toBe('true');
  });
});
