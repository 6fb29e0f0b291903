import { z } from 'zod';
import { notificationEvents } from './core/templates.js';

export const deliveryStates = ['pending', 'sending', 'sent', 'delivered', 'dead'] as const;
export const notificationChannels = ['sms', 'email'] as const;

export const NotificationView = z.object({
  id: z.number().int(),
  subjectType: z.string(),
  subjectId: z.string(),
  event: z.enum(notificationEvents),
  channel: z.enum(notificationChannels),
  language: z.string(),
  state: z.enum(deliveryStates),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationQuery = z.strictObject({
  state: z.enum(deliveryStates).default('dead'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const NotificationIdParams = z.strictObject({ id: z.coerce.number().int().min(1) });
