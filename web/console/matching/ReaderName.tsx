import { transliterate, type TargetScript } from '../../../src/matching/core/transliterate.js';
import type { Script } from '../../../src/people/core/script.js';
import { ScriptedName } from '../../ui/components/Badges.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { Locale } from '../../ui/i18n/locales.js';

const readerScript: Record<Locale, TargetScript> = { az: 'latn', en: 'latn', ru: 'cyrl', hy: 'armn' };
const scriptOfTarget: Record<TargetScript, Script> = { latn: 'latin', cyrl: 'cyrillic', armn: 'armenian' };

interface Name {
  value: string;
  script: Script;
}

/**
 * A person's name as typed (the record of truth) and, when it is in another script than the
 * reader's, transliterated into the reader's script to help reading it aloud; never instead of it.
 */
export function ReaderName({ names }: { names: (Name | null)[] }) {
  const { t, locale } = useI18n();
  const present = names.filter((n): n is Name => n !== null);
  const target = readerScript[locale];
  const foreign = present.some((n) => n.script !== scriptOfTarget[target] && n.script !== 'unknown');
  const scripts = new Set(present.map((n) => n.script));
  const whole = { value: present.map((n) => n.value).join(' '), script: scripts.size === 1 ? present[0]!.script : 'mixed' } as const;
  return (
    <span className="reader-name">
      <ScriptedName {...whole} />
      {foreign ? (
        <span className="reader-name__transliterated">
          {' '}
          ({t('match.transliterated')}: <bdi>{transliterate(whole.value, target)}</bdi>)
        </span>
      ) : null}
    </span>
  );
}
