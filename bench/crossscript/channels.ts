/**
 * How a person's names come out of each registration channel: the script and romanisation a
 * registrar or the person used. Each channel returns the names plus tags for the variations it
 * introduced (a Soviet equivalent, a nickname, a Russified surname), which the benchmark reports.
 */
import { type ArmenianScheme, armenianToLatin } from './armenian-latin.js';
import {
  armenianPatronymic,
  azerbaijaniPatronymic,
  classicalArmenian,
  ligatureAsLetters,
  russianPatronymic,
  russifiedSurname,
} from './forms.js';
import type { GivenName } from './names.js';
import type { Person } from './population.js';
import { azerbaijaniUpper, type RussianScheme, russianToLatin } from './russian-latin.js';

export const CHANNELS = [
  'armenian',
  'armenian-classical',
  'russian',
  'latin-passport',
  'latin-bgn',
  'latin-iso',
  'latin-western',
  'latin-german',
  'latin-russian-bgn',
  'latin-russian-icao',
  'azerbaijani',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** How often each channel is used for a registration (sums to 1). */
export const CHANNEL_SHARE: Record<Channel, number> = {
  armenian: 0.3,
  'armenian-classical': 0.03,
  russian: 0.2,
  'latin-passport': 0.17,
  'latin-bgn': 0.04,
  'latin-iso': 0.03,
  'latin-western': 0.05,
  'latin-german': 0.02,
  'latin-russian-bgn': 0.05,
  'latin-russian-icao': 0.04,
  azerbaijani: 0.07,
};

export interface RenderedNames {
  givenName: string;
  familyName: string;
  patronymic: string;
  tags: string[];
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** The Russian given name a Soviet clerk might write: the practice form, the equivalent or a nickname. */
function russianGiven(name: GivenName, random: () => number, tags: string[]): string {
  const r = random();
  if (name.soviet && r < 0.3) {
    tags.push('equivalent name');
    return name.soviet;
  }
  if (name.nickname && r > 0.85) {
    tags.push('nickname');
    return name.nickname;
  }
  return pick(name.ru, random);
}

function russianNames(person: Person, random: () => number): RenderedNames {
  const tags: string[] = [];
  const givenName = russianGiven(person.given, random, tags);
  let familyName = pick(person.surname.ru, random);
  if (random() < 0.1) {
    familyName = russifiedSurname(familyName, person.male);
    tags.push('russified surname');
  }
  const fatherRu = person.father.soviet && random() < 0.3 ? person.father.soviet : (person.father.ru[0] as string);
  return { givenName, familyName, patronymic: russianPatronymic(fatherRu, person.male), tags };
}

function armenianNames(person: Person): RenderedNames {
  return { givenName: person.given.hy, familyName: person.surname.hy, patronymic: armenianPatronymic(person.father), tags: [] };
}

function mapNames(names: RenderedNames, f: (text: string) => string): RenderedNames {
  return { givenName: f(names.givenName), familyName: f(names.familyName), patronymic: f(names.patronymic), tags: names.tags };
}

const LATIN_SCHEMES: Partial<Record<Channel, ArmenianScheme>> = {
  'latin-passport': 'passport',
  'latin-bgn': 'bgn',
  'latin-iso': 'iso',
  'latin-western': 'western',
  'latin-german': 'german',
};
const RUSSIAN_SCHEMES: Partial<Record<Channel, RussianScheme>> = {
  'latin-russian-bgn': 'bgn',
  'latin-russian-icao': 'icao',
};

export function renderNames(person: Person, channel: Channel, random: () => number): RenderedNames {
  const armenianScheme = LATIN_SCHEMES[channel];
  if (armenianScheme) return mapNames(armenianNames(person), (t) => armenianToLatin(t, armenianScheme, random));
  const russianScheme = RUSSIAN_SCHEMES[channel];
  if (russianScheme) return mapNames(russianNames(person, random), (t) => russianToLatin(t, russianScheme));
  switch (channel) {
    case 'armenian':
      return random() < 0.3 ? mapNames(armenianNames(person), ligatureAsLetters) : armenianNames(person);
    case 'armenian-classical':
      return mapNames(armenianNames(person), classicalArmenian);
    case 'russian':
      return russianNames(person, random);
    default: {
      const names = russianNames(person, random);
      const latin = mapNames(names, (t) => russianToLatin(t, 'azerbaijani'));
      const father = russianToLatin(person.father.ru[0] as string, 'azerbaijani');
      const az = { ...latin, patronymic: azerbaijaniPatronymic(father, person.male) };
      return random() < 0.3 ? { ...mapNames(az, azerbaijaniUpper), tags: [...az.tags, 'upper case'] } : az;
    }
  }
}
