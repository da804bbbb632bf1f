'use client';

import { Button } from '@/components/ui/button';
import { useSetPrimaryDomain } from './use-set-primary-domain';

/** Goes back to the platform subdomain as the store's primary address. */
export function MakePlatformPrimaryButton({ slug }: { slug: string }) {
  const { pending, execute } = useSetPrimaryDomain(slug, null);
  return (
    <Button type="button" variant="outline" size="sm" loading={pending} onClick={execute}>
      Make primary
    </Button>
  );
}
