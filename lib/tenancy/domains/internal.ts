import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { domains, type Domain } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/** One custom domain of the organization (locked for this transaction), or NotFound. */
export async function getDomainInOrg(tx: Tx, { orgId, id }: { orgId: string; id: string }): Promise<Domain> {
  const [domain] = await tx
    .select()
    .from(domains)
    .where(and(eq(domains.organizationId, orgId), eq(domains.id, id)))
    .for('update');
  if (!domain) throw notFound('Domain');
  return domain;
}
