import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyFileName, parseHistory, withRecord } from '../../src/history/jsonl.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { describeAppend } from '../../src/history/store.js';
import { fileStore } from '../../src/history/store-file.js';

const rec = (id: string, accuracy: number): HistoryRecord => ({
  schemaVersion: 2,
  time: '2026-11-01T00:00:00.000Z',
  run: { id, attempt: 1 },
  status: 'healthy',
  metrics: { accuracy },
  rules: [],
});

describe('history lines', () => {
  it('reads version-1 reports and keeps unknown fields in the stored line', () => {
    const v1 = JSON.stringify({
      schemaVersion: 1,
      generatedAt: '2026-10-01T00:00:00Z',
      triggered: true,
      metrics: { accuracy: 0.8, model: 'churn-v3' },
      rules: [{ id: 'floor', triggered: true }],
      actions: [{ kind: 'dispatch', outcome: 'dispatched' }],
      future: { kept: true },
    });
    const content = parseHistory(`${v1}\n\n`, "file 'h.jsonl'");
    expect(content.records[0]).toEqual({
      schemaVersion: 1,
      time: '2026-10-01T00:00:00Z',
      status: 'due',
      metrics: { accuracy: 0.8 },
      rules: [{ id: 'floor', outcome: 'triggered' }],
      actions: { dispatched: true },
    });
    const next = withRecord(content, rec('7', 0.9), 10);
    expect(next.lines[0]).toBe(v1);
  });

  it('a bad line names the store, file and line', () => {
    const good = JSON.stringify(rec('1', 0.9));
    expect(() => parseHistory(`${good}\n{"time": 1}\n`, "branch 'h', file 'm.jsonl'")).toThrow(
      "history: branch 'h', file 'm.jsonl', line 2: expected 'time' as an ISO 8601 date-time string; nothing was written",
    );
    expect(() => parseHistory(`${good}\n\n[1,`, "file 'x'")).toThrow(
      /^history: file 'x', line 3: not valid JSON/,
    );
    expect(() => parseHistory(JSON.stringify({ ...rec('1', 1), status: 'green' }), "file 'x'")).toThrow(
      "line 1: expected 'status' as due, healthy or unknown",
    );
  });

  it('a metric named __proto__ stays a plain entry', () => {
    const line = '{"time":"2026-11-01T00:00:00Z","status":"healthy","metrics":{"__proto__":0.5}}';
    const r = parseHistory(line, 'x').records[0]!;
    expect(Object.keys(r.metrics)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(r.metrics)).toBe(Object.prototype);
  });

  it('file names for monitor keys', () => {
    const hash = () => 'abcdef0123';
    expect(historyFileName('churn-model', hash)).toBe('churn-model.jsonl');
    expect(historyFileName('octo/models:monitor.yml', hash)).toBe('octo-models-monitor.yml-abcdef01.jsonl');
    expect(historyFileName('../..', hash)).toBe('monitor-abcdef01.jsonl');
  });

  it('dry-run says what it would append', () => {
    const content = parseHistory(
      [rec('1', 0.9), rec('2', 0.9)].map((r) => JSON.stringify(r)).join('\n'),
      'x',
    );
    expect(describeAppend(content, rec('3', 0.8), 2, "file 'h.jsonl'")).toBe(
      "would append 1 record to file 'h.jsonl' (2 stored, dropping the 1 oldest (history-max-runs 2))",
    );
    expect(describeAppend(content, rec('2', 0.8), 5, "file 'h.jsonl'")).toBe(
      "would replace the record of run 2 in file 'h.jsonl' (2 stored)",
    );
  });
});

describe('file store', () => {
  it('appends, replaces a re-run, bounds, and refuses to write over a bad line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'history-'));
    const file = path.join(dir, 'sub', 'h.jsonl');
    const store = fileStore(file);
    expect((await store.read()).records).toEqual([]);
    await store.append(rec('1', 0.9), 3);
    await store.append(rec('2', 0.8), 3);
    expect(await store.append({ ...rec('2', 0.7), run: { id: '2', attempt: 2 } }, 3)).toMatchObject({
      replaced: true,
    });
    await store.append(rec('3', 0.8), 3);
    await store.append(rec('4', 0.8), 3);
    expect((await store.read()).records.map((r) => [r.run?.id, r.metrics['accuracy']])).toEqual([
      ['2', 0.7],
      ['3', 0.8],
      ['4', 0.8],
    ]);
    writeFileSync(file, `${readFileSync(file, 'utf8')}not json\n`);
    const before = readFileSync(file, 'utf8');
    await expect(store.append(rec('5', 0.8), 3)).rejects.toThrow(
      /^history: file '.*h\.jsonl', line 4: not valid JSON/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
