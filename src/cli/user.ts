import type { Config } from '../config.js';
import { isRole, type Role } from '../access/core/policy.js';
import { systemActor } from '../platform/actor.js';
import { openRuntime } from '../runtime.js';

export interface AddUserOptions {
  role: string[];
  office?: string;
  district?: string;
  name?: string;
  email?: string;
  language?: string;
}

/** Creates a staff account from the command line (an administrator's act) and prints its one-time secret. */
export async function addUser(config: Config, username: string, options: AddUserOptions) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const roles = options.role.filter(isRole) as Role[];
    if (roles.length !== options.role.length) throw new Error(`Unknown role in: ${options.role.join(', ')}`);
    const office = options.office ? await runtime.services.offices.officeByCode(options.office) : undefined;
    if (options.office && !office) throw new Error(`No office with code ${options.office}`);
    const { user, oneTimeSecret } = await runtime.services.access.createUser(systemActor, {
      username,
      displayName: options.name ?? username,
      email: options.email ?? null,
      roles,
      officeId: office?.id ?? null,
      districtId: options.district ?? office?.districtId ?? null,
      language: (options.language as 'az') ?? 'az',
    });
    process.stdout.write(`Created ${user.username} (${user.roles.join(', ')}). One-time secret: ${oneTimeSecret}\n`);
  } finally {
    await runtime.close();
  }
}

export async function resetUser(config: Config, username: string) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const user = (await runtime.services.access.listUsers()).find((u) => u.username === username);
    if (!user) throw new Error(`No user ${username}`);
    const { oneTimeSecret } = await runtime.services.access.resetPassword(systemActor, user.id);
    process.stdout.write(`New one-time secret for ${username}: ${oneTimeSecret}\n`);
  } finally {
    await runtime.close();
  }
}

/** Removes a user's second factors (a lost phone or key): they enrol again at their next sign-in. */
export async function resetUserFactors(config: Config, username: string) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const user = (await runtime.services.access.listUsers()).find((u) => u.username === username);
    if (!user) throw new Error(`No user ${username}`);
    await runtime.services.access.resetFactors(systemActor, user.id);
    const told = user.email ? ' They were told by e-mail.' : ' They have no e-mail address: tell them yourself.';
    process.stdout.write(`Second factors of ${username} were reset; they will set up a new one at their next sign-in.${told}\n`);
  } finally {
    await runtime.close();
  }
}

export async function listUsers(config: Config) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    for (const u of await runtime.services.access.listUsers()) {
      const factors = u.secondFactors.length ? u.secondFactors.join(',') : 'no-second-factor';
      process.stdout.write(`${u.username}\t${u.roles.join(',')}\t${u.disabled ? 'disabled' : 'active'}\t${factors}\n`);
    }
  } finally {
    await runtime.close();
  }
}
