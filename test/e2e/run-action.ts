/**
 * Runs dist/index.js exactly as the Actions runner does: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the workspace as cwd — on Node 24 (the runner's node24) when the dev dependency
 * `node24` is installed, else on the current Node.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE24 = path.join(ROOT, 'node_modules/node24/bin/node');
export const NODE = existsSync(NODE24) ? NODE24 : process.execPath;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export function makeWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rt-e2e-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Parse the GITHUB_OUTPUT file (`name<<delimiter` blocks written by @actions/core). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] as string);
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

export async function runAction(
  inputs: Record<string, string>,
  workspace: string,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'rt-runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );
  const child = spawn(NODE, [path.join(ROOT, 'dist/index.js')], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      // Runner default for this input (action.yml `default: ${{ github.token }}`).
      'INPUT_GITHUB-TOKEN': '',
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
  };
}
