import type { Coupon } from '@/db/schema/promotions/coupons';
import { formatMoney, formatRateBps } from '@/lib/money/money';

type ValueFields = Pick<Coupon, 'type' | 'value' | 'currency' | 'maxDiscountAmount' | 'minOrderAmount'>;

/** "10% off (up to $25.00)", "$5.00 off", "Free shipping". */
export function describeCouponValue(c: ValueFields, locale: string): string {
  if (c.type === 'free_shipping') return 'Free shipping';
  if (c.type === 'fixed_amount') return `${formatMoney(c.value, c.currency, locale)} off`;
  const max = c.maxDiscountAmount !== null ? ` (up to ${formatMoney(c.maxDiscountAmount, c.currency, locale)})` : '';
  return `${formatRateBps(c.value)} off${max}`;
}

/** "3 / 5" uses, or "3 / ∞" without a limit. */
export function describeUsage(c: Pick<Coupon, 'usedCount' | 'usageLimit'>): string {
  return `${c.usedCount} / ${c.usageLimit ?? '∞'}`;
}

export const COUPON_TYPE_LABELS: Record<Coupon['type'], string> = {
  percentage: 'Percentage off',
  fixed_amount: 'Fixed amount off',
  free_shipping: 'Free shipping',
};
