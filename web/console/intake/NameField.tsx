import { detectScript } from '../../../src/people/core/script.js';
import { ScriptBadge } from '../../ui/components/Badges.js';
import { Field } from '../../ui/components/Field.js';

interface Props {
  label: string;
  pointer: string;
  value: string;
  error: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
  onChange(value: string): void;
  onBlur(): void;
}

/** A name in any script, with the script it is being typed in shown beside it as it is typed. */
export function NameField({ label, pointer, value, error, required, autoFocus, onChange, onBlur }: Props) {
  const script = value.trim() ? detectScript(value) : 'unknown';
  return (
    <Field label={label} id={`f${pointer.replace(/\//g, '-')}`} error={error} required={required ?? false} aside={<ScriptBadge script={script} />}>
      {(p) => <input {...p} autoFocus={autoFocus} autoComplete="off" spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />}
    </Field>
  );
}
