import Link from 'next/link';
import { CircleAlert, TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { getOrderAllowance } from '@/lib/plans/get-order-allowance';
import { PLANS } from '@/lib/plans/plans';
import type { OrgContext } from '@/lib/server/context';
import { usageLevel } from './usage-level';

const n = (value: number) => value.toLocaleString('en-US');

/**
 * The overview's warning when the store nears (80 %) or reaches its plan's monthly orders: at
 * the limit the storefront refuses new orders until the month turns. Nothing on unlimited plans.
 */
export async function OrderAllowanceBanner({ ctx }: { ctx: OrgContext }) {
  const allowance = await getOrderAllowance(ctx);
  if (!allowance) return null;
  const level = usageLevel(allowance.used, allowance.limit);
  if (level !== 'near' && level !== 'full') return null;
  const full = level === 'full';
  const plan = PLANS[allowance.plan].name;
  return (
    <Alert variant={full ? 'destructive' : 'warning'}>
      {full ? <CircleAlert aria-hidden="true" /> : <TriangleAlert aria-hidden="true" />}
      <AlertTitle>
        {full
          ? `Your storefront is not taking new orders: this month's ${n(allowance.limit)} orders on the ${plan} plan are used.`
          : `You have taken ${n(allowance.used)} of the ${n(allowance.limit)} orders the ${plan} plan allows this month.`}
      </AlertTitle>
      <AlertDescription>
        {full ? 'Shoppers are told the store cannot take orders right now. It starts again next month, or at once on a bigger plan.' : 'At the limit, the storefront stops taking orders until next month.'}{' '}
        {ctx.can('settings.view') ? (
          <Link href={`/dashboard/${ctx.org.slug}/settings/plan`} className="font-medium underline underline-offset-4 hover:no-underline">
            See plans and usage
          </Link>
        ) : (
          'Tell an owner or admin.'
        )}
      </AlertDescription>
    </Alert>
  );
}
