import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** The field's id; other code (the error summary) links to it. */
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Rendered after the label, e.g. the script a name is typed in. */
  aside?: ReactNode;
  children(props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean }): ReactNode;
}

/** A label, the control, a hint and the error that names it, wired for assistive technology. */
export function Field({ label, id, hint, error, required, aside, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={controlId}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {aside}
      {children({
        id: controlId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
        ...(required ? { required: true } : {}),
      })}
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field__error" id={errorId}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
