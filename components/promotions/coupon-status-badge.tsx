import { Badge } from '@/components/ui/badge';
import { COUPON_STATUS_LABELS, type CouponStatus } from '@/lib/promotions/coupons/status';

const VARIANTS = { active: 'success', scheduled: 'outline', expired: 'secondary', used_up: 'warning', inactive: 'secondary' } as const;

export function CouponStatusBadge({ status }: { status: CouponStatus }) {
  return <Badge variant={VARIANTS[status]}>{COUPON_STATUS_LABELS[status]}</Badge>;
}
