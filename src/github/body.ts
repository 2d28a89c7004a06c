/**
 * Text of the alert issue: title, body, comments and the hidden markers that identify it.
 * Everything taken from data (monitor key, reasons, rule ids, feature names) is escaped here; the verdict
 * Markdown arrives already escaped and is only truncated.
 */
import { createHash } from 'node:crypto';
import { breakReferences, escapeMarkdown, truncate } from '../text/escape.js';
import { driftedFeatures, type Verdict } from '../verdict.js';

/** GitHub refuses issue and comment bodies longer than 65,536 characters; keep a margin. */
export const MAX_BODY_CHARS = 65_000;
/** GitHub's limit for issue titles. */
export const MAX_TITLE_CHARS = 256;

/**
 * Hidden line that identifies the open alert of one monitor. The key is percent-encoded, so nothing in it
 * (`-->`, spaces, newlines) can end the comment early or make one key a prefix-match of another.
 */
export function monitorMarker(monitorKey: string): string {
  return `<!-- retrain-trigger:monitor=${encodeURIComponent(monitorKey)} -->`;
}

export function hasMonitorMarker(body: string | null | undefined, monitorKey: string): boolean {
  return readMarkers(body).get('monitor') === encodeURIComponent(monitorKey);
}

const MARKER_LINE = /^<!-- retrain-trigger:(\w+)=([^\s<>]*) -->$/;

/**
 * The hidden markers of a body, read only from where the action writes them: the block of marker lines at
 * its very end. A marker anywhere else — quoted in rule text, a metric name, a reason — is just text, so it
 * can neither make another monitor adopt the alert nor forge a fingerprint.
 */
export function readMarkers(body: string | null | undefined): Map<string, string> {
  const markers = new Map<string, string>();
  const lines = (body ?? '').split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] as string).trim();
    if (line === '' && markers.size === 0) continue;
    const match = MARKER_LINE.exec(line);
    if (!match) break;
    if (!markers.has(match[1] as string)) markers.set(match[1] as string, match[2] as string);
  }
  return markers;
}

/** Hidden line that makes one comment findable after its create answer was lost. */
export function nonceMarker(nonce: string): string {
  return `<!-- retrain-trigger:nonce=${encodeURIComponent(nonce)} -->`;
}

/**
 * What the alert is about, hashed: triggered flag, sorted failed rule ids and drifted features. Equal
 * fingerprints mean "same incident, same causes" even when the numbers moved, so no new comment is posted.
 */
export function verdictFingerprint(verdict: Verdict): string {
  const parts = {
    triggered: verdict.triggered,
    rules: [...verdict.failedRules].sort(),
    drifted: driftedFeatures(verdict.evidence.drift).sort(),
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

export function fingerprintMarker(fingerprint: string): string {
  return `<!-- retrain-trigger:fingerprint=${fingerprint} -->`;
}

export function readFingerprint(body: string | null | undefined): string | undefined {
  return readMarkers(body).get('fingerprint');
}

/**
 * Issue title from the template. Titles are not rendered as Markdown, so no backslashes; but control
 * characters and newlines go, mentions/references are broken with a zero-width space, and length is capped.
 */
export function alertTitle(template: string, monitorTitle: string): string {
  const raw = template.split('{monitor}').join(monitorTitle);
  const spaced = raw
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const clean = breakReferences(spaced);
  return truncate(clean === '' ? 'Model alert' : clean, MAX_TITLE_CHARS);
}

/** A Markdown link to a URL we did not make up (run URL): only plain http(s) URLs, else nothing. */
export function safeLink(label: string, url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s()<>"'`]+$/.test(url)) return undefined;
  return `[${label}](${url})`;
}

export interface AlertBodyParts {
  verdict: Verdict;
  verdictMarkdown: string;
  monitorKey: string;
  runUrl?: string;
  /** One line about the retraining dispatch of this run, already escaped (or undefined). */
  dispatchLine?: string;
  now: Date;
}

const TRUNCATION_NOTE =
  "\n\n> [!NOTE]\n> The verdict above was cut to fit GitHub's 65,536-character limit; the full report is in the job summary and the report file of the run.";

export function alertBody(parts: AlertBodyParts): string {
  const { verdict, monitorKey } = parts;
  const run = safeLink('monitor run', parts.runUrl);
  const reasons = verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`);
  const head = [
    `## Retraining is due for ${escapeMarkdown(monitorKey)}`,
    '',
    verdict.reasons.length > 0 ? '**Why:**' : '',
    ...reasons,
    '',
  ].join('\n');
  const tail = [
    '',
    '---',
    `Last checked ${parts.now.toISOString()}${run ? ` by ${run}` : ''}.`,
    ...(parts.dispatchLine ? [`Retraining: ${parts.dispatchLine}`] : []),
    '',
    monitorMarker(monitorKey),
    fingerprintMarker(verdictFingerprint(verdict)),
  ].join('\n');
  const room = MAX_BODY_CHARS - head.length - tail.length - 2;
  return `${head}\n${fitMarkdown(parts.verdictMarkdown, room)}\n${tail}`;
}

/**
 * Cut Markdown to `max` characters at a line end, close a code fence left open by the cut, and add a note
 * pointing at the full report.
 */
export function fitMarkdown(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  const room = Math.max(0, max - TRUNCATION_NOTE.length - 8);
  let cut = truncate(markdown, room, '');
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > room / 2) cut = cut.slice(0, lastBreak);
  const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += '\n```';
  return cut + TRUNCATION_NOTE;
}

