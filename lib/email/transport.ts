import { Resend } from 'resend';
import { env } from '@/lib/env';

export type OutgoingEmail = { to: string; from: string; subject: string; html: string; text: string };
export type Delivery = { status: 'sent'; providerMessageId: string | null } | { status: 'stored' } | { status: 'failed'; error: string };

/**
 * Where mail goes. With RESEND_API_KEY, Resend; without it, nowhere: the outbox row is the
 * delivery and the development mailbox (/dev/mailbox) shows it.
 */
export interface EmailTransport {
  deliver(email: OutgoingEmail): Promise<Delivery>;
}

const storeOnly: EmailTransport = { deliver: async () => ({ status: 'stored' }) };

function resendTransport(apiKey: string): EmailTransport {
  // Built lazily: the SDK throws on construction without a key.
  const client = new Resend(apiKey);
  return {
    async deliver(email) {
      const { data, error } = await client.emails.send(email);
      if (error) return { status: 'failed', error: error.message };
      return { status: 'sent', providerMessageId: data?.id ?? null };
    },
  };
}

let transport: EmailTransport | undefined;
export function emailTransport(): EmailTransport {
  return (transport ??= env.resendApiKey ? resendTransport(env.resendApiKey) : storeOnly);
}

/**
 * The development mailbox shows every stored email, reset links included, to anyone who can
 * reach the site. So it is on only without Resend, and outside `next dev` only when asked
 * for (DEV_MAILBOX=1, which `npm run demo` and the e2e server set): a production deployment
 * that merely forgot RESEND_API_KEY does not publish its users' reset links.
 */
export function isMailboxEnabled() {
  return !env.resendApiKey && (process.env.NODE_ENV !== 'production' || process.env.DEV_MAILBOX === '1');
}
