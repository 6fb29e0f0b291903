/**
 * The API's shapes, taken from the server's own zod schemas (types only: nothing of the server
 * is bundled by these imports).
 */
import type { z } from 'zod';
import type { SessionView, TotpEnrolmentView, UserView } from '../../../src/access/schemas.js';
import type { NotificationView } from '../../../src/notifications/schemas.js';
import type { OfficeView, OutreachEventView } from '../../../src/offices/schemas.js';
import type { PersonView } from '../../../src/people/schemas.js';
import type { PlaceHit, PlaceView } from '../../../src/places/schemas.js';
import type {
  ApplicationCreate,
  ApplicationList,
  ApplicationListQuery,
  ApplicationReceipt,
  ApplicationView,
  IntakeFigures,
} from '../../../src/registration/schemas.js';

export type { ApplicationCreate, ApplicationReceipt, ApplicationView, NotificationView, OfficeView, OutreachEventView, PersonView, PlaceView, UserView };
export type Session = z.infer<typeof SessionView>;
export type TotpEnrolment = z.infer<typeof TotpEnrolmentView>;
export type ApplicationListPage = z.infer<typeof ApplicationList>;
export type ApplicationListItem = ApplicationListPage['items'][number];
export type WorklistQuery = Partial<z.input<typeof ApplicationListQuery>>;
export type PlaceMatch = z.infer<typeof PlaceHit>;
export type IntakeFigureTable = z.infer<typeof IntakeFigures>;
export type { State, StepType } from '../../../src/registration/core/lifecycle.js';
export type { Role } from '../../../src/access/core/policy.js';
