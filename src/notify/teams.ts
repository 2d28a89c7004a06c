/**
 * Microsoft Teams through a Workflows webhook ("Post to a channel when a webhook request is received"): a
 * `message` whose one attachment is an Adaptive Card (contentType `application/vnd.microsoft.card.adaptive`).
 *
 * TextBlock text is Markdown in Teams; untrusted text therefore goes into RichTextBlock TextRuns, which Adaptive
 * Cards render as plain text (no Markdown, no links) — escaping by construction rather than by backslashes,
 * which the card renderers do not treat alike. Version 1.4 is the newest Teams renders everywhere.
 */
import { EVENT_EMOJI, linksOf, titleOf } from './message.js';
import { clip, plainLine } from './text.js';
import type { NotifyMessage } from './types.js';

const MAX_REASONS = 20;
const TEXT_MAX = 2000;

const run = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextRun',
  text: clip(plainLine(text), TEXT_MAX),
  ...extra,
});

export function buildTeamsCard(message: NotifyMessage): Record<string, unknown> {
  const title = `${EVENT_EMOJI[message.event]} ${titleOf(message)}`;
  const body: Record<string, unknown>[] = [
    {
      type: 'RichTextBlock',
      inlines: [run(title, { weight: 'Bolder', size: 'Large' })],
    },
  ];
  const reasons =
    message.event === 'recovered'
      ? ['Every rule holds again; the alert is closed.']
      : message.reasons.slice(0, MAX_REASONS);
  if (message.reasons.length > MAX_REASONS && message.event !== 'recovered') {
    reasons.push(`… and ${message.reasons.length - MAX_REASONS} more`);
  }
  for (const reason of reasons) body.push({ type: 'RichTextBlock', inlines: [run(`• ${reason}`)] });
  const facts = [
    { title: 'Status', value: message.status },
    ...(message.failedRules.length ? [{ title: 'Failed rules', value: message.failedRules.join(', ') }] : []),
    ...(message.driftedFeatures.length
      ? [{ title: 'Drifted features', value: message.driftedFeatures.join(', ') }]
      : []),
  ];
  // FactSet values are Markdown too, so the facts are rich text runs as well.
  for (const fact of facts) {
    body.push({
      type: 'RichTextBlock',
      inlines: [run(`${fact.title}: `, { weight: 'Bolder' }), run(fact.value)],
    });
  }
  const card: Record<string, unknown> = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
  };
  const links = linksOf(message);
  if (links.length > 0) {
    card.actions = links.map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url }));
  }
  return card;
}

export function buildTeamsPayload(message: NotifyMessage): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: buildTeamsCard(message),
      },
    ],
  };
}
