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

  it('reads 16–19 significant digits exactly without Number() (Eisel–Lemire): pandas to_csv, repr, %.17g', () => {
    const same = (text: string, mark: '.' | ',' = '.') => {
      const expected = Number(mark === ',' ? text.replace(',', '.') : text);
      const parsed = parseNumberText(text, mark);
      expect(Object.is(parsed, Number.isFinite(expected) ? expected : NaN), text).toBe(true);
    };
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        same(x.toPrecision(17)); // pandas' default to_csv (float_format None: repr → up to 17 digits)
        same(x.toExponential(16));
        same(String(x));
        same(x.toPrecision(16));
        same(x.toPrecision(17).replace('.', ','), ',');
      }),
      { numRuns: 20_000 },
    );
    // Significands of 16–19 digits at every decimal exponent of the table and past it (ties, carries, edges).
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10n ** 15n, max: 10n ** 19n - 1n }),
        fc.integer({ min: -360, max: 330 }),
        (significand, exponent) => same(`${significand}e${exponent}`),
      ),
      { numRuns: 20_000 },
    );
  });

  it('rounds halfway cases to even and carries into the next power of two', () => {
    for (const text of [
      '9007199254740993', // 2^53 + 1: halfway, rounds to even (2^53)
      '9007199254740995', // rounds up to even
      '18014398509481985', // 2^54 + 1
      '18014398509481986',
      '18014398509481990',
      '9223372036854775807', // 2^63 − 1
      '9223372036854775808e-19',
      '9999999999999999999', // 19 nines: rounds to 1e19
      '1844674407370955161.5',
      '2.2250738585072014e-308', // smallest normal
      '2.2250738585072009e-308', // largest subnormal: Number() fallback
      '4.9406564584124654e-324',
      '1.7976931348623157e308',
      '1.7976931348623159e308', // rounds to Infinity → NaN
      '0.30000000000000004',
      '123456789012345678e-5',
    ]) {
      const expected = Number(text);
      expect(Object.is(parseNumberText(text), Number.isFinite(expected) ? expected : NaN), text).toBe(true);
    }
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
