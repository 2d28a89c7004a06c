/**
 * What a Microsoft Teams Workflows webhook ("When a Teams webhook request is received") accepts: a `message`
 * whose attachments are Adaptive Cards (`contentType: application/vnd.microsoft.card.adaptive`, the card under
 * `content`), each card one that Microsoft's own Adaptive Cards parser (the `adaptivecards` package) reads
 * without a parse or validation event, at a version Teams renders (≤ 1.5).
 */
import { createRequire } from 'node:module';

interface ParseContext {
  eventCount: number;
  getEventAt(i: number): { message: string };
}
interface AdaptiveCards {
  AdaptiveCard: new () => {
    parse(json: unknown, context: ParseContext): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new () => ParseContext;
}
// The package's `main` points at an ES build whose imports lack file extensions; its UMD bundle loads in Node.
const cards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCards;

const TEAMS_MAX_VERSION = 1.5;

/** Every way `body` departs from the format; empty when Teams would post it. */
export function teamsPayloadProblems(body: string): string[] {
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return ['the body is not JSON'];
  }
  const message = payload as { type?: unknown; attachments?: unknown };
  const problems: string[] = [];
  if (message.type !== 'message')
    problems.push(`type must be 'message', got ${JSON.stringify(message.type)}`);
  if (!Array.isArray(message.attachments) || message.attachments.length === 0) {
    return [...problems, 'attachments must be a non-empty list'];
  }
  message.attachments.forEach((attachment: { contentType?: unknown; content?: unknown }, i: number) => {
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
      problems.push(`attachments[${i}].contentType must be application/vnd.microsoft.card.adaptive`);
    }
    const content = attachment.content as { type?: unknown; version?: unknown } | undefined;
    if (!content || content.type !== 'AdaptiveCard') {
      problems.push(`attachments[${i}].content must be an AdaptiveCard`);
      return;
    }
    if (typeof content.version !== 'string' || !(Number(content.version) <= TEAMS_MAX_VERSION)) {
      problems.push(`attachments[${i}].content.version must be at most ${TEAMS_MAX_VERSION}`);
    }
    const card = new cards.AdaptiveCard();
    const context = new cards.SerializationContext();
    card.parse(content, context);
    for (let e = 0; e < context.eventCount; e++)
      problems.push(`attachments[${i}]: ${context.getEventAt(e).message}`);
    for (const event of card.validateProperties().validationEvents) {
      problems.push(`attachments[${i}]: ${event.message}`);
    }
  });
  return problems;
}
