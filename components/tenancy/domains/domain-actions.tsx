'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { RefreshCw, Star, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { checkDomainAction, removeDomainAction, setPrimaryDomainAction } from '@/lib/tenancy/domains/actions';

type Props = { slug: string; domain: { id: string; hostname: string; status: 'pending' | 'verified' | 'failed'; isPrimary: boolean } };

/** Check now, make primary, remove (confirmed) for one custom domain. */
export function DomainActions({ slug, domain }: Props) {
  const router = useRouter();
  const [checking, startCheck] = useTransition();
  const [saving, startSave] = useTransition();
  const [removing, setRemoving] = useState(false);
  const busy = checking || saving || removing;

  const check = () =>
    startCheck(async () => {
      const result = await checkDomainAction(slug, { domainId: domain.id });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else if (result.data.status === 'verified') toast({ title: `${domain.hostname} is verified`, variant: 'success' });
      else toast({ title: 'Not verified yet', description: result.data.error ?? undefined, variant: 'destructive' });
      router.refresh();
    });

  const makePrimary = () =>
    startSave(async () => {
      const result = await setPrimaryDomainAction(slug, { domainId: domain.id });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else toast({ title: `${domain.hostname} is now the primary address`, variant: 'success' });
      router.refresh();
    });

  return (
    <div className="flex flex-wrap gap-2">
      {domain.status !== 'verified' && (
        <Button type="button" variant="outline" size="sm" loading={checking} disabled={busy} onClick={check}>
          {!checking && <RefreshCw aria-hidden="true" />}
          {checking ? 'Checking…' : 'Check now'}
        </Button>
      )}
      {domain.status === 'verified' && !domain.isPrimary && (
        <Button type="button" variant="outline" size="sm" disabled={busy} onClick={makePrimary}>
          <Star aria-hidden="true" />
          Make primary
        </Button>
      )}
      <ConfirmActionButton
        trigger={(pending) => (
          <>
            {!pending && <Trash2 aria-hidden="true" />}
            Remove
          </>
        )}
        triggerVariant="ghost"
        triggerSize="sm"
        triggerClassName="text-destructive hover:text-destructive"
        disabled={busy}
        onPendingChange={setRemoving}
        title={`Remove ${domain.hostname}?`}
        description={`Shoppers who visit ${domain.hostname} will no longer reach your store. Your platform address keeps working.`}
        confirmLabel="Remove domain"
        destructive
        run={() => removeDomainAction(slug, { domainId: domain.id })}
        successMessage={`${domain.hostname} removed`}
        refresh="always"
      />
    </div>
  );
}
