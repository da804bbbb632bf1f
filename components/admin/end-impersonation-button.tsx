'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { LogOut } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { endImpersonationAction } from '@/lib/admin/impersonation/actions';

/** Ends the support session and goes back to the tenant's page in the back office. */
export function EndImpersonationButton({ sessionId, organizationId }: { sessionId: string; organizationId: string }) {
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const end = async () => {
    setPending(true);
    const result = await endImpersonationAction({ sessionId });
    if (result.error) {
      setPending(false);
      toast({ title: result.error.message, variant: 'destructive' });
      return;
    }
    router.push(`/admin/tenants/${organizationId}`);
  };
  return (
    <Button type="button" size="sm" variant="outline" loading={pending} onClick={end} className="border-background/60 bg-transparent text-background hover:bg-background hover:text-foreground">
      <LogOut aria-hidden="true" />
      End session
    </Button>
  );
}
