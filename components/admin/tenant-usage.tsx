import { Progress } from '@/components/ui/progress';
import type { TenantDetail } from '@/lib/admin/get-tenant';
import { RESOURCE_LABELS } from '@/lib/plans/plans';

const number = new Intl.NumberFormat('en-GB');

function labelOf(resource: TenantDetail['usage'][number]['resource']) {
  if (resource === 'ordersThisMonth') return 'Orders this month';
  const short = RESOURCE_LABELS[resource].short;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** What the tenant uses of each plan limit; over the limit (after a downgrade by billing) is called out. */
export function TenantUsage({ usage }: { usage: TenantDetail['usage'] }) {
  return (
    <ul className="flex flex-col gap-4">
      {usage.map((u) => {
        const label = labelOf(u.resource);
        const over = u.limit !== null && u.used > u.limit;
        return (
          <li key={u.resource} className="flex flex-col gap-1.5">
            <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <span className="font-medium">{label}</span>
              <span className={`tabular-nums ${over ? 'font-semibold text-destructive' : 'text-muted-foreground'}`}>
                {number.format(u.used)} of {u.limit === null ? 'unlimited' : number.format(u.limit)}
                {over && ' — over the limit'}
              </span>
            </div>
            {u.limit !== null && <Progress value={Math.min(u.used, u.limit)} max={Math.max(1, u.limit)} label={`${label}: ${u.used} of ${u.limit}`} />}
          </li>
        );
      })}
    </ul>
  );
}
