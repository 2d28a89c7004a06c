import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFiles } from '../../src/load/files.js';

/*
 * Plain paths are answered with one stat (no @actions/glob import); patterns go through @actions/glob. Both
 * must give what @actions/glob gives for the same text.
 */
describe('resolveFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'files-test-'));
  writeFileSync(path.join(dir, 'a.json'), '{}');
  writeFileSync(path.join(dir, 'b.json'), '{}');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'c.json'), '{}');
  symlinkSync(path.join(dir, 'a.json'), path.join(dir, 'link.json'));
  symlinkSync(path.join(dir, 'gone.json'), path.join(dir, 'broken.json'));

  it('matches a plain file path (relative or absolute, normalised) and follows symlinks', async () => {
    expect(await resolveFiles(['a.json'], 'metrics', dir)).toEqual([path.join(dir, 'a.json')]);
    expect(await resolveFiles([`${dir}//a.json`], 'metrics', '/')).toEqual([path.join(dir, 'a.json')]);
    // @actions/glob refuses `..` in a pattern; a plain path with `..` is simply a path.
    expect(await resolveFiles([`${dir}/sub/../a.json`], 'metrics', '/')).toEqual([path.join(dir, 'a.json')]);
    expect(await resolveFiles(['link.json'], 'metrics', dir)).toEqual([path.join(dir, 'link.json')]);
  });

  it('does not match a directory, a missing file or a broken symlink, as @actions/glob does not', async () => {
    for (const pattern of ['sub', 'missing.json', 'broken.json']) {
      await expect(resolveFiles([pattern], 'metrics', dir)).rejects.toThrow(`no file matches '${pattern}'`);
    }
  });

  it('expands real patterns with @actions/glob, sorted and de-duplicated', async () => {
    expect(await resolveFiles(['*.json', 'a.json', 'sub/*.json'], 'metrics', dir)).toEqual([
      path.join(dir, 'a.json'),
      path.join(dir, 'b.json'),
      path.join(dir, 'link.json'),
      path.join(dir, 'sub', 'c.json'),
    ]);
  });
});
