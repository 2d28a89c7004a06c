/**
 * Untrusted text (metric and feature names, rule text, reasons, server messages) made safe for each format, and
 * secrets masked. Every builder passes text through here; nothing reaches a payload raw.
 */

// Control characters other than tab and newline, and the bidi overrides/isolates that reorder what a reader sees.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: line breaks become spaces, controls and bidi overrides become `\uXXXX`. */
export function plainLine(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Slack mrkdwn: `&`, `<` and `>` are the characters Slack asks senders to escape (they open links, @mentions and
 * `<!channel>`); text objects are also sent with `verbatim: true` so Slack auto-links nothing. Emphasis characters
 * (`*_~` and backticks) have no escape in mrkdwn; they are replaced by look-alikes so a name cannot restyle text.
 */
export function slackText(text: string): string {
  return plainLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (ch) => SLACK_LOOKALIKE[ch] as string);
}

const SLACK_LOOKALIKE: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\uff3f', // ＿ fullwidth low line
  '~': '\u223c', // ∼ tilde operator
  '`': '\u02cb', // ˋ modifier letter grave accent
};

/** Cut to `max` characters without splitting a surrogate pair, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** Text as the URL-encoded and JSON-escaped forms a secret may take inside a quoted request or answer. */
function forms(secret: string): string[] {
  const out = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  // A webhook URL is a secret as a whole, and its path alone (what a server or proxy quotes back) is one too.
  if (URL.canParse(secret)) {
    const url = new URL(secret);
    const tail = `${url.pathname}${url.search}`;
    if (tail.length >= 8) out.add(tail);
  }
  return [...out].filter((s) => s.length > 0);
}

/** Replace every secret (and its encoded forms) with `***`, longest first so one secret inside another is caught. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const all = secrets
    .filter((s) => s.length >= 4)
    .flatMap(forms)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of all) out = out.split(secret).join('***');
  return out;
}
