import { createElement } from 'react';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { memberships, organizations, users } from '@/db/schema';
import { DomainUnverifiedEmail } from '@/emails/domain-unverified';
import { sendEmail } from '@/lib/email/send-email';
import { env } from '@/lib/env';
import { FAILURES_BEFORE_UNVERIFIED } from './apply-check-result';

/**
 * Emails every owner that a domain stopped routing. Called after the change committed; a mail
 * failure is logged, not thrown: the domain's state is already right and the page shows it.
 * It goes straight to the outbox (not the queue): this runs in the worker, off any request.
 */
export async function notifyDomainUnverified(orgId: string, hostname: string, error: string | null) {
  try {
    const { org, owners } = await withOrg(orgId, async (tx) => {
      const [org] = await tx.select({ name: organizations.name, slug: organizations.slug }).from(organizations).where(eq(organizations.id, orgId));
      const owners = await tx
        .select({ email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, orgId), eq(memberships.role, 'owner')));
      return { org, owners };
    });
    if (!org) return;
    const url = `${env.appUrl}/dashboard/${org.slug}/settings/domains`;
    for (const { email } of owners) {
      await sendEmail({
        to: email,
        subject: `${hostname} no longer points to ${org.name}`,
        template: 'domain-unverified',
        body: createElement(DomainUnverifiedEmail, { storeName: org.name, hostname, error, checks: FAILURES_BEFORE_UNVERIFIED, url }),
      });
    }
  } catch (e) {
    console.error(`Could not email the owners of ${orgId} that ${hostname} stopped routing`, e);
  }
}
