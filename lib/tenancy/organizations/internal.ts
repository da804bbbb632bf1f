import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { organizations, type Organization } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/** The organization row, locked for this transaction (settings and logo changes read-modify-write it). */
export async function lockOrganization(tx: Tx, orgId: string): Promise<Organization> {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, orgId)).for('update');
  if (!org) throw notFound('Organization');
  return org;
}
