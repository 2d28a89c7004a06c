/**
 * `command-timeout`: @actions/exec has no timeout and gives no handle on the process it spawns, so the command is
 * started through a small watchdog (Node itself runs it, with an argv — no shell): it spawns the command in its own
 * process group, stops the group with SIGTERM when the time is up and SIGKILL 10 s later, and reports the timeout
 * on stderr behind a per-run nonce the command cannot see (the command's own exit code 124 is not mistaken for it).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SOURCE = String.raw`'use strict';
const { spawn } = require('node:child_process');
const os = require('node:os');
const [nonce, ms, program, ...args] = process.argv.slice(2);
const group = process.platform !== 'win32';
const child = spawn(program, args, { stdio: 'inherit', detached: group });
let timedOut = false;
const stop = (signal) => {
  try {
    if (group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {}
};
const timer = setTimeout(() => {
  timedOut = true;
  process.stderr.write(nonce + ' timeout\n');
  stop('SIGTERM');
  setTimeout(() => stop('SIGKILL'), 10000).unref();
}, Number(ms));
child.on('error', (error) => {
  clearTimeout(timer);
  process.stderr.write(nonce + ' cannot-start ' + (error.code || 'error') + '\n');
  process.exit(127);
});
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(timedOut ? 124 : code !== null ? code : 128 + (os.constants.signals[signal] || 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
`;

/** Writes the watchdog into a fresh private directory and returns its path. */
export async function writeWatchdog(tempDir = process.env.RUNNER_TEMP || os.tmpdir()): Promise<string> {
  const dir = await fs.mkdtemp(path.join(tempDir, 'retrain-trigger-'));
  const file = path.join(dir, 'watchdog.cjs');
  await fs.writeFile(file, SOURCE, { mode: 0o600 });
  return file;
}
