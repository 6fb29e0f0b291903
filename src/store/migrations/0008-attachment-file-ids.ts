import type { HomewardMigration } from '../ddl.js';

/**
 * Attachments refer to their file by the file store's id instead of the SHA-256 of the scan: the
 * hash of a plaintext scan in the database would tell who holds the same document. Rows from
 * before keep their value, which is also the name of their (legacy, plaintext) file until
 * `homeward keys rotate` seals it in place.
 */
export const attachmentFileIdsMigration: HomewardMigration = {
  name: '0008-attachment-file-ids',
  async up(db) {
    await db.schema.alterTable('attachments').renameColumn('sha256', 'file_id').execute();
  },
};
