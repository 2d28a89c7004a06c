/**
 * The command edge: runs the argv with @actions/exec (never a shell string) under the watchdog, streams its
 * output to the log line by line (escaped, secrets masked) and keeps the tail for the report and summary.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { maskSecrets } from '../notify/text.js';
import { writeWatchdog } from './watchdog.js';
import type { CommandResult } from './types.js';

export const TAIL_LINES = 40;
const TAIL_LINE_MAX = 500;

export interface RunCommandOptions {
  argv: string[];
  env: Record<string, string>;
  timeoutMs: number;
  secrets: readonly string[];
  cwd?: string;
  /** Receives each output line, masked (the caller escapes it for the log). */
  log?: (line: string) => void;
}

export async function runCommand(options: RunCommandOptions): Promise<CommandResult> {
  const [program, ...args] = options.argv;
  if (!program) throw new Error('command: the argv is empty');
  const nonce = randomBytes(12).toString('hex');
  const watchdog = await writeWatchdog();
  const tail: string[] = [];
  let timedOut = false;
  let cannotStart: string | undefined;
  const keep = (raw: string) => {
    if (raw.startsWith(`${nonce} `)) {
      const what = raw.slice(nonce.length + 1);
      if (what === 'timeout') timedOut = true;
      else if (what.startsWith('cannot-start')) cannotStart = what.slice('cannot-start '.length);
      return;
    }
    const line = maskSecrets(raw, options.secrets);
    options.log?.(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}…` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const started = Date.now();
  let exitCode: number;
  try {
    // Imported here: runs without a command never load @actions/exec (and child_process).
    const { exec } = await import('@actions/exec');
    exitCode = await exec(process.execPath, [watchdog, nonce, String(options.timeoutMs), program, ...args], {
      env: options.env,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdline: keep, errline: keep },
    });
  } finally {
    await fs.rm(path.dirname(watchdog), { recursive: true, force: true });
  }
  if (cannotStart) {
    tail.push(
      cannotStart === 'ENOENT'
        ? `cannot start '${maskSecrets(program, options.secrets)}': not found on PATH`
        : `cannot start '${maskSecrets(program, options.secrets)}' (${cannotStart})`,
    );
  }
  return { exitCode, timedOut, tail: tail.join('\n'), durationMs: Date.now() - started };
}
