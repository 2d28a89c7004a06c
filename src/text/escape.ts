/**
 * Neutralising untrusted text (metric and feature names, file contents, rule text, server messages) for where
 * it goes: Markdown (issue bodies, comments, the job summary), plain issue titles, and log lines.
 *
 * Threats handled:
 * - Markdown: @mentions, `#123` / `owner/repo#1` / `GH-42` references and bare URLs (`https://…/issues/9`,
 *   `www.…`), which ping people or cross-reference issues; raw HTML and HTML comments (a forged hidden marker);
 *   table-breaking pipes and newlines; backtick runs that escape code spans; emphasis and link syntax.
 * - Everywhere: control characters (NUL, ESC, C1) and invisible direction changes (U+202E, isolates, marks),
 *   which are shown as `\u202e` so what the reader sees is what the text is.
 * - Logs: workflow commands in both syntaxes the runner parses — `::cmd::` (after leading spaces) and the
 *   legacy `##[cmd]`, which it finds anywhere in a line (`##[add-mask]`, `##[error]`, `##[stop-commands]`).
 */

const ZWSP = '\u200b';

/**
 * Characters that change how text is displayed (or end it) without being seen: C0 controls other than tab and
 * line breaks (handled by each escaper), DEL, C1 controls, the Arabic letter mark, LRM/RLM, line and paragraph
 * separators, bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Control and direction characters written out as `\u202e`, so they neither act nor hide. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, hex);
}

/** `<!--` and `-->` broken with a zero-width space: no text of ours can open, close or forge a hidden marker. */
function breakComments(text: string): string {
  return text.replace(/<!--/g, `<${ZWSP}!--`).replace(/--(?=>)/g, `--${ZWSP}`);
}

/** Escape text for inline Markdown (table cells, list items, headings). Output is a single line. */
export function escapeMarkdown(text: string): string {
  return breakReferences(
    breakComments(text.replace(/\r\n|\r|\n/g, ' '))
      // Inline Markdown punctuation, HTML brackets, entities and table pipes become backslash-escaped literals.
      // (Line-start syntax such as `#` headings or `-` lists cannot occur: the output is always mid-line.)
      .replace(/[\\`*_{}[\]()<>|~&]/g, (ch) => `\\${ch}`),
  );
}

/**
 * What GitHub turns into a mention, an issue link or an autolink, and where a zero-width space breaks it:
 * `@name`, `#12` (also in `owner/repo#12`), `GH-12` (any case), `scheme://` URLs and `www.` autolinks.
 */
const REFERENCE = /@(?=[A-Za-z0-9])|#(?=\d)|\bgh-(?=\d)|:(?=\/\/)|\bwww\.(?=\S)/gi;

/**
 * Break mentions, issue references and links so GitHub resolves (and pings, and cross-references) nothing,
 * and show control and direction characters: in Markdown and in plain titles.
 */
export function breakReferences(text: string): string {
  return showInvisible(text).replace(REFERENCE, (match) =>
    match.endsWith('.') ? `${match.slice(0, -1)}${ZWSP}.` : `${match}${ZWSP}`,
  );
}

/**
 * Text for a Markdown code span: backticks cannot be escaped inside one, so use a fence longer than the
 * longest backtick run. Pipes are still escaped because GitHub splits table cells before parsing code spans.
 * GitHub links nothing inside a code span, but the raw body still holds the text: HTML comment delimiters are
 * broken (a quoted `<!-- retrain-trigger:… -->` in a rule must not read as our marker) and control characters shown.
 */
export function codeSpan(text: string): string {
  const flat = showInvisible(breakComments(text.replace(/\r\n|\r|\n/g, ' ')));
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const body = flat.replace(/\|/g, '\\|');
  const pad = body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text for one log line: no line breaks (shown as `\n`), no control or direction characters, and no workflow
 * command in either syntax (`::` and `##[` are broken with a zero-width space wherever they occur).
 */
export function escapeLog(text: string): string {
  return showInvisible(text.replace(/\r\n|\r|\n/g, '\\n'))
    .replace(/:(?=:)/g, `:${ZWSP}`)
    .replace(/##\[/g, `##${ZWSP}[`);
}

/** A multi-line message for the log: each line escaped with escapeLog, the line breaks kept. */
export function escapeLogLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLog)
    .join('\n');
}

/** Truncate to at most `max` characters (code points are not split), marking the cut. */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - marker.length);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + marker;
}
