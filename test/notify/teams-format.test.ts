/** The Teams payload against Microsoft's own Adaptive Cards parser and the Workflows webhook envelope. */
import { describe, expect, it } from 'vitest';
import { buildTeamsPayload } from '../../src/notify/teams.js';
import type { NotifyEvent, NotifyMessage } from '../../src/notify/types.js';
import { teamsPayloadProblems } from '../support/teams-card.js';

const message = (event: NotifyEvent): NotifyMessage => ({
  event,
  monitor: 'churn <b>*x*</b>',
  status: event === 'recovered' ? 'healthy' : 'due',
  reasons: Array.from(
    { length: 25 },
    (_, i) => `rule-${i}: accuracy = 0.8 < 0.85 [link](https://evil.example) **bold**`,
  ),
  failedRules: ['rule-1'],
  driftedFeatures: ['age'],
  time: '2026-12-02T00:00:00.000Z',
  runUrl: 'https://github.com/octo/models/actions/runs/1',
  issueUrl: 'https://github.com/octo/models/issues/2',
  retrainingUrl: 'https://github.com/octo/models/actions/runs/3',
  deliveryKey: 'k',
});

describe('Teams payload format', () => {
  it.each<NotifyEvent>(['opened', 'changed', 'escalated', 'repeat', 'recovered'])(
    '%s parses cleanly',
    (event) => {
      expect(teamsPayloadProblems(JSON.stringify(buildTeamsPayload(message(event))))).toEqual([]);
    },
  );

  it('the checker finds what Teams would refuse', () => {
    const good = buildTeamsPayload(message('opened')) as {
      attachments: { content: Record<string, unknown> }[];
    };
    const card = good.attachments[0]!.content;
    const broken = {
      ...good,
      attachments: [
        {
          ...good.attachments[0],
          content: {
            ...card,
            version: '1.6',
            body: [{ type: 'Bogus' }],
            actions: [{ type: 'Action.OpenUrl', title: 'x' }],
          },
        },
      ],
    };
    const problems = teamsPayloadProblems(JSON.stringify(broken));
    expect(problems).toContain('attachments[0].content.version must be at most 1.5');
    expect(problems.some((p) => /Unknown element type "Bogus"/.test(p))).toBe(true);
    expect(problems.some((p) => /"url" must be set/.test(p))).toBe(true);
    expect(teamsPayloadProblems(JSON.stringify({ type: 'message', attachments: [] }))).toEqual([
      'attachments must be a non-empty list',
    ]);
  });
});
