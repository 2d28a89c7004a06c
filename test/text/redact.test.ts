import { describe, expect, it } from 'vitest';
import { escapeLog, escapeMarkdown } from '../../src/text/escape.js';
import { REDACTED, noRedaction, redactDeep, redactor } from '../../src/text/redact.js';

const TOKEN = 'ghs_secret_Token_1234';

describe('redactor', () => {
  it('removes the secret raw and in every escaped form it may already be in', () => {
    const redact = redactor([TOKEN, undefined, '']);
    const echoed = `Bad request (Authorization: token ${TOKEN})`;
    for (const form of [
      echoed,
      escapeMarkdown(echoed),
      escapeLog(echoed),
      JSON.stringify(echoed),
      encodeURIComponent(echoed),
    ]) {
      const out = redact(form);
      expect(out).toContain(REDACTED);
      expect(out).not.toContain('secret');
      expect(out).not.toContain('Token\\_1234');
    }
  });

  it('matches a multi-line secret line by line, longest secret first', () => {
    const redact = redactor(['line-one-secret\nline-two-secret', 'line-one']);
    expect(redact('a line-one-secret b line-two-secret c line-one')).toBe('a *** b *** c ***');
  });

  it('is the identity without secrets, and treats regex characters literally', () => {
    expect(redactor([])).toBe(noRedaction);
    expect(redactor(['a.b*c'])('a.b*c axbbc')).toBe('*** axbbc');
  });

  it('redactDeep redacts keys and values of a report, keeping a __proto__ key as data', () => {
    const report = JSON.parse(
      `{"metrics": {"${TOKEN}": 1, "__proto__": 2}, "actions": [{"detail": "x ${TOKEN}"}], "n": 3}`,
    );
    const out = redactDeep(report, redactor([TOKEN]));
    const text = JSON.stringify(out);
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toEqual(
      JSON.parse('{"metrics": {"***": 1, "__proto__": 2}, "actions": [{"detail": "x ***"}], "n": 3}'),
    );
  });
});
