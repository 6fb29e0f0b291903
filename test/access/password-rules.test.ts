import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, passwordLimits } from '../../src/access/core/password-rules.js';

const rule = (password: string, hasSecondFactor = true, context: string[] = []) => checkPassword(password, '/newPassword', hasSecondFactor, context)[0]?.rule ?? 'ok';

/** NIST SP 800-63B §3.1.1.2, row by row. */
const rows: { why: string; password: string; mfa?: boolean; context?: string[]; expected: string }[] = [
  { why: 'with a second factor, 8 characters are enough', password: 'tut ağac', expected: 'ok' },
  { why: 'with a second factor, 7 are not', password: 'tutağac', expected: 'password.too-short' },
  { why: 'without a second factor, 8 are not', password: 'tut ağac', mfa: false, expected: 'password.too-short' },
  { why: 'without a second factor, 15 are', password: 'tut ağacı altda', mfa: false, expected: 'ok' },
  { why: 'length is counted in characters after NFC, not UTF-16 units or combining marks', password: 'e\u0301'.repeat(4) + 'abcd', expected: 'ok' },
  { why: 'an NFC-decomposed 7-letter word is still 7 characters', password: 'e\u0301'.repeat(3) + 'abcd', expected: 'password.too-short' },
  { why: '64 characters are taken', password: 'x'.repeat(30) + ' a long passphrase, typed at a desk ok', expected: 'ok' },
  { why: `up to ${passwordLimits.max}`, password: 'Ճ'.repeat(passwordLimits.max - 10) + 'abcdefghij', expected: 'ok' },
  { why: `but not ${passwordLimits.max + 1}`, password: 'Ճ'.repeat(passwordLimits.max - 9) + 'abcdefghij', expected: 'too-long' },
  { why: 'no composition rules: lower case letters only', password: 'horse battery staple', expected: 'ok' },
  { why: 'no composition rules: Armenian', password: 'ծիրանի փող', expected: 'ok' },
  { why: 'no composition rules: Cyrillic', password: 'мой пароль', expected: 'ok' },
  { why: 'spaces and emoji are characters like any other', password: '🍑 🍑 ծիրան 🌳', expected: 'ok' },
  { why: 'blocklist: a breached favourite', password: 'password', expected: 'password.common' },
  { why: 'blocklist: with digits and symbols tacked on', password: 'Password123!', expected: 'password.common' },
  { why: 'blocklist: the long forms people reach for', password: 'qwertyuiopasdfg', mfa: false, expected: 'password.common' },
  { why: 'blocklist: local words', password: 'stepanakert', expected: 'password.common' },
  { why: 'blocklist: one character repeated', password: 'aaaaaaaaaa', expected: 'password.common' },
  { why: 'blocklist: a short chunk repeated', password: 'abc1abc1abc1', expected: 'password.common' },
  { why: 'blocklist: a keyboard run, Cyrillic included', password: 'йцукенгшщз', expected: 'password.common' },
  { why: 'context: the name of the service', password: 'MyHomewardPass', expected: 'password.context' },
  { why: 'context: the user name with a year', password: 'aram.h 1961!', context: ['aram.h'], expected: 'password.context' },
  { why: 'context: the person’s names, overlapping', password: 'Narek.Avetisyan.1990', context: ['narek.a', 'Narek', 'Avetisyan'], expected: 'password.context' },
  { why: 'context: a name inside a real passphrase is fine', password: 'aram likes walking in Shusha', context: ['aram.h', 'Aram'], expected: 'ok' },
];

describe('password rules (NIST SP 800-63B)', () => {
  it.each(rows)('$why', ({ password, mfa, context, expected }) => {
    expect(rule(password, mfa ?? true, context ?? [])).toBe(expected);
  });

  it('names the minimum that applies in the problem', () => {
    expect(checkPassword('short', '/p', true)).toEqual([{ pointer: '/p', rule: 'password.too-short', params: { min: passwordLimits.minWithMfa } }]);
    expect(checkPassword('short', '/p', false)).toEqual([{ pointer: '/p', rule: 'password.too-short', params: { min: passwordLimits.minSingleFactor } }]);
  });

  it('never asks for a character class: any long enough random passphrase of letters passes', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzəğışçöü'), minLength: 4, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 4, maxLength: 6 }), (words) => {
        const password = words.join(' ');
        fc.pre(new Set(words).size === words.length);
        expect(rule(password)).toBe('ok');
      }),
      { seed: 80063, numRuns: 300 },
    );
  });
});
