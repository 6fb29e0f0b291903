import type { Script } from '../../../src/people/core/script.js';
import type { State } from '../api/types.js';
import { useI18n, type MessageKey } from '../i18n/i18n.js';

export const stateLabel: Record<State, MessageKey> = {
  submitted: 'state.submitted',
  received: 'state.received',
  'in-review': 'state.in-review',
  'information-requested': 'state.information-requested',
  resubmitted: 'state.resubmitted',
  approved: 'state.approved',
  rejected: 'state.rejected',
  'documents-issued': 'state.documents-issued',
  withdrawn: 'state.withdrawn',
};

export function StateBadge({ state }: { state: State }) {
  const { t } = useI18n();
  return <span className={`badge badge--state-${state}`}>{t(stateLabel[state])}</span>;
}

const scriptLabel: Record<Script, MessageKey> = {
  armenian: 'script.armenian',
  cyrillic: 'script.cyrillic',
  latin: 'script.latin',
  mixed: 'script.mixed',
  unknown: 'script.unknown',
};

/** Which alphabet a name is written in, so a reader knows how to read (and search) it. */
export function ScriptBadge({ script }: { script: Script }) {
  const { t } = useI18n();
  if (script === 'unknown') return null;
  return <span className={`badge badge--script badge--script-${script}`}>{t(scriptLabel[script])}</span>;
}

/** A name as typed, with its script beside it. */
export function ScriptedName({ value, script }: { value: string; script: Script }) {
  return (
    <span className="scripted-name">
      <span lang={script === 'armenian' ? 'hy' : script === 'cyrillic' ? 'ru' : undefined}>{value}</span> <ScriptBadge script={script} />
    </span>
  );
}
