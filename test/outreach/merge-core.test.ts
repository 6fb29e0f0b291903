import { describe, expect, it } from 'vitest';
import { drawBlock } from '../../src/outreach/core/device-rules.js';
import { decideEdit, type FieldChange } from '../../src/outreach/core/merge.js';

const change = (version: number, field: string, deviceId: string | null): FieldChange => ({ version, field, deviceId, author: deviceId ?? 'registrar' });

describe('merging an offline edit', () => {
  const edit = { field: 'email', value: 'b@example.org', baseVersion: 3, deviceId: 'B' };

  it('applies it when nobody changed the field since the version it was based on', () => {
    expect(decideEdit(edit, 'a@example.org', [change(2, 'email', 'A'), change(4, 'givenName', 'A')])).toEqual({ kind: 'apply' });
  });

  it('applies it over the same device’s own later edit (a device does not conflict with itself)', () => {
    expect(decideEdit(edit, 'x@example.org', [change(4, 'email', 'B')])).toEqual({ kind: 'apply' });
  });

  it('is a conflict against the newest other change of the field, from a device or from the office', () => {
    expect(decideEdit(edit, 'a@example.org', [change(4, 'email', 'A'), change(5, 'email', null)])).toEqual({ kind: 'conflict', against: change(5, 'email', null) });
  });

  it('changes nothing when the field already holds the value, whoever put it there', () => {
    expect(decideEdit(edit, 'b@example.org', [change(4, 'email', 'A')])).toEqual({ kind: 'unchanged' });
  });
});

describe('a device’s block of reference numbers', () => {
  it('holds distinct numbers none of which was taken', () => {
    const draws = ['A', 'B', 'A', 'C', 'D', 'E'];
    expect(drawBlock(3, () => draws.shift()!, (r) => r === 'B')).toEqual(['A', 'C', 'D']);
  });
});
