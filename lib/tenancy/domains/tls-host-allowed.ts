import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { withPlatform } from '@/db/scope';
import { domains, organizations } from '@/db/schema';
import { env } from '@/lib/env';
import { classifyHost, normalizeHost } from '@/lib/tenancy/hosts';
import { LABEL } from './schemas';

/** The ask endpoint's query: `domain` as a TLS proxy sends it (a bare hostname), normalized. */
export const TlsAskQuery = z.object({
  domain: z
    .string()
    .transform((value) => normalizeHost(value))
    .refine((host) => host.length > 0 && host.length <= 253 && host.split('.').every((l) => LABEL.test(l)), 'Expected a hostname.'),
});

/**
 * May the TLS proxy get a certificate for this hostname? Yes for a verified custom domain or the
 * platform subdomain of an active organization, so nobody can make us request certificates (and
 * burn the CA's rate limits) for names we do not serve. One indexed lookup: the proxy asks on
 * every first handshake of an unknown name.
 */
export async function tlsHostAllowed(hostname: string): Promise<boolean> {
  const host = classifyHost(hostname, env.platformHost);
  if (host.kind === 'platform') return false;
  const live = and(eq(organizations.status, 'active'), isNull(organizations.deletedAt));
  // Host lookup before any tenant is known, like the storefront's: the platform scope.
  const rows = await withPlatform((tx) =>
    host.kind === 'subdomain'
      ? tx.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.slug, host.slug), live)).limit(1)
      : tx
          .select({ id: organizations.id })
          .from(domains)
          .innerJoin(organizations, eq(organizations.id, domains.organizationId))
          .where(and(eq(domains.hostname, host.hostname), eq(domains.status, 'verified'), live))
          .limit(1),
  );
  return rows.length > 0;
}
