'use client';

import { useState } from 'react';
import { RefreshCw, Star, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { checkDomainAction, removeDomainAction } from '@/lib/tenancy/domains/actions';
import { useSetPrimaryDomain } from './use-set-primary-domain';

type Props = {
  slug: string;
  domain: { id: string; hostname: string; status: 'pending' | 'verified' | 'failed'; isPrimary: boolean; lastCheckError: string | null };
};

/** Check now, make primary, remove (confirmed) for one custom domain. */
export function DomainActions({ slug, domain }: Props) {
  const { pending: checking, execute: check } = useRunAction({
    run: () => checkDomainAction(slug, { domainId: domain.id }),
    successMessage: (result) => (result.status === 'verified' && !result.error ? `${domain.hostname} is verified` : null),
    onDone: (result) => {
      if (result.status !== 'verified') toast({ title: 'Not verified yet', description: result.error ?? undefined, variant: 'destructive' });
      else if (result.error) toast({ title: 'Record still missing', description: result.error, variant: 'destructive' });
    },
    refresh: 'always',
  });
  const { pending: saving, execute: makePrimary } = useSetPrimaryDomain(slug, domain);
  const [removing, setRemoving] = useState(false);
  const busy = checking || saving || removing;

  return (
    <div className="flex flex-wrap gap-2">
      {/* A verified domain whose last check failed can be checked again once the record is back. */}
      {(domain.status !== 'verified' || domain.lastCheckError) && (
        <Button type="button" variant="outline" size="sm" loading={checking} disabled={busy} onClick={check}>
          {!checking && <RefreshCw aria-hidden="true" />}
          {checking ? 'Checking…' : 'Check now'}
        </Button>
      )}
      {domain.status === 'verified' && !domain.isPrimary && (
        <Button type="button" variant="outline" size="sm" loading={saving} disabled={busy} onClick={makePrimary}>
          {!saving && <Star aria-hidden="true" />}
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
        triggerVariant="ghost-destructive"
        triggerSize="sm"
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
