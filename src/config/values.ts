/** Small, strict parsers for the string values of action inputs and CLI flags. */
import { InputError } from '../errors.js';

/** `true`/`false` (YAML 1.2 core schema spellings, as @actions/core's getBooleanInput accepts). */
export function parseBoolean(value: string, name: string): boolean {
  const v = value.trim();
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input '${name}': expected true or false, got '${v}'`);
}

/** A finite number; with `percent`, `30%` is read as 0.3 (as rules read it). */
export function parseNumber(value: string, name: string, expected: string, percent = false): number {
  const v = value.trim();
  const isPercent = percent && /^[0-9.eE+-]+%$/.test(v);
  const text = isPercent ? v.slice(0, -1) : v;
  const n = text === '' ? NaN : Number(text) / (isPercent ? 100 : 1);
  if (!Number.isFinite(n)) throw new InputError(`input '${name}': expected ${expected}, got '${v}'`);
  return n;
}

/** Newline-separated list (paths, globs): blank lines and `#` comment lines dropped. */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Comma- or newline-separated names (labels, assignees, features). */
export function parseNames(value: string): string[] {
  return value
    .split(/[,\r\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Durations like `30m`, `6h`, `1d`, `1h30m`, `0` → milliseconds. */
export function parseDuration(value: string, name: string): number {
  const v = value.trim();
  if (v === '0') return 0;
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== v) {
    throw new InputError(`${name}: expected a duration like 30m, 6h, 1d or 1h30m (or 0), got '${v}'`);
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MS[p[2] as string] as number), 0);
}
