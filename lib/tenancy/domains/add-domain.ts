import { count, eq } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { platformHostname } from '@/lib/env';
import { randomToken } from '@/lib/ids';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict, invalid } from '@/lib/server/errors';
import { isUniqueViolation } from '@/db/errors';
import type { AddDomainInput } from './schemas';
import { assertPlanModule } from '@/lib/plans/enforce';
import { requireFeatureIn } from '@/lib/features/require-feature';

export const DOMAIN_TAKEN = 'This domain is already connected to a store.';
/** A store has a handful of domains; the cap keeps the list short enough to show in full. */
export const MAX_DOMAINS = 20;

/** Connects a custom domain; it serves the storefront once its TXT record is verified. */
export async function addDomain(ctx: OrgContext, input: AddDomainInput) {
  requirePermission(ctx, 'domains.manage');
  const platform = platformHostname();
  if (input.hostname === platform || input.hostname.endsWith(`.${platform}`)) {
    const message = `Addresses under ${platform} come with your store already. Enter a domain you own.`;
    throw invalid(message, { hostname: [message] });
  }
  try {
    return await ctx.tx(async (tx) => {
      await assertPlanModule(tx, ctx.org.id, 'customDomains', 'A custom domain');
      await requireFeatureIn(tx, ctx.org, 'custom_domains');
      const [existing] = await tx.select({ n: count() }).from(domains).where(eq(domains.organizationId, ctx.org.id));
      if ((existing?.n ?? 0) >= MAX_DOMAINS) {
        throw invalid(`A store can have at most ${MAX_DOMAINS} custom domains. Remove one first.`);
      }
      const [domain] = await tx
        .insert(domains)
        .values({ organizationId: ctx.org.id, hostname: input.hostname, verificationToken: randomToken(18) })
        .returning();
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'domain.added',
        entityType: 'domain',
        entityId: domain!.id,
        newValues: { hostname: domain!.hostname, status: domain!.status },
      });
      return { id: domain!.id, hostname: domain!.hostname };
    });
  } catch (e) {
    // The index is global: the hostname may belong to another organization we cannot see.
    if (isUniqueViolation(e, 'domains_hostname_key')) throw conflict(DOMAIN_TAKEN, { hostname: [DOMAIN_TAKEN] });
    throw e;
  }
}
