import type { ReactElement } from 'react';
import { eq } from 'drizzle-orm';
import { render } from '@react-email/components';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/env';
import { emailTransport } from './transport';

export type EmailMessage = { to: string; subject: string; template: string; body: ReactElement };

/**
 * Renders a react-email template, records it in the outbox, then hands it to the transport.
 * Call it after the transaction that caused it has committed, so a rolled-back change
 * never sends mail. Returns the outbox id.
 */
export async function sendEmail(message: EmailMessage): Promise<string> {
  const html = await render(message.body);
  const text = await render(message.body, { plainText: true });
  const [row] = await withGlobal((tx) =>
    tx
      .insert(emailOutbox)
      .values({ to: message.to, from: env.emailFrom, subject: message.subject, html, text, template: message.template, status: 'stored' })
      .returning({ id: emailOutbox.id }),
  );
  const id = row!.id;
  const delivery = await emailTransport()
    .deliver({ to: message.to, from: env.emailFrom, subject: message.subject, html, text })
    .catch((e: unknown) => ({ status: 'failed' as const, error: e instanceof Error ? e.message : String(e) }));
  if (delivery.status !== 'stored') {
    await withGlobal((tx) =>
      tx
        .update(emailOutbox)
        .set(
          delivery.status === 'sent'
            ? { status: 'sent', providerMessageId: delivery.providerMessageId, sentAt: new Date() }
            : { status: 'failed', error: delivery.error },
        )
        .where(eq(emailOutbox.id, id)),
    );
  }
  return id;
}
