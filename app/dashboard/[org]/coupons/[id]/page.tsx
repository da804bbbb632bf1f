import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Forbidden } from '@/components/dashboard/forbidden';
import { CouponActions } from '@/components/promotions/coupon-actions';
import { describeCouponValue, describeUsage } from '@/components/promotions/coupon-format';
import { CouponForm } from '@/components/promotions/coupon-form';
import { CouponStatusBadge } from '@/components/promotions/coupon-status-badge';
import { RedemptionsTable } from '@/components/promotions/redemptions-table';
import { DateTime } from '@/components/ui/date-time';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Separator } from '@/components/ui/separator';
import { amountText } from '@/lib/money/decimal-input';
import { formatMoney, formatRateBps } from '@/lib/money/money';
import { getCoupon } from '@/lib/promotions/coupons/get-coupon';
import { listCouponRedemptions } from '@/lib/promotions/coupons/list-coupon-redemptions';
import { RedemptionListInput } from '@/lib/promotions/coupons/schemas';
import { AppError } from '@/lib/server/errors';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Coupon' };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: SearchParams };

/** One coupon: its terms and usage, the form to change them, and the orders that used it. */
export default async function CouponPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const ctx = await orgPageContext(org);
  const slug = ctx.org.slug;
  if (!ctx.can('coupons.manage')) {
    return <Forbidden description="Only owners and admins manage coupons." action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  }
  const input = RedemptionListInput.parse({ couponId: id, page: (await searchParams).page });
  const [coupon, redemptions] = await Promise.all([getCoupon(ctx, id), listCouponRedemptions(ctx, input)]).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const { defaultLocale: locale, timezone } = ctx.org;
  const value = coupon.type === 'percentage' ? formatRateBps(coupon.value).replace('%', '') : coupon.type === 'fixed_amount' ? amountText(coupon.value, coupon.currency) : '';

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{coupon.code}</span> <CouponStatusBadge status={coupon.status} />
          </span>
        }
        description={coupon.name}
        actions={<CouponActions slug={slug} coupon={{ id: coupon.id, code: coupon.code, isActive: coupon.isActive, usedCount: coupon.usedCount }} />}
      />
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 rounded-lg border p-4 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted-foreground">Discount</dt>
        <dd>{describeCouponValue(coupon, locale)}</dd>
        <dt className="text-muted-foreground">Minimum order</dt>
        <dd>{coupon.minOrderAmount > 0 ? formatMoney(coupon.minOrderAmount, coupon.currency, locale) : 'None'}</dd>
        <dt className="text-muted-foreground">Used</dt>
        <dd className="tabular-nums">
          {describeUsage(coupon)}
          {coupon.perCustomerLimit !== null && ` · at most ${coupon.perCustomerLimit} per customer`}
        </dd>
        <dt className="text-muted-foreground">Valid</dt>
        <dd>
          <DateTime value={coupon.startsAt} timeZone={timezone} fallback="From creation" /> – <DateTime value={coupon.endsAt} timeZone={timezone} fallback="no end" />
        </dd>
      </dl>
      <section aria-labelledby="redemptions-heading" className="flex flex-col gap-3">
        <h2 id="redemptions-heading" className="text-lg font-semibold">
          Orders that used it
        </h2>
        <RedemptionsTable slug={slug} rows={redemptions.rows} locale={locale} timeZone={timezone} />
        <Pagination basePath={`/dashboard/${slug}/coupons/${coupon.id}`} page={redemptions.page} totalPages={redemptions.totalPages} />
      </section>
      <Separator className="my-2" />
      <h2 className="text-lg font-semibold">Edit coupon</h2>
      <CouponForm
        slug={slug}
        currency={coupon.currency}
        coupon={{
          id: coupon.id,
          values: {
            code: coupon.code,
            name: coupon.name,
            description: coupon.description ?? '',
            type: coupon.type,
            value,
            minOrderAmount: coupon.minOrderAmount ? amountText(coupon.minOrderAmount, coupon.currency) : '',
            maxDiscountAmount: amountText(coupon.maxDiscountAmount, coupon.currency),
            usageLimit: coupon.usageLimit === null ? '' : String(coupon.usageLimit),
            perCustomerLimit: coupon.perCustomerLimit === null ? '' : String(coupon.perCustomerLimit),
            startsAt: coupon.startsAt?.toISOString() ?? null,
            endsAt: coupon.endsAt?.toISOString() ?? null,
            isActive: coupon.isActive,
          },
        }}
      />
    </>
  );
}
