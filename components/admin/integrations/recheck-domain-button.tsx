'use client';

import { RefreshCw } from 'lucide-react';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { recheckDomainAction } from '@/lib/admin/integrations/actions';

/** Looks up a tenant's verification record now, with the same rules as the hourly re-check. */
export function RecheckDomainButton({ domain }: { domain: { id: string; hostname: string } }) {
  const { pending, execute } = useRunAction({
    run: () => recheckDomainAction({ domainId: domain.id }),
    successMessage: (result) => (result.error ? null : `${domain.hostname}: record found, verified`),
    onDone: (result) => {
      if (result.error) toast({ title: `${domain.hostname}: ${result.status === 'verified' ? 'still verified, record missing' : 'not verified'}`, description: result.error, variant: 'destructive' });
    },
    refresh: 'always',
  });
  return (
    <Button type="button" variant="outline" size="sm" loading={pending} onClick={execute} aria-label={`Re-check ${domain.hostname} now`}>
      {!pending && <RefreshCw aria-hidden="true" />}
      {pending ? 'Checking…' : 'Re-check now'}
    </Button>
  );
}
