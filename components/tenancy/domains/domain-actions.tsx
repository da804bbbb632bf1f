'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { RefreshCw, Star, Trash2 } from 'lucide-react';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { checkDomainAction, removeDomainAction, setPrimaryDomainAction } from '@/lib/tenancy/domains/actions';

type Props = { slug: string; domain: { id: string; hostname: string; status: 'pending' | 'verified' | 'failed'; isPrimary: boolean } };

/** Check now, make primary, remove (confirmed) for one custom domain. */
export function DomainActions({ slug, domain }: Props) {
  const router = useRouter();
  const [checking, startCheck] = useTransition();
  const [saving, startSave] = useTransition();
  const busy = checking || saving;

  const check = () =>
    startCheck(async () => {
      const result = await checkDomainAction(slug, { domainId: domain.id });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else if (result.data.status === 'verified') toast({ title: `${domain.hostname} is verified`, variant: 'success' });
      else toast({ title: 'Not verified yet', description: result.data.error ?? undefined, variant: 'destructive' });
      router.refresh();
    });

  const run = (action: () => Promise<{ error?: { message: string } }>, success: string) =>
    startSave(async () => {
      const result = await action();
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else toast({ title: success, variant: 'success' });
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
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={busy}
          onClick={() => run(() => setPrimaryDomainAction(slug, { domainId: domain.id }), `${domain.hostname} is now the primary address`)}
        >
          <Star aria-hidden="true" />
          Make primary
        </Button>
      )}
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button type="button" variant="ghost" size="sm" disabled={busy} className="text-destructive hover:text-destructive">
            <Trash2 aria-hidden="true" />
            Remove
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Remove {domain.hostname}?</AlertDialogTitle>
            <AlertDialogDescription>
              Shoppers who visit {domain.hostname} will no longer reach your store. Your platform address keeps working.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={() => run(() => removeDomainAction(slug, { domainId: domain.id }), `${domain.hostname} removed`)}>
              Remove domain
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
