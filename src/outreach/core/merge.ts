/**
 * Field-level merge of offline edits. An edit names the version of the person it was based on;
 * what happened to the same field since then decides: nothing, or only this device's own earlier
 * edits → apply; someone else's change → a conflict holding both values, and nothing is
 * overwritten. Edits of different fields never meet here, so they always merge.
 */

/** A change of one field of a person after some version: by an outreach device, or elsewhere (deviceId null). */
export interface FieldChange {
  version: number;
  field: string;
  deviceId: string | null;
  author: string;
}

export interface FieldEdit {
  field: string;
  value: string | null;
  baseVersion: number;
  deviceId: string;
}

export type EditDecision = { kind: 'apply' } | { kind: 'unchanged' } | { kind: 'conflict'; against: FieldChange };

export function decideEdit(edit: FieldEdit, current: string | null, history: readonly FieldChange[]): EditDecision {
  if (current === edit.value) return { kind: 'unchanged' };
  const others = history.filter((c) => c.field === edit.field && c.version > edit.baseVersion && c.deviceId !== edit.deviceId);
  const latest = others.reduce<FieldChange | undefined>((a, c) => (a && a.version > c.version ? a : c), undefined);
  return latest ? { kind: 'conflict', against: latest } : { kind: 'apply' };
}
