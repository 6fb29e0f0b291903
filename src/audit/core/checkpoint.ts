import { z } from 'zod';

/** What a checkpoint commits to: the trail up to a block, its size in entries and its head hash. */
export interface CheckpointClaim {
  block: number;
  size: number;
  hash: string;
  at: string;
}

/**
 * The exact text signed: a small note, readable by a person and by other tools, in the manner of
 * transparency-log checkpoints (tree size and root hash under the log's key).
 */
export const checkpointMessage = (c: CheckpointClaim) =>
  Buffer.from(`homeward audit checkpoint v1\nblock ${c.block}\nsize ${c.size}\nhash ${c.hash}\nat ${c.at}\n`, 'utf8');

/**
 * A checkpoint as exported (`homeward audit checkpoint`) and kept outside the database by the
 * data-protection officer: later verifications with `--witness` prove the trail still extends it,
 * which catches a truncation that also removed the checkpoints stored in the database.
 */
export const SignedCheckpoint = z.object({
  block: z.number().int().positive(),
  size: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  keyId: z.string(),
  signature: z.string(),
});
export type SignedCheckpoint = z.infer<typeof SignedCheckpoint>;
