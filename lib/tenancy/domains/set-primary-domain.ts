import { asc, eq, sql } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid, notFound } from '@/lib/server/errors';
import type { SetPrimaryDomainInput } from './schemas';

/**
 * The address the storefront is known by; null = the platform subdomain. All the
 * organization's domains are locked in id order first, so parallel changes queue (no
 * deadlock) and one UPDATE leaves exactly one primary.
 */
export async function setPrimaryDomain(ctx: OrgContext, input: SetPrimaryDomainInput) {
  requirePermission(ctx, 'domains.manage');
  return ctx.tx(async (tx) => {
    const all = await tx
      .select()
      .from(domains)
      .where(eq(domains.organizationId, ctx.org.id))
      .orderBy(asc(domains.id))
      .for('update');
    if (input.domainId) {
      const domain = all.find((d) => d.id === input.domainId);
      if (!domain) throw notFound('Domain');
      if (domain.status !== 'verified') throw invalid('Only a verified domain can be the primary address.');
    }
    const previous = all.find((d) => d.isPrimary);
    await tx
      .update(domains)
      .set({ isPrimary: sql`${domains.id} = ${input.domainId ?? ''}` })
      .where(eq(domains.organizationId, ctx.org.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'domain.primary_set',
      entityType: 'domain',
      entityId: input.domainId,
      oldValues: { primaryDomainId: previous?.id ?? null },
      newValues: { primaryDomainId: input.domainId },
    });
    return { primaryDomainId: input.domainId };
  });
}
