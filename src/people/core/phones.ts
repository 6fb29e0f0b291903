import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { remembered } from '../../platform/cache.js';

export interface NormalisedPhone {
  raw: string;
  /** E.164 form, or null when the number cannot be understood. */
  e164: string | null;
}

/**
 * Residents give Azerbaijani (+994) and Armenian (+374, including the old Karabakh Telecom 97 and
 * landline 47 ranges) numbers, often without the country code. A national number is tried as
 * Azerbaijani first, then Armenian. Validation is by length and country plan, not by the
 * (incomplete) list of allocated ranges, so that old but real numbers are kept.
 */
const countries: CountryCode[] = ['AZ', 'AM'];

/**
 * Parsing a number is costly, and one registration parses each of its numbers several times
 * (validation, the person's rows, the matching keys): answers are remembered.
 */
const e164Of = remembered(toE164, 10_000);

export function normalisePhone(raw: string): NormalisedPhone {
  return { raw, e164: e164Of(raw) };
}

function toE164(raw: string): string | null {
  const cleaned = raw.trim();
  if (!/^[+(\d][\d\s().-]{5,24}$/.test(cleaned)) return null;
  for (const country of countries) {
    const parsed = parsePhoneNumberFromString(cleaned.startsWith('00') ? `+${cleaned.slice(2)}` : cleaned, country);
    // A national number never starts with the trunk 0: when it is left in, the number belongs to
    // the other plan ("097 123456" is Armenian, not Azerbaijani).
    if (parsed && !parsed.nationalNumber.startsWith('0') && (parsed.isValid() || parsed.isPossible())) return parsed.number;
  }
  return null;
}
