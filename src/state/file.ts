/**
 * The state file (`state-file`): one JSON object per line recording each notification delivery (claimed, then
 * sent/failed) and each command start (claimed, then succeeded/failed), so re-runs and later runs never repeat
 * them. Kept between runs by the workflow (actions/cache), like a history file. A line that does not parse fails
 * the run before anything is sent, naming the file and line; the file is only ever appended to.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import type { CommandLedgerEntry } from '../command/plan.js';
import type { LedgerEntry } from '../notify/lifecycle.js';

export interface StateContent {
  notify: LedgerEntry[];
  command: CommandLedgerEntry[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export async function readState(file: string): Promise<StateContent> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { notify: [], command: [] };
    throw new InputError(`state-file: cannot read '${file}' (${code ?? 'error'})`);
  }
  const state: StateContent = { notify: [], command: [] };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `state-file '${file}', line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // The last line may be cut by a run that died mid-write: that claim never completed; skip it.
      if (index === lines.length - 1 || (index === lines.length - 2 && lines[lines.length - 1] === ''))
        return;
      throw new InputError(`${where}: not JSON; fix or remove the line (nothing was sent)`);
    }
    if (!isObject(value)) throw new InputError(`${where}: expected a JSON object`);
    const stateOf = value['state'];
    if (
      typeof value['monitor'] !== 'string' ||
      typeof value['at'] !== 'string' ||
      typeof stateOf !== 'string'
    ) {
      throw new InputError(`${where}: expected 'monitor', 'at' and 'state'`);
    }
    if (value['kind'] === 'notify') state.notify.push(value as unknown as LedgerEntry);
    else if (value['kind'] === 'command') state.command.push(value as unknown as CommandLedgerEntry);
    else throw new InputError(`${where}: expected 'kind' notify or command`);
  });
  return state;
}

/** Appends one entry as one line (a single write, so a line is whole or missing). */
export async function appendState(
  file: string,
  kind: 'notify' | 'command',
  entry: LedgerEntry | CommandLedgerEntry,
): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.appendFile(file, `${JSON.stringify({ kind, ...entry })}\n`, 'utf8');
  } catch (error) {
    throw new InputError(
      `state-file: cannot write '${file}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}
