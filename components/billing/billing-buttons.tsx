'use client';

import { useState, useTransition } from 'react';
import { openBillingPortalAction, startPlanCheckoutAction } from '@/lib/billing/actions';
import type { ActionResult } from '@/lib/server/action';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';

type PaidPlan = 'basic' | 'pro' | 'enterprise';
type Choice = { plan: PaidPlan; label: string };

/**
 * "Upgrade to X" / "Switch to X" and "Manage payment methods and invoices": each asks the server
 * for a Stripe URL (Checkout, or the customer portal) and goes there; a refusal (e.g. the store
 * has outgrown a smaller plan) is shown under the buttons.
 */
export function BillingButtons({ slug, choices, canOpenPortal }: { slug: string; choices: Choice[]; canOpenPortal: boolean }) {
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function go(key: string, call: () => Promise<ActionResult<{ url: string }>>) {
    setError(null);
    setBusy(key);
    startTransition(async () => {
      const result = await call();
      if (result.error) {
        setError(result.error.message);
        setBusy(null);
        return;
      }
      window.location.assign(result.data.url); // busy stays on until the browser leaves
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {choices.map(({ plan, label }) => (
          <Button key={plan} disabled={pending} onClick={() => go(plan, () => startPlanCheckoutAction(slug, { plan }))} aria-busy={busy === plan}>
            {busy === plan && <Spinner />}
            {label}
          </Button>
        ))}
        {canOpenPortal && (
          <Button variant="outline" disabled={pending} onClick={() => go('portal', () => openBillingPortalAction(slug, {}))} aria-busy={busy === 'portal'}>
            {busy === 'portal' && <Spinner />}
            Manage payment methods and invoices
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
