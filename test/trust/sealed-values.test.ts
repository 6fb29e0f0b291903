import { createSecretKey, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSealed, openBytes, parseSealed, sealBytes, SealedValueError } from '../../src/keys/core/sealed.js';
import { openFileContent, parseSealedFile, sealFileContent } from '../../src/keys/core/sealed-file.js';

const key = createSecretKey(randomBytes(32));
const seal = (plain: string, context: string, keyId = 'health/1') => formatSealed(sealBytes(key, keyId, Buffer.from(plain, 'utf8'), context));
const open = (sealed: string, context: string) => openBytes(key, parseSealed(sealed), context).toString('utf8');

describe('sealed values', () => {
  it('open to exactly what was sealed, in any script and length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ minLength: 1, maxLength: 80 }), (plain, context) => {
        expect(open(seal(plain, context), context)).toBe(plain);
      }),
    );
  });

  it('name their format and key, and never contain the plaintext', () => {
    const sealed = seal('Diabetes type 2', 'person_special_categories/health/p1');
    expect(sealed).toMatch(/^hw1\.health\/1\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(sealed).not.toContain('Diabetes');
  });

  it('are bound to their table, column and row: moved anywhere else they do not open', () => {
    const sealed = seal('lives alone', 'person_special_categories/needs/p1');
    for (const elsewhere of ['person_special_categories/needs/p2', 'person_special_categories/health/p1', 'people/needs/p1']) {
      expect(() => open(sealed, elsewhere)).toThrow(new SealedValueError('authentication'));
    }
  });

  it('refuse any change to a byte of nonce, ciphertext or tag, and a relabelled key id', () => {
    const sealed = seal('needs surgery', 'c');
    const parts = parseSealed(sealed);
    for (const field of ['nonce', 'ciphertext', 'tag'] as const) {
      for (let i = 0; i < parts[field].length; i++) {
        const copy = { ...parts, [field]: Buffer.from(parts[field]) };
        copy[field][i]! ^= 1;
        expect(() => openBytes(key, copy, 'c')).toThrow(SealedValueError);
      }
    }
    expect(() => openBytes(key, { ...parts, keyId: 'health/2' }, 'c')).toThrow(SealedValueError);
  });

  it('hide the length of short values: every value under 32 bytes seals to the same length', () => {
    const lengths = new Set(['', 'x', '[]', '{"conditions":["asthma"]}'].map((p) => seal(p, 'c').length));
    expect(lengths.size).toBe(1);
  });

  it('refuse malformed text with a format error', () => {
    for (const bad of ['', 'hw1', 'hw2.health/1.a.b.c', 'hw1..AAAAAAAAAAAAAAAA.AA.AAAAAAAAAAAAAAAAAAAAAA', 'hw1.health/1.short.AA.AAAAAAAAAAAAAAAAAAAAAA']) {
      expect(() => parseSealed(bad)).toThrow(new SealedValueError('format'));
    }
  });
});

describe('sealed files', () => {
  it('round-trip and are bound to their file id', () => {
    const scan = Buffer.concat([Buffer.from('%PDF-1.4 canary-scan '), randomBytes(5000)]);
    const sealed = sealFileContent(key, 'documents/1', scan, 'aa11');
    expect(sealed.includes(Buffer.from('canary-scan'))).toBe(false);
    expect(openFileContent(key, parseSealedFile(sealed), 'aa11').equals(scan)).toBe(true);
    expect(() => openFileContent(key, parseSealedFile(sealed), 'bb22')).toThrow(SealedValueError);
  });
});
