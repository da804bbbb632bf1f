import type { Metadata } from 'next';
import { Forbidden } from '@/components/dashboard/forbidden';
import { CouponForm } from '@/components/promotions/coupon-form';
import { PageHeader } from '@/components/ui/page-header';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Create coupon' };

export default async function NewCouponPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('coupons.manage')) {
    return <Forbidden description="Only owners and admins manage coupons." action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  }
  return (
    <>
      <PageHeader title="Create coupon" description={`Amounts are in ${ctx.org.defaultCurrency}.`} />
      <CouponForm slug={slug} currency={ctx.org.defaultCurrency} />
    </>
  );
}
