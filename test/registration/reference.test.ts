import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReference, parseReference, referenceAlphabet } from '../../src/registration/core/reference.js';

/** References made from arbitrary random bytes (below the rejection limit, so one draw suffices). */
const references = fc
  .array(fc.integer({ min: 0, max: 252 }), { minLength: 16, maxLength: 16 })
  .map((bytes) => makeReference(() => Uint8Array.from(bytes)));

const compact = (ref: string) => ref.replace(/-/g, '');
const formatted = (raw: string) => `${raw.slice(0, 3)}-${raw.slice(3, 6)}-${raw.slice(6)}`;

describe('reference numbers', () => {
  it('are nine characters in three groups from an alphabet without look-alikes', () => {
    expect(referenceAlphabet).not.toMatch(/[01BDGILOQSUVZ]/);
    fc.assert(
      fc.property(references, (ref) => {
        expect(ref).toMatch(new RegExp(`^[${referenceAlphabet}]{3}-[${referenceAlphabet}]{3}-[${referenceAlphabet}]{3}$`));
        expect(parseReference(ref)).toBe(ref);
      }),
    );
  });

  it('catch every single wrong character', () => {
    fc.assert(
      fc.property(references, (ref) => {
        const raw = compact(ref);
        for (let i = 0; i < raw.length; i++) {
          for (const other of referenceAlphabet) {
            if (other === raw[i]) continue;
            const typo = raw.slice(0, i) + other + raw.slice(i + 1);
            expect(parseReference(formatted(typo)), `${ref} → ${formatted(typo)}`).toBeUndefined();
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('catch every swap of two neighbouring characters', () => {
    fc.assert(
      fc.property(references, (ref) => {
        const raw = compact(ref);
        for (let i = 0; i + 1 < raw.length; i++) {
          if (raw[i] === raw[i + 1]) continue;
          const swapped = raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2);
          expect(parseReference(swapped), `${ref} → ${swapped}`).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('forgive case, spaces, dashes and the look-alikes people type', () => {
    const lookAlike: Record<string, string> = { '8': 'B', '5': 'S', '2': 'Z', '6': 'G' };
    fc.assert(
      fc.property(references, fc.boolean(), fc.boolean(), (ref, lower, lookAlikes) => {
        let typed = compact(ref).split('').join(' ');
        if (lookAlikes) typed = [...typed].map((ch) => lookAlike[ch] ?? ch).join('');
        if (lower) typed = typed.toLowerCase();
        expect(parseReference(typed)).toBe(ref);
        expect(parseReference(` ${ref.toLowerCase()} `)).toBe(ref);
        expect(parseReference(`${compact(ref).slice(0, 4)}--${compact(ref).slice(4)}`)).toBe(ref);
      }),
    );
  });

  it('refuse wrong lengths and foreign characters', () => {
    const ref = makeReference(() => Uint8Array.from({ length: 16 }, (_, i) => i * 7));
    expect(parseReference(compact(ref).slice(0, 8))).toBeUndefined();
    expect(parseReference(compact(ref) + '2')).toBeUndefined();
    expect(parseReference(compact(ref).slice(0, 8) + 'Ж')).toBeUndefined();
    expect(parseReference('')).toBeUndefined();
    expect(parseReference('OOO-III-LLL')).toBeUndefined();
  });
});
