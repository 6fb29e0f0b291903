import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../src/people/core/phones.js';

describe('phone numbers are normalised to E.164 and kept as typed', () => {
  it.each([
    ['+994 50 123 45 67', '+994501234567', 'Azerbaijani mobile with the country code'],
    ['050 123 45 67', '+994501234567', 'Azerbaijani mobile with the trunk 0'],
    ['501234567', '+994501234567', 'Azerbaijani mobile without any prefix'],
    ['00994501234567', '+994501234567', 'Azerbaijani mobile with the 00 international prefix'],
    ['+994 12 440 12 34', '+994124401234', 'Baku landline with the country code'],
    ['(012) 440-12-34', '+994124401234', 'Baku landline with the area code in brackets'],
    ['+374 97 123456', '+37497123456', 'Karabakh Telecom mobile with the Armenian country code'],
    ['0037497123456', '+37497123456', 'Karabakh Telecom mobile with the 00 prefix'],
    ['97123456', '+37497123456', 'Karabakh Telecom mobile without any prefix'],
    ['097 123456', '+37497123456', 'Karabakh Telecom mobile with the trunk 0'],
    ['047 94 12 34', '+37447941234', 'Stepanakert landline with the trunk 0'],
    ['(047) 123456', '+37447123456', 'Stepanakert landline written as Armenians print it'],
    ['+374 47 94 12 34', '+37447941234', 'Stepanakert landline with the country code'],
    ['+374-91-23-45-67', '+37491234567', 'Armenian mobile with dashes'],
  ])('%s → %s (%s)', (raw, e164) => {
    expect(normalisePhone(raw)).toEqual({ raw, e164 });
  });

  it.each([
    ['abc', 'letters'],
    ['+374 12', 'too short'],
    ['12345', 'five digits'],
    ['1234567890123456789', 'far too long'],
    ['+', 'a plus alone'],
    ['', 'nothing'],
    ['+994 50 123 45 67 ext. 5', 'an extension in words'],
    ['050/123/45/67', 'slashes'],
  ])('cannot reach %j (%s)', (raw) => {
    expect(normalisePhone(raw)).toEqual({ raw, e164: null });
  });

  it('never produces a number with a trunk 0 after the country code', () => {
    for (const raw of ['097 123456', '047 94 12 34', '050 123 45 67', '010 123 45 67', '091 234567']) {
      const { e164 } = normalisePhone(raw);
      if (e164) expect(e164, raw).not.toMatch(/^\+(994|374)0/);
    }
  });
});