/** Comment posted when the open alert's causes changed (new fingerprint). */
export function changedComment(verdict: Verdict, runUrl: string | undefined, nonce: string): string {
  const run = safeLink('this run', runUrl);
  const rules = verdict.failedRules.map(escapeMarkdown).join(', ') || 'none';
  const drifted = driftedFeatures(verdict.evidence.drift).map(escapeMarkdown).join(', ') || 'none';
  const lines = [
    `The verdict changed${run ? ` (${run})` : ''}: failed rules: ${rules}; drifted features: ${drifted}.`,
    ...verdict.reasons.slice(0, 20).map((r) => `- ${escapeMarkdown(r)}`),
  ];
  // The nonce goes after the cut: it is what finds this comment again when the answer is lost.
  const marker = `\n\n${nonceMarker(nonce)}`;
  return truncate(lines.join('\n'), MAX_BODY_CHARS - marker.length) + marker;
}

/** Comment posted before closing the alert on recovery. */
export function recoveryComment(runUrl: string | undefined, nonce: string): string {
  const run = safeLink('this run', runUrl);
  return `The model is back within its rules and no retraining is due${run ? ` (${run})` : ''}; closing this alert. A relapse opens a new issue.\n\n${nonceMarker(nonce)}`;
}

/** Comment posted on a duplicate alert left by a race between two monitor runs. */
export function duplicateComment(keptNumber: number, nonce: string): string {
  return `Duplicate of #${keptNumber}\n\nTwo monitor runs opened an alert at the same time; the oldest one is kept.\n\n${nonceMarker(nonce)}`;
}

const NOTE_START = '<!-- retrain-trigger:undecided -->';
const NOTE_END = '<!-- /retrain-trigger:undecided -->';

/** The note an undecided run leaves in an open alert's body: when, which run, and why it could not decide. */
export function undecidedNote(causes: readonly string[], runUrl: string | undefined, now: Date): string {
  const run = safeLink('monitor run', runUrl);
  const lines = [
    '> [!WARNING]',
    `> ⚪ **Could not decide** on ${now.toISOString()}${run ? ` (${run})` : ''}. This alert stays open; nothing was dispatched or closed.`,
    ...causes.slice(0, 20).map((c) => `> - ${escapeMarkdown(c)}`),
  ];
  return truncate(lines.join('\n'), 8_000);
}

/** The body with `note` in place of an earlier undecided note (or after the heading); the rest is kept. */
export function withUndecidedNote(body: string, note: string): string {
  const block = `${NOTE_START}\n${note}\n${NOTE_END}`;
  const start = body.indexOf(NOTE_START);
  const end = body.indexOf(NOTE_END);
  if (start >= 0 && end > start) return body.slice(0, start) + block + body.slice(end + NOTE_END.length);
  const headingEnd = body.startsWith('## ') ? body.indexOf('\n') : -1;
  const cut = headingEnd >= 0 ? headingEnd + 1 : 0;
  const joined = `${body.slice(0, cut)}\n${block}\n\n${body.slice(cut)}`;
  if (joined.length <= MAX_BODY_CHARS) return joined;
  // No room for the causes: a one-line note still fits in the margin below GitHub's 65,536 characters.
  const short = `${NOTE_START}\n> ⚪ **Could not decide** on a later run; see its job summary.\n${NOTE_END}`;
  return `${body.slice(0, cut)}\n${short}\n\n${body.slice(cut)}`;
}
