import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeLog, escapeMarkdown, truncate } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it('neutralises mentions, references, HTML, pipes and code', () => {
    const out = escapeMarkdown(
      '@octocat #12 owner/repo#3 <img src=x onerror=alert(1)> a|b `x` [l](http://e) *b*',
    );
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).not.toMatch(/#\d/);
    expect(out).not.toMatch(/(^|[^\\])[<>|`[\]*]/);
    expect(escapeMarkdown('line1\nline2')).toBe('line1 line2');
  });

  it('never leaves an unescaped special character (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toMatch(/@[A-Za-z0-9]/);
        expect(out).not.toMatch(/#\d/);
        // every special character is preceded by an odd number of backslashes
        for (const m of out.matchAll(/(\\*)([`*_{}[\]()<>|~&])/g))
          expect((m[1] as string).length % 2).toBe(1);
      }),
    );
  });
});

describe('codeSpan', () => {
  it('fences backtick runs and escapes pipes', () => {
    expect(codeSpan('a < 1')).toBe('`a < 1`');
    expect(codeSpan('x ``` y')).toBe('````x ``` y````');
    expect(codeSpan('a|b')).toBe('`a\\|b`');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('escapeLog', () => {
  it('breaks workflow commands and control characters', () => {
    expect(escapeLog('::set-output name=x::1')).not.toContain('::');
    expect(escapeLog('a\nb\u0007')).toBe('a\\nb\\u0007');
  });
});

describe('truncate', () => {
  it('cuts to the limit without splitting a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    const out = truncate('ab😀cd', 4);
    expect(out.length).toBeLessThanOrEqual(4);
    expect(out).toBe('ab…');
  });
});
