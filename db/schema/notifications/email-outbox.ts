import { index, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../columns';

export const emailStatus = pgEnum('email_status', ['stored', 'sent', 'failed']);

/**
 * Every email the platform sends. With RESEND_API_KEY the row records the provider's id;
 * without it the row is the delivery (status `stored`) and the development mailbox shows it.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id('eml'),
    to: text('to').notNull(),
    from: text('from').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    template: text('template').notNull(),
    status: emailStatus('status').notNull(),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('email_outbox_to_idx').on(t.to, t.createdAt), index('email_outbox_created_idx').on(t.createdAt)],
);
