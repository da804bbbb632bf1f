import { eq } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getDomainInOrg } from './internal';
import type { DomainIdInput } from './schemas';

/** Disconnects a custom domain; the storefront stays on its platform subdomain. */
export async function removeDomain(ctx: OrgContext, input: DomainIdInput) {
  requirePermission(ctx, 'domains.manage');
  return ctx.tx(async (tx) => {
    const domain = await getDomainInOrg(tx, { orgId: ctx.org.id, id: input.domainId });
    await tx.delete(domains).where(eq(domains.id, domain.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'domain.removed',
      entityType: 'domain',
      entityId: domain.id,
      oldValues: { hostname: domain.hostname, status: domain.status, isPrimary: domain.isPrimary },
    });
    return { id: domain.id };
  });
}
