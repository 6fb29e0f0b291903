import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { Problem } from '../platform/problem.js';
import { exportCheckpoint, sealAudit, verifyAudit } from './audit.js';
import { backup } from './backup.js';
import { demo } from './demo.js';
import { listKeys, rotateCommand } from './keys.js';
import { dedupRegistry, match, rebuildMatchKeys } from './match.js';
import { migrate } from './migrate.js';
import { printAppRoleStatements } from './postgres.js';
import { runRetention } from './retention.js';
import { serve } from './serve.js';
import { addUser, listUsers, resetUser, resetUserFactors } from './user.js';

const program = new Command('homeward').description('Registration and humanitarian services for the residents of the Karabakh region');

program.command('serve', { isDefault: true }).description('serve the API, staff console and portal').action(() => serve(loadConfig()));
program.command('migrate').description('bring the store schema up to date').action(() => migrate(loadConfig()));
program
  .command('backup')
  .description('make a consistent online copy of the store (SQLite) or explain how (PostgreSQL)')
  .argument('[folder]', 'where to write the copy', `backup-${new Date().toISOString().slice(0, 10)}`)
  .action((folder: string) => backup(loadConfig(), folder));

program
  .command('demo')
  .description('load a realistic synthetic dataset (households, all channels, names in three scripts)')
  .option('-p, --people <n>', 'how many residents', (v) => Number.parseInt(v, 10), 3000)
  .option('-s, --seed <n>', 'random seed (the same seed gives the same people)', (v) => Number.parseInt(v, 10), 1)
  .action((options: { people: number; seed: number }) => demo(loadConfig(), options));

program
  .command('match')
  .description('pairs of records that are one person, from a CSV list (columns among id, given_name, patronymic, family_name, sex, birth_date, birth_place, phone, document_number)')
  .argument('<file.csv>')
  .option('-t, --threshold <p>', 'probability from which a pair is the same person', (v) => Number(v))
  .option('--against-registry', 'match the list against the stored people instead of against itself')
  .option('-o, --out <file>', 'write id_a,id_b,score there instead of to standard output')
  .action((file: string, options: { threshold?: number; againstRegistry?: boolean; out?: string }) => match(loadConfig(), file, options));

program
  .command('dedup')
  .description('find clusters of one person across the whole registry and record them for review')
  .option('-t, --threshold <p>', 'probability from which a pair is flagged', (v) => Number(v))
  .action((options: { threshold?: number }) => dedupRegistry(loadConfig(), options));

program
  .command('match-keys')
  .description('lookup keys of people')
  .command('rebuild')
  .description('recompute every person\'s keys (after the name normaliser changed)')
  .action(() => rebuildMatchKeys(loadConfig()));

const user = program.command('user').description('manage staff accounts');
user
  .command('add')
  .argument('<username>')
  .requiredOption('-r, --role <role...>', 'registrar, reviewer, supervisor, administrator')
  .option('-o, --office <code>', 'office code (registrars)')
  .option('-d, --district <id>', 'district id')
  .option('-n, --name <display name>')
  .option('-e, --email <address>', 'where the user is told about changes to their account')
  .option('-l, --language <az|hy|ru|en>', 'interface language', 'az')
  .action((username: string, options) => addUser(loadConfig(), username, options));
user.command('reset').argument('<username>').description('issue a new one-time secret').action((username: string) => resetUser(loadConfig(), username));
user
  .command('reset-factors')
  .argument('<username>')
  .description('remove the second factors of a user who lost them; they enrol again at next sign-in')
  .action((username: string) => resetUserFactors(loadConfig(), username));
user.command('list').action(() => listUsers(loadConfig()));

const keys = program.command('keys').description('encryption keys of the special categories and the signing key');
keys
  .command('rotate')
  .description('new data keys; re-seal every value and file under them while serving; destroy the old ones (resumable)')
  .option('-c, --category <category...>', 'only these categories (health, disability, vulnerable-location, documents)')
  .option('--new-master-key-file <file>', 'also re-wrap every key under this master key (created if the file does not exist)')
  .option('--propagation-seconds <n>', 'wait this long for every node to load the new keys (0 when no server runs)', (v) => Number.parseInt(v, 10), 60)
  .action((options: { category?: string[]; newMasterKeyFile?: string; propagationSeconds: number }) => rotateCommand(loadConfig(), options));
keys.command('list').description('the keys, their versions and fingerprints (never their material)').action(() => listKeys(loadConfig()));

const audit = program.command('audit').description('the tamper-evident audit trail');
audit
  .command('verify')
  .description('prove the whole trail consistent, or report the first bad position (exit code 1)')
  .option('-w, --witness <file>', 'a checkpoint exported earlier (`audit checkpoint`): the trail must still extend it')
  .option('--json', 'print the report as JSON')
  .action((options: { witness?: string; json?: boolean }) => verifyAudit(loadConfig(), options));
audit.command('checkpoint').description('print the newest signed checkpoint, to keep outside the database').action(() => exportCheckpoint(loadConfig()));
audit.command('seal').description('seal pending entries now and sign a checkpoint').action(() => sealAudit(loadConfig()));

program
  .command('retention')
  .description('residents\' data kept only as long as it must be')
  .command('run')
  .description('anonymise closed applications past their retention period (HOMEWARD_RETENTION_YEARS) unless held; finish interrupted erasures; expire export files')
  .action(() => runRetention(loadConfig()));

program
  .command('postgres')
  .description('PostgreSQL administration')
  .command('app-role')
  .argument('<role>')
  .description("print the grants for the application nodes' role (run them as the owner; see docs/postgresql-roles.md)")
  .action((role: string) => printAppRoleStatements(role));

program.parseAsync().catch((e: unknown) => {
  const detail = e instanceof Problem ? `${e.code}: ${JSON.stringify(e.errors.length ? e.errors : e.params)}` : e instanceof Error ? e.message : String(e);
  process.stderr.write(`${detail}\n`);
  process.exit(1);
});
