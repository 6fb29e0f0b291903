import { IntlMessageFormat } from 'intl-messageformat';
import { intlTag, type Locale } from './locales.js';

export type MessageValues = Record<string, string | number>;

/** ICU syntax a message may hold: arguments and plurals ({…}), rich-text tags (<b>), escaped quotes (''). */
const icuSyntax = /[{}<]|''/;

/**
 * t(key, values) over one catalogue. Most messages are plain text and are shown as written; the
 * others are compiled when first shown, once. Compiling every message looked its locale up anew
 * each time, which showed in the console's first-screen script time on a slow laptop.
 */
export function translator<K extends string>(locale: Locale, messages: Record<K, string>): (key: K, values?: MessageValues) => string {
  const compiled = new Map<K, IntlMessageFormat>();
  return (key, values) => {
    const message = messages[key];
    if (!icuSyntax.test(message)) return message;
    let format = compiled.get(key);
    if (!format) compiled.set(key, (format = new IntlMessageFormat(message, intlTag[locale])));
    return String(format.format(values));
  };
}
