import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEntry, type EntryTuple } from '../../src/audit/core/canonical.js';
import { sqliteCanonical } from '../../src/audit/trail-sources.js';

/** Verification on SQLite lets the database write the canonical text: it must be the sealer's, byte for byte. */
describe('the canonical form of an audit entry', () => {
  it('is the same text whether JavaScript or SQLite writes it, for any values in any script', () => {
    const db = new Database(':memory:');
    db.exec('create table audit_entries (seq integer primary key, at text, actor_id text, actor_role text, action text, purpose text, record_type text, record_id text, sections text, detail text)');
    const insert = db.prepare('insert into audit_entries values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const select = db.prepare(`select ${sqliteCanonical} from audit_entries where seq = ?`).pluck();
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const maybe = fc.option(text, { nil: null });
    let seq = 0;
    fc.assert(
      fc.property(text, maybe, text, text, maybe, maybe, maybe, maybe, maybe, (at, actor, role, action, purpose, type, id, sections, detail) => {
        const entry: EntryTuple = [++seq, at, actor, role, action, purpose, type, id, sections, detail];
        insert.run(entry as unknown as unknown[]);
        expect(select.get(seq)).toBe(canonicalEntry(entry));
      }),
      { numRuns: 500 },
    );
  });

  it('tells an empty value from an absent one, and keeps values from borrowing their neighbours', () => {
    const base: EntryTuple = [1, 'a', null, 'r', 'x', 'p', null, null, null, null];
    expect(canonicalEntry(base)).not.toBe(canonicalEntry([1, 'a', '', 'r', 'x', 'p', null, null, null, null]));
    expect(canonicalEntry(base)).not.toBe(canonicalEntry([1, 'a', null, 'r', 'x1:p', null, null, null, null, null]));
  });
});
