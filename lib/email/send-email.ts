import type { ReactElement } from 'react';
import { eq, sql } from 'drizzle-orm';
import { render } from '@react-email/components';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/env';
import { emailTransport } from './transport';

export type EmailMessage = { to: string; subject: string; template: string; body: ReactElement };
/** A message already turned into html and text: plain data, so it can travel through the job queue. */
export type RenderedEmail = { to: string; subject: string; template: string; html: string; text: string };

export async function renderEmail(message: EmailMessage): Promise<RenderedEmail> {
  const html = await render(message.body);
  const text = await render(message.body, { plainText: true });
  return { to: message.to, subject: message.subject, template: message.template, html, text };
}

/**
 * Records a rendered message in the outbox, then hands it to the transport. With `outboxId`
 * (the queue's retries pass the same one), a message already stored or sent is not sent again.
 */
export async function deliverRenderedEmail(email: RenderedEmail, options: { outboxId?: string } = {}): Promise<{ id: string; status: 'stored' | 'sent' | 'failed' }> {
  const { to, subject, html, text, template } = email;
  const [row] = await withGlobal(async (tx) => {
    const values = { to, from: env.emailFrom, subject, html, text, template, status: 'stored' as const };
    if (!options.outboxId) return tx.insert(emailOutbox).values(values).returning({ id: emailOutbox.id, status: emailOutbox.status, fresh: sql<boolean>`true` });
    const inserted = await tx
      .insert(emailOutbox)
      .values({ ...values, id: options.outboxId })
      .onConflictDoNothing()
      .returning({ id: emailOutbox.id, status: emailOutbox.status, fresh: sql<boolean>`true` });
    if (inserted.length) return inserted;
    return tx.select({ id: emailOutbox.id, status: emailOutbox.status, fresh: sql<boolean>`false` }).from(emailOutbox).where(eq(emailOutbox.id, options.outboxId));
  });
  const { id } = row!;
  // A retry of a message that already went out (or was stored without a transport) stops here.
  if (!row!.fresh && row!.status !== 'failed') return { id, status: row!.status };
  const delivery = await emailTransport()
    .deliver({ to, from: env.emailFrom, subject, html, text })
    .catch((e: unknown) => ({ status: 'failed' as const, error: e instanceof Error ? e.message : String(e) }));
  if (delivery.status !== 'stored' || !row!.fresh) {
    await withGlobal((tx) =>
      tx
        .update(emailOutbox)
        .set(
          delivery.status === 'sent'
            ? { status: 'sent', providerMessageId: delivery.providerMessageId, sentAt: new Date(), error: null }
            : delivery.status === 'failed'
              ? { status: 'failed', error: delivery.error }
              : { status: 'stored', error: null },
        )
        .where(eq(emailOutbox.id, id)),
    );
  }
  return { id, status: delivery.status };
}

/**
 * Renders a react-email template, records it in the outbox, then hands it to the transport.
 * Call it after the transaction that caused it has committed, so a rolled-back change
 * never sends mail. Returns the outbox id. Mail that may wait goes through enqueueEmail
 * (lib/jobs/queue.ts) instead, which renders now and delivers from the worker.
 */
export async function sendEmail(message: EmailMessage): Promise<string> {
  return (await deliverRenderedEmail(await renderEmail(message))).id;
}
