'use client';

import { useRunAction } from '@/components/forms/use-run-action';
import { setPrimaryDomainAction } from '@/lib/tenancy/domains/actions';

/** Makes a verified custom domain, or (with `null`) the platform address, the store's primary address. */
export function useSetPrimaryDomain(slug: string, domain: { id: string; hostname: string } | null) {
  return useRunAction({
    run: () => setPrimaryDomainAction(slug, { domainId: domain?.id ?? null }),
    successMessage: domain ? `${domain.hostname} is now the primary address` : 'The platform address is now primary',
    refresh: 'always',
  });
}
