import path from 'node:path';
import { z } from 'zod';
import type { MasterKeySource } from './keys/master.js';
import { parseRetentionYears, type RetentionYears } from './rights/core/retention.js';

/**
 * Everything Homeward reads from its environment, validated once at start-up. A wrong value stops
 * the process with the variable's name and the rule it broke, before anything is opened.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  HOMEWARD_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  HOMEWARD_DB_POOL: z.coerce.number().int().min(1).max(200).default(20),
  HOMEWARD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOMEWARD_PUBLIC_URL: z.string().url().optional(),
  /** The region's time zone: a registration belongs to the local day it was made on. */
  HOMEWARD_TIME_ZONE: z.string().refine(validTimeZone, 'must be an IANA time zone such as Asia/Baku').default('Asia/Baku'),
  /** Cookies carry the Secure flag unless this is set to "false" (plain-HTTP test networks only). */
  HOMEWARD_SECURE_COOKIES: z.enum(['true', 'false']).default('true'),
  /** Run the notification worker in this process (turn off on nodes that should only serve HTTP). */
  HOMEWARD_WORKER: z.enum(['true', 'false']).default('true'),
  HOMEWARD_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  HOMEWARD_MAIL_FROM: z.string().default('Homeward <no-reply@homeward.invalid>'),
  HOMEWARD_SMS_GATEWAY_URL: z.string().url().optional(),
  HOMEWARD_SMS_GATEWAY_TOKEN: z.string().optional(),
  /** The master key (32 bytes, base64) that wraps the data keys; or a file holding it. Never logged. */
  HOMEWARD_MASTER_KEY: z.string().optional(),
  HOMEWARD_MASTER_KEY_FILE: z.string().optional(),
  /** Run the audit sealer in this process (every node may: one at a time holds the lock). */
  HOMEWARD_AUDIT_SEALER: z.enum(['true', 'false']).default('true'),
  /** Years a closed application is kept after its last action, by final state: "rejected=5,withdrawn=5,documents-issued=75". */
  HOMEWARD_RETENTION_YEARS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const parsed = parseRetentionYears(v);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return parsed as RetentionYears;
    }),
});

export type Env = z.infer<typeof envSchema>;

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; pool: number };
  logLevel: Env['HOMEWARD_LOG_LEVEL'];
  publicUrl: string;
  timeZone: string;
  secureCookies: boolean;
  runWorker: boolean;
  /** Where the master key comes from (see keys/master.ts). */
  keys: MasterKeySource;
  runAuditSealer: boolean;
  /** Years closed applications are kept, by final state (the retention job, rights/retention.ts). */
  retentionYears: RetentionYears;
  notifications: {
    smtpUrl?: string;
    mailFrom: string;
    smsGatewayUrl?: string;
    smsGatewayToken?: string;
    fileSink: string;
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.HOMEWARD_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    filesDir: path.join(dataDir, 'files'),
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, pool: e.HOMEWARD_DB_POOL }
      : { kind: 'sqlite', file: path.join(dataDir, 'homeward.sqlite') },
    logLevel: e.HOMEWARD_LOG_LEVEL,
    publicUrl: e.HOMEWARD_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    timeZone: e.HOMEWARD_TIME_ZONE,
    secureCookies: e.HOMEWARD_SECURE_COOKIES === 'true',
    runWorker: e.HOMEWARD_WORKER === 'true',
    keys: {
      ...(e.HOMEWARD_MASTER_KEY ? { base64: e.HOMEWARD_MASTER_KEY } : {}),
      ...(e.HOMEWARD_MASTER_KEY_FILE ? { file: path.resolve(e.HOMEWARD_MASTER_KEY_FILE) } : {}),
      embeddedFile: path.join(dataDir, 'keys', 'master.key'),
    },
    runAuditSealer: e.HOMEWARD_AUDIT_SEALER === 'true',
    retentionYears: e.HOMEWARD_RETENTION_YEARS,
    notifications: {
      smtpUrl: e.HOMEWARD_SMTP_URL,
      mailFrom: e.HOMEWARD_MAIL_FROM,
      smsGatewayUrl: e.HOMEWARD_SMS_GATEWAY_URL,
      smsGatewayToken: e.HOMEWARD_SMS_GATEWAY_TOKEN,
      fileSink: path.join(dataDir, 'notifications.jsonl'),
    },
  };
}
