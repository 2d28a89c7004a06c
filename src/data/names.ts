/** Column names in settings: globs (`*_id`, `event_?`) for `exclude`. */

/** True when `pattern` has glob characters (`*` any run, `?` one character). */
export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** `name` matched against `pattern`: exact, or a glob over the whole name (case-sensitive, like columns). */
export function matchesName(name: string, pattern: string): boolean {
  if (!isGlob(pattern)) return name === pattern;
  const source = pattern
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'su').test(name);
}
