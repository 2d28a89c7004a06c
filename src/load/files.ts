/** File-system edge: turning the user's paths and globs into concrete files. */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as glob from '@actions/glob';
import { InputError } from '../errors.js';

/**
 * Resolve newline-separated paths / globs (relative to `cwd`) to a sorted, de-duplicated list of files.
 * Every pattern must match at least one file: an empty match is an error naming the pattern and the input.
 */
export async function resolveFiles(
  patterns: readonly string[],
  what: string,
  cwd: string,
): Promise<string[]> {
  const files = new Set<string>();
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (pattern === '' || pattern.startsWith('#')) continue;
    const absolute = path.isAbsolute(pattern) ? pattern : path.join(cwd, pattern);
    const globber = await glob.create(absolute, { matchDirectories: false, implicitDescendants: false });
    const matched = (await globber.glob()).sort();
    if (matched.length === 0) {
      throw new InputError(`${what}: no file matches '${pattern}' (looked in ${cwd})`);
    }
    for (const file of matched) files.add(file);
  }
  return [...files];
}

/** Path shown in messages: relative to cwd when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Read a text file (UTF-8, BOM stripped); a missing/unreadable file is an InputError naming it. */
export async function readText(file: string, shown: string): Promise<string> {
  try {
    const text = await fs.readFile(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: cannot read file (${code ?? 'error'})`);
  }
}
