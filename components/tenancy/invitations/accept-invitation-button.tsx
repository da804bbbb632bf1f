'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { acceptInvitationAction } from '@/lib/tenancy/invitations/actions';

export function AcceptInvitationButton({ token, organizationName }: { token: string; organizationName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <Button
        size="lg"
        loading={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await acceptInvitationAction({ token });
            if (result.error) setError(result.error.message);
            else router.push(result.data.redirectTo);
          })
        }
      >
        Join {organizationName}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
