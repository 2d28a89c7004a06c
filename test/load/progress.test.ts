import { describe, expect, it } from 'vitest';
import { ReadProgress } from '../../src/load/progress.js';

describe('progress of long reads', () => {
  it('writes a line every few seconds (rows, share, MB/s) and the totals at the end', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new ReadProgress(
      'ref.csv',
      (line) => lines.push(line),
      5,
      () => now,
    );
    now = 1000;
    progress.update(100_000, 10e6, 100e6); // too soon: nothing
    now = 5000;
    progress.update(500_000, 50e6, 100e6);
    now = 6000;
    progress.update(600_000, 60e6, 100e6); // within 5 s of the last line
    now = 10_000;
    progress.update(1_000_000, 100e6, 100e6);
    progress.finish(1_000_000);
    expect(lines).toEqual([
      'ref.csv: 500,000 rows, 50 MB of 100 MB (50%), 10 MB/s',
      'ref.csv: 1,000,000 rows, 100 MB of 100 MB (100%), 10 MB/s',
      'ref.csv: read 1,000,000 rows (100 MB) in 10.0 s, 10 MB/s',
    ]);
  });

  it('stays quiet on short reads and without a log', () => {
    let now = 0;
    const lines: string[] = [];
    const quick = new ReadProgress(
      'a.csv',
      (line) => lines.push(line),
      5,
      () => now,
    );
    now = 4000;
    quick.update(10, 1e3, 1e3);
    quick.finish(10);
    expect(lines).toEqual([]);
    expect(() => new ReadProgress('b.csv', undefined).update(1, 1, 1)).not.toThrow();
  });
});
