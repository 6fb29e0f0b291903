import { appRoleStatements } from '../store/postgres-roles.js';

/** Prints the grants for the application's role (docs/postgresql-roles.md), to be run by the owner. */
export function printAppRoleStatements(role: string) {
  process.stdout.write(appRoleStatements(role).map((s) => `${s};\n`).join(''));
}
