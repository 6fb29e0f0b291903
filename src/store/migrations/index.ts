import type { HomewardMigration } from '../ddl.js';
import { accessMigration } from './0001-access.js';
import { auditMigration } from './0002-audit.js';
import { placesOfficesMigration } from './0003-places-offices.js';
import { peopleMigration } from './0004-people.js';
import { registrationMigration } from './0005-registration.js';
import { notificationsMigration } from './0006-notifications.js';
import { keysMigration } from './0007-keys.js';
import { attachmentFileIdsMigration } from './0008-attachment-file-ids.js';
import { specialCategoriesMigration } from './0009-special-categories.js';
import { auditChainMigration } from './0010-audit-chain.js';
import { portalMigration } from './0011-portal.js';
import { matchingMigration } from './0012-matching.js';
import { staffFactorsMigration } from './0013-staff-factors.js';
import { rightsMigration } from './0014-rights.js';
import { outreachMigration } from './0015-outreach.js';
import { sealedTotpSecretsMigration } from './0016-sealed-totp-secrets.js';
import { erasureRequestsMigration } from './0017-erasure-requests.js';
import { matchQueueOrderMigration } from './0018-match-queue-order.js';
import { pendingMatchKeysMigration } from './0019-pending-match-keys.js';
import { unindexedMatchKeysMigration } from './0020-unindexed-match-keys.js';

/** Every migration, in the order it applies. A new one is appended, never edited once released. */
export const migrations: HomewardMigration[] = [
  accessMigration,
  auditMigration,
  placesOfficesMigration,
  peopleMigration,
  registrationMigration,
  notificationsMigration,
  keysMigration,
  attachmentFileIdsMigration,
  specialCategoriesMigration,
  auditChainMigration,
  portalMigration,
  matchingMigration,
  staffFactorsMigration,
  rightsMigration,
  outreachMigration,
  sealedTotpSecretsMigration,
  erasureRequestsMigration,
  matchQueueOrderMigration,
  pendingMatchKeysMigration,
  unindexedMatchKeysMigration,
];
