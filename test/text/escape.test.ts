/* eslint-disable no-control-regex -- these tests look for control characters */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakReferences,
  codeSpan,
  escapeLog,
  escapeLogLines,
  escapeMarkdown,
  truncate,
} from '../../src/text/escape.js';

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

  it("breaks the runner's legacy ##[command] syntax anywhere in a line, and ::: runs", () => {
    for (const text of [
      '##[add-mask]accuracy',
      'rule x: ##[error]forged annotation',
      '##[stop-commands]tok',
      '###[warning]x',
      'a:::b',
    ]) {
      const out = escapeLog(text);
      expect(out).not.toContain('##[');
      expect(out).not.toContain('::');
      expect(out.replace(/\u200b/g, '')).toBe(text);
    }
  });

  it('shows bidi overrides and C1 controls instead of passing them on', () => {
    expect(escapeLog('a\u202eb\u0085c\u0000')).toBe('a\\u202eb\\u0085c\\u0000');
  });

  it('never leaves a command or control character, whatever the text (property)', () => {
    const piece = fc.constantFrom('#', '[', ':', '\n', '\r', '\u0000', '\u202e', 'a', ' ', '%', ']');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
        (s) => {
          const out = escapeLog(s);
          expect(out).not.toMatch(/##\[|::|[\u0000-\u001f\u202e]/);
          for (const line of escapeLogLines(s).split('\n')) expect(line).not.toMatch(/##\[|::/);
        },
      ),
    );
  });
});

describe('references, links and invisible characters', () => {
  const hostile = [
    'GH-42',
    'gh-7',
    'see https://github.com/o/r/issues/9',
    'www.example.com/x',
    'evil\u202egnp.exe',
    'nul\u0000byte',
    'esc\u001b[31mred',
  ];

  it('escapeMarkdown and titles (breakReferences) link and hide nothing', () => {
    for (const text of hostile) {
      for (const out of [escapeMarkdown(text), breakReferences(text)]) {
        expect(out).not.toMatch(/\bgh-\d/i);
        expect(out).not.toMatch(/https?:\/\//);
        expect(out).not.toMatch(/\bwww\./);
        expect(out).not.toMatch(/[\u0000-\u001f\u202e]/);
      }
    }
    expect(breakReferences('evil\u202egnp')).toBe('evil\\u202egnp');
  });

  it('no text can forge a hidden marker, in Markdown or in a code span', () => {
    const forged = '"<!-- retrain-trigger:monitor=other -->"';
    for (const out of [escapeMarkdown(forged), codeSpan(forged), codeSpan(`x ${forged} < 1`)]) {
      expect(out).not.toContain('<!--');
      expect(out).not.toContain('-->');
    }
    expect(codeSpan('a\u0000b')).toBe('`a\\u0000b`');
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
