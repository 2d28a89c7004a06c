/**
 * Secrets (the GitHub token, every secret input) removed from text before it is escaped, stored or shown:
 * a server or proxy that echoes the `Authorization` header in an error message must not put the token into
 * the JSON report, the job summary, an issue body or the log.
 *
 * The runner's own masking matches the secret's exact text in the log only; it cannot see the report file, and
 * it misses escaped copies (`ghs\_…` in Markdown, `\u…` in JSON). So text is redacted at every edge, and the
 * edges also match the escaped forms of each secret, in case a message was escaped before it got there.
 */
import { escapeLog, escapeMarkdown } from './escape.js';

export const REDACTED = '***';

export type Redact = (text: string) => string;

/** A redactor that removes nothing (no secrets configured). */
export const noRedaction: Redact = (text) => text;

/**
 * A function replacing every occurrence of each secret — raw, and as escapeMarkdown, escapeLog, JSON and
 * URL encoding write it — with `***`. A multi-line secret is also matched line by line. Cost: one regex pass,
 * linear in the text for a fixed set of secrets.
 */
export function redactor(secrets: Iterable<string | undefined>): Redact {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    for (const part of [secret, ...secret.split(/\r\n|\r|\n/)]) {
      const value = part.trim();
      if (value === '') continue;
      for (const form of [
        value,
        escapeMarkdown(value),
        escapeLog(value),
        JSON.stringify(value).slice(1, -1),
        encodeURIComponent(value),
      ])
        forms.add(form);
    }
  }
  if (forms.size === 0) return noRedaction;
  // Longest first, so a secret that contains another is removed whole.
  const pattern = new RegExp(
    [...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return (text) => text.replace(pattern, REDACTED);
}

/** Every string in a JSON-like value (object keys too) redacted; other values are kept as they are. */
export function redactDeep<T>(value: T, redact: Redact): T {
  if (redact === noRedaction) return value;
  return walk(value, redact) as T;
}

function walk(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, redact));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[redact(key)] = walk(item, redact);
    return out;
  }
  return value;
}
