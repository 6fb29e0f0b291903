import type { HomewardMigration } from '../ddl.js';
import { accessMigration } from './0001-access.js';
import { auditMigration } from './0002-audit.js';
import { placesOfficesMigration } from './0003-places-offices.js';
import { peopleMigration } from './0004-people.js';
import { registrationMigration } from './0005-registration.js';
import { notificationsMigration } from './0006-notifications.js';
import { staffFactorsMigration } from './0009-staff-factors.js';

/** Every migration, in the order it applies. A new one is appended, never edited once released. */
export const migrations: HomewardMigration[] = [
  accessMigration,
  auditMigration,
  placesOfficesMigration,
  peopleMigration,
  registrationMigration,
  notificationsMigration,
  staffFactorsMigration,
];
