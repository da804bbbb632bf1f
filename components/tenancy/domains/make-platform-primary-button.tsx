'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { setPrimaryDomainAction } from '@/lib/tenancy/domains/actions';

/** Goes back to the platform subdomain as the store's primary address. */
export function MakePlatformPrimaryButton({ slug }: { slug: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      loading={pending}
      onClick={() =>
        start(async () => {
          const result = await setPrimaryDomainAction(slug, { domainId: null });
          if (result.error) toast({ title: result.error.message, variant: 'destructive' });
          else toast({ title: 'The platform address is now primary', variant: 'success' });
          router.refresh();
        })
      }
    >
      Make primary
    </Button>
  );
}
