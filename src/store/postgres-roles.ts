/** Tables that no application role may change once written: the audit trail and its chain. */
export const appendOnlyTables = ['audit_entries', 'audit_blocks', 'audit_checkpoints'] as const;

const rolePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the owner of the database runs to give the application nodes a role of their own: every
 * privilege they need on the tables, but only SELECT and INSERT on the audit trail. The owner
 * (which runs `homeward migrate`) keeps the tables; nodes connect as this role, which can neither
 * change nor remove an audit entry nor disable the triggers that also refuse it.
 * See docs/postgresql-roles.md.
 */
export function appRoleStatements(role: string): string[] {
  if (!rolePattern.test(role)) throw new Error('a role name is lowercase letters, digits and underscores');
  const audit = appendOnlyTables.join(', ');
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${audit} FROM ${role}`,
  ];
}
