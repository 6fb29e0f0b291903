import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiProblem } from '../../ui/api/problem.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { DialogActions } from '../../ui/components/DialogActions.js';
import { Field } from '../../ui/components/Field.js';
import { RightsProblem } from './RightsProblem.js';

interface Props {
  title: string;
  /** Saying yes (apply, approve) rather than no (reject, refuse): a no needs a note, since someone reads why. */
  accepting: boolean;
  noteLabel: string;
  rows: number;
  /** What is being decided, shown above the note. */
  children: ReactNode;
  /** Sends the decision with the note as typed (trimmed); a refusal from the API stays on screen. */
  decide(note: string): Promise<void>;
  onClose(): void;
}

/** A yes-or-no decision on someone's request, confirmed with a note: corrections and exports share it. */
export function NoteDecisionDialog({ title, accepting, noteLabel, rows, children, decide, onClose }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await decide(note.trim());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <Dialog title={title} open onClose={onClose}>
      <form onSubmit={confirm} className="stack" noValidate>
        {children}
        {error && !Object.keys(fieldErrors).length ? <RightsProblem error={error} /> : null}
        <Field label={noteLabel} required={!accepting} error={fieldErrors['/note']}>
          {(p) => <textarea {...p} autoFocus rows={rows} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <DialogActions confirm={title} tone={accepting ? 'primary' : 'danger'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
