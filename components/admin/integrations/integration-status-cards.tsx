import Link from 'next/link';
import { CircleCheck, CircleMinus } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { getIntegrationStatus } from '@/lib/admin/integrations/get-integration-status';
import { DOMAIN_STATUS_LABELS } from '@/lib/tenancy/labels';
import { cn } from '@/lib/utils/cn';

type Status = Awaited<ReturnType<typeof getIntegrationStatus>>;

function Configured({ on, yes, no }: { on: boolean; yes: string; no: string }) {
  const Icon = on ? CircleCheck : CircleMinus;
  return (
    <p className="flex items-center gap-2 font-medium">
      <Icon aria-hidden="true" className={cn('size-4', on ? 'text-success' : 'text-muted-foreground')} />
      {on ? yes : no}
    </p>
  );
}

/** Which outside services the deployment has keys for, and where custom domains stand. */
export function IntegrationStatusCards({ status }: { status: Status }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Integration status">
      <li>
        <Card className="h-full">
          <CardHeader className="pb-2">
            <CardTitle as="h2" className="text-base">
              Platform billing (Stripe)
            </CardTitle>
            <CardDescription>Plan subscriptions paid through the platform’s Stripe account.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-1 text-sm">
            <Configured on={status.billing.configured} yes="Configured" no="Not configured: plans are changed by hand in Tenants" />
            {status.billing.configured && !status.billing.webhookConfigured && <p className="text-warning">The webhook signing secret is missing.</p>}
          </CardContent>
        </Card>
      </li>
      <li>
        <Card className="h-full">
          <CardHeader className="pb-2">
            <CardTitle as="h2" className="text-base">
              Email (Resend)
            </CardTitle>
            <CardDescription>Order, invitation and account emails.</CardDescription>
          </CardHeader>
          <CardContent className="text-sm">
            <Configured on={status.email.configured} yes="Configured" no="Not configured: emails are only stored in the outbox" />
          </CardContent>
        </Card>
      </li>
      <li>
        <Card className="h-full">
          <CardHeader className="pb-2">
            <CardTitle as="h2" className="text-base">
              Custom domains
            </CardTitle>
            <CardDescription>Re-checked every hour.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-3 gap-2">
              {(['verified', 'pending', 'failed'] as const).map((s) => (
                <div key={s} className="flex flex-col">
                  <dt className="text-xs text-muted-foreground">{DOMAIN_STATUS_LABELS[s]}</dt>
                  <dd>
                    <Link
                      href={`/admin/integrations/domains?status=${s}`}
                      className={cn('text-xl font-semibold tabular-nums hover:underline', s === 'failed' && status.domains[s] > 0 && 'text-destructive')}
                      aria-label={`${status.domains[s]} ${DOMAIN_STATUS_LABELS[s].toLowerCase()} domains`}
                    >
                      {status.domains[s]}
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      </li>
    </ul>
  );
}
