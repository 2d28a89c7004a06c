import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../src/load/table-number.js';

/** Decimal text in the accepted grammar: sign, integer digits, fraction, exponent. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{0,25}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,25}$/), { nil: undefined }),
    fc.option(
      fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{1,3}$/)),
      {
        nil: undefined,
      },
    ),
  )
  .filter(([, int, frac]) => int.length + (frac?.length ?? 0) > 0)
  .map(
    ([sign, int, frac, exp]) =>
      `${sign}${int}${frac === undefined ? '' : `.${frac}`}${exp ? exp.join('') : ''}`,
  );

describe('parseNumberText', () => {
  it('is bit-identical to Number() on decimal text (fast path and fallback)', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const expected = Number(text);
        expect(Object.is(parseNumberText(text), Number.isFinite(expected) ? expected : NaN)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('round-trips every double written the shortest way (String(x)) and with toPrecision', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 21 }),
        (x, digits) => {
          expect(Object.is(parseNumberText(String(x)), Object.is(x, -0) ? 0 : x)).toBe(true); // String(-0) is "0"
          const text = x.toPrecision(digits); // may round up past the largest double: Infinity → NaN (missing)
          const expected = Number(text);
          expect(Object.is(parseNumberText(text), Number.isFinite(expected) ? expected : NaN)).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('handles the edges of the fast path exactly', () => {
    for (const text of [
      '999999999999999', // 15 digits: fast
      '9999999999999999', // 16 digits: fallback
      '9007199254740993', // 2^53 + 1
      '1e22',
      '1e23',
      '123456789012345e-22',
      '0.000000000000000000001',
      '1.7976931348623157e308',
      '4.9e-324',
      '2.2250738585072011e-308',
      '-0',
      '-0.0e5',
      '000123.4500',
      '.5',
      '5.',
      '  42 ',
      '\t-1.5\t',
    ]) {
      expect(Object.is(parseNumberText(text), Number(text)), text).toBe(true);
    }
  });

  it('reads nan / inf words and overflow as NaN (missing)', () => {
    for (const text of [
      'nan',
      'NaN',
      'NAN',
      '-nan',
      'inf',
      '-inf',
      '+Inf',
      'Infinity',
      '-infinity',
      '1e999',
      '-1e400',
    ]) {
      expect(parseNumberText(text), text).toBeNaN();
    }
  });

  it('rejects text that is not a decimal number', () => {
    for (const text of [
      '',
      ' ',
      'abc',
      '0x10',
      '0b11',
      '1_000',
      '1e',
      '1e+',
      '.',
      '-',
      '+-1',
      '1.2.3',
      '1,5',
      'infinit',
      'nanx',
      '١٢',
    ]) {
      expect(parseNumberText(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
