/**
 * Slack incoming webhook, Block Kit message: header (plain_text, ≤ 150 chars), a mrkdwn section with the reasons
 * (≤ 3,000 chars), a context line with drifted features and failed rules, link buttons. `text` is the fallback
 * Slack shows in notifications. Limits from Slack's Block Kit reference.
 */
import { EVENT_EMOJI, linksOf, titleOf } from './message.js';
import { clip, plainLine, slackText } from './text.js';
import type { NotifyMessage } from './types.js';

const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const CONTEXT_MAX = 3000;
const BUTTON_TEXT_MAX = 75;
const MAX_REASONS = 20;

export function buildSlackPayload(message: NotifyMessage): Record<string, unknown> {
  const title = `${EVENT_EMOJI[message.event]} ${titleOf(message)}`;
  const reasons = message.reasons.slice(0, MAX_REASONS).map((r) => `• ${slackText(r)}`);
  if (message.reasons.length > MAX_REASONS)
    reasons.push(`… and ${message.reasons.length - MAX_REASONS} more`);
  const body =
    message.event === 'recovered'
      ? 'Every rule holds again; the alert is closed.'
      : reasons.join('\n') || 'No reasons were given.';
  const facts = [
    `*Status:* ${message.status}`,
    message.failedRules.length ? `*Failed rules:* ${message.failedRules.map(slackText).join(', ')}` : '',
    message.driftedFeatures.length
      ? `*Drifted features:* ${message.driftedFeatures.map(slackText).join(', ')}`
      : '',
  ].filter((f) => f !== '');
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(plainLine(title), HEADER_MAX), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(body, SECTION_MAX), verbatim: true } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: clip(facts.join('  ·  '), CONTEXT_MAX), verbatim: true }],
    },
  ];
  const links = linksOf(message);
  if (links.length > 0) {
    blocks.push({
      type: 'actions',
      elements: links.map((link) => ({
        type: 'button',
        text: { type: 'plain_text', text: clip(link.label, BUTTON_TEXT_MAX) },
        url: link.url,
      })),
    });
  }
  return { text: clip(slackText(title), SECTION_MAX), blocks };
}
