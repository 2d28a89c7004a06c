/**
 * Neutralising untrusted text (metric and feature names, file contents, rule text) before it reaches Markdown
 * (issue bodies, comments, the job summary) or a log line.
 *
 * Threats handled: @mentions and #123 / owner/repo#1 cross-references (which ping people or link issues),
 * raw HTML, table-breaking pipes and newlines, backtick runs that escape code spans, Markdown emphasis/link
 * syntax, and workflow commands (`::set-output`, `::add-mask::`) smuggled into logs.
 */

const ZWSP = '\u200b';

/** Escape text for inline Markdown (table cells, list items, headings). Output is a single line. */
export function escapeMarkdown(text: string): string {
  return breakReferences(
    text
      .replace(/\r\n|\r|\n/g, ' ')
      // Inline Markdown punctuation, HTML brackets, entities and table pipes become backslash-escaped literals.
      // (Line-start syntax such as `#` headings or `-` lists cannot occur: the output is always mid-line.)
      .replace(/[\\`*_{}[\]()<>|~&]/g, (ch) => `\\${ch}`),
  );
}

/** @mention, #123 and owner/repo#123: the character after which a zero-width space breaks the token. */
const REFERENCE = /@(?=[A-Za-z0-9])|#(?=\d)/g;

/** Break @mentions and issue references so GitHub resolves (and pings) nothing: in Markdown and in plain titles. */
export function breakReferences(text: string): string {
  return text.replace(REFERENCE, `$&${ZWSP}`);
}

/**
 * Text for a Markdown code span: backticks cannot be escaped inside one, so use a fence longer than the
 * longest backtick run. Pipes are still escaped because GitHub splits table cells before parsing code spans.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const body = flat.replace(/\|/g, '\\|');
  const pad = body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

// Control characters other than tab and line breaks (which are handled separately).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Text for a log line: no control characters, no line breaks, no workflow commands. */
export function escapeLog(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL_CHARS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/::/g, ':\u200b:');
}

/** Truncate to at most `max` characters (code points are not split), marking the cut. */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - marker.length);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + marker;
}
