'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Power, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { deleteCouponAction, setCouponActiveAction } from '@/lib/promotions/coupons/actions';

type Props = { slug: string; coupon: { id: string; code: string; isActive: boolean; usedCount: number } };

/** Switch a coupon on or off, or delete it (confirmed; its code can be used again afterwards). */
export function CouponActions({ slug, coupon }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const toggle = useRunAction({
    run: () => setCouponActiveAction(slug, { couponId: coupon.id, isActive: !coupon.isActive }),
    successMessage: coupon.isActive ? `${coupon.code} deactivated` : `${coupon.code} is active again`,
    refresh: 'always',
  });
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="outline" loading={toggle.pending} disabled={busy} onClick={toggle.execute}>
        {!toggle.pending && <Power aria-hidden="true" />}
        {coupon.isActive ? 'Deactivate' : 'Activate'}
      </Button>
      <ConfirmActionButton
        trigger={(pending) => (
          <>
            {!pending && <Trash2 aria-hidden="true" />}
            Delete
          </>
        )}
        triggerVariant="ghost-destructive"
        disabled={toggle.pending}
        onPendingChange={setBusy}
        title={`Delete ${coupon.code}?`}
        description={`Shoppers can no longer use it.${coupon.usedCount > 0 ? ` The ${coupon.usedCount} order${coupon.usedCount === 1 ? '' : 's'} that used it keep their discount.` : ''} You can create a coupon with this code again later.`}
        confirmLabel="Delete coupon"
        destructive
        run={() => deleteCouponAction(slug, { couponId: coupon.id })}
        successMessage={`${coupon.code} deleted`}
        onDone={() => router.push(`/dashboard/${slug}/coupons`)}
      />
    </div>
  );
}
