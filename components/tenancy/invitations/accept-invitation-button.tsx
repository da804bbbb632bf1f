'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { acceptInvitationAction } from '@/lib/tenancy/invitations/actions';

export function AcceptInvitationButton({ token, organizationName }: { token: string; organizationName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { pending, execute } = useRunAction({
    run: () => acceptInvitationAction({ token }),
    // In the same transition, so the button stays busy until the organization's page is in.
    onDone: (data) => router.push(data.redirectTo),
    onError: (e) => setError(e.message),
  });
  return (
    <div className="flex flex-col gap-3">
      <Button
        size="lg"
        loading={pending}
        onClick={() => {
          setError(null);
          execute();
        }}
      >
        Join {organizationName}
      </Button>
      <FormError message={error} />
    </div>
  );
}
