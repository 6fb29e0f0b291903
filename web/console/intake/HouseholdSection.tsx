import { relationships } from '../../../src/people/schemas.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { relationshipLabel } from '../labels.js';
import type { MemberDraft, PersonDraft } from './draft.js';
import { PersonFields } from './PersonFields.js';
import { fieldId } from './validate.js';

interface Props {
  members: MemberDraft[];
  errors: Record<string, string>;
  onChange(members: MemberDraft[]): void;
  onAdd(): void;
  onTouch(pointer: string): void;
}

/** The people who apply with the applicant, in the same form: each with their relationship. */
export function HouseholdSection({ members, errors, onChange, onAdd, onTouch }: Props) {
  const { t } = useI18n();
  const patch = (i: number, p: Partial<MemberDraft>) => onChange(members.map((m, j) => (j === i ? { ...m, ...p } : m)));
  return (
    <section aria-labelledby="household-title" className="card">
      <h2 id="household-title">{t('intake.household', { count: members.length })}</h2>
      {members.map((m, i) => {
        const pointer = `/household/${i}`;
        return (
          <fieldset key={m.key} className="member">
            <legend>{t('intake.member', { n: i + 1 })}</legend>
            <Field label={t('person.relationship')} id={fieldId(`${pointer}/relationship`)} error={errors[`${pointer}/relationship`]} required>
              {(p) => (
                <select {...p} autoFocus={i === members.length - 1 && !m.familyName} value={m.relationship} onChange={(e) => patch(i, { relationship: e.target.value as MemberDraft['relationship'] })} onBlur={() => onTouch(`${pointer}/relationship`)}>
                  <option value="">{t('common.choose')}</option>
                  {relationships.map((r) => (
                    <option key={r} value={r}>
                      {t(relationshipLabel[r])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <PersonFields value={m} pointer={pointer} errors={errors} onChange={(p: Partial<PersonDraft>) => patch(i, p)} onTouch={onTouch} withContact={false} />
            <button type="button" className="button button--quiet" onClick={() => onChange(members.filter((_, j) => j !== i))}>
              {t('intake.removeMember', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={onAdd}>
        {t('intake.addMember')}
      </button>
    </section>
  );
}
