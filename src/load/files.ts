/** File-system edge: turning the user's paths and globs into concrete files. */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { InputError } from '../errors.js';
import { decodeUtf8 } from './utf8.js';

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
    const matched = await matchFiles(absolute);
    if (matched.length === 0) {
      throw new InputError(`${what}: no file matches '${pattern}' (looked in ${cwd})`);
    }
    for (const file of matched) files.add(file);
  }
  return [...files];
}

/** Characters that make a pattern more than a path for @actions/glob (wildcards, sets, extglob parentheses, `!` negation, `~`). */
const GLOB_SYNTAX = /[*?[\]{}()!~\\]/;

/**
 * The files a pattern matches, sorted. A plain path (the common case) is one stat — a file matches, a
 * directory or a missing path does not, symlinks followed — as @actions/glob would answer it; only real
 * patterns load @actions/glob (and minimatch), which a run with plain paths then never imports.
 */
async function matchFiles(absolute: string): Promise<string[]> {
  if (!GLOB_SYNTAX.test(absolute)) {
    try {
      return (await fs.stat(absolute)).isFile() ? [path.normalize(absolute)] : [];
    } catch {
      return [];
    }
  }
  const glob = await import('@actions/glob');
  const globber = await glob.create(absolute, { matchDirectories: false, implicitDescendants: false });
  return (await globber.glob()).sort();
}

/** Path shown in messages: relative to cwd when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * Largest metrics, config or profile file read (64 MiB): these files are read whole into memory, and real ones
 * are far smaller (a year of one metrics line a minute is ~10 MB). Data tables are streamed and have no limit.
 */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/**
 * Read a text file as strict UTF-8 (BOM stripped). A missing/unreadable file, one larger than `maxBytes`, or
 * one that is not valid UTF-8 is an InputError naming it (and, for bad bytes, the line and column).
 */
export async function readText(file: string, shown: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > maxBytes) {
      throw new InputError(
        `${shown}: the file is ${megabytes(size)}, more than the ${megabytes(maxBytes)} a metrics, config ` +
          'or profile file may have; keep only the rows you need (e.g. the recent history)',
      );
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: cannot read file (${code ?? 'error'})`);
  }
  const text = decodeUtf8(bytes, shown);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
