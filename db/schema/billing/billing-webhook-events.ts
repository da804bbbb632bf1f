import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../columns';

/**
 * Platform billing events already handled (Stripe Billing on the platform's account). Global: an
 * event may arrive before we know which organization it is for. The insert of the event id is
 * the first write of the handler's transaction, so a replay conflicts and changes nothing.
 */
export const billingWebhookEvents = pgTable(
  'billing_webhook_events',
  {
    id: id('bwe'),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    organizationId: text('organization_id'),
    outcome: text('outcome').notNull().default('processed'),
    receivedAt: createdAt(),
  },
  (t) => [uniqueIndex('billing_webhook_events_event_key').on(t.eventId)],
);
