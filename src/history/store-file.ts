/**
 * File store: the history as a local `.jsonl` file, kept by the workflow itself (cache, artifact) or by the CLI.
 * Written to a temporary file and renamed over the old one, so a crash never leaves half a file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { EMPTY_HISTORY, historyText, parseHistory, withRecord, type HistoryContent } from './jsonl.js';
import type { HistoryRecord } from './record.js';
import type { AppendResult, HistoryStore, WriteGuard } from './store.js';

export function fileStore(file: string): HistoryStore {
  const where = `file '${file}'`;
  const read = async (): Promise<HistoryContent> => {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_HISTORY;
      throw new InputError(
        `history: cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    return parseHistory(text, where);
  };
  return {
    where,
    read,
    async append(record: HistoryRecord, maxRuns: number, guard?: WriteGuard): Promise<AppendResult> {
      const before = await read();
      const refused = guard?.(before);
      if (refused !== undefined) {
        return { where, attempts: 1, replaced: false, dropped: 0, runs: before.records.length, refused };
      }
      const after = withRecord(before, record, maxRuns);
      const replaced = record.run !== undefined && before.records.some((r) => r.run?.id === record.run?.id);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(temporary, historyText(after), 'utf8');
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw new InputError(
          `history: cannot write ${where} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        );
      }
      const total = before.records.length + (replaced ? 0 : 1);
      return {
        where,
        attempts: 1,
        replaced,
        dropped: total - after.records.length,
        runs: after.records.length,
      };
    },
  };
}
