/**
 * What a coupon's badge says, in this order of precedence: switched off, past its end, no uses
 * left, not started yet, or usable. Client-safe; `couponStatusSql` says the same in SQL.
 */
export const COUPON_STATUSES = ['active', 'scheduled', 'expired', 'used_up', 'inactive'] as const;
export type CouponStatus = (typeof COUPON_STATUSES)[number];

export const COUPON_STATUS_LABELS: Record<CouponStatus, string> = {
  active: 'Active',
  scheduled: 'Scheduled',
  expired: 'Expired',
  used_up: 'Used up',
  inactive: 'Inactive',
};

type StatusFields = { isActive: boolean; startsAt: Date | null; endsAt: Date | null; usageLimit: number | null; usedCount: number };

export function couponStatus(c: StatusFields, now = new Date()): CouponStatus {
  if (!c.isActive) return 'inactive';
  if (c.endsAt && c.endsAt <= now) return 'expired';
  if (c.usageLimit !== null && c.usedCount >= c.usageLimit) return 'used_up';
  if (c.startsAt && c.startsAt > now) return 'scheduled';
  return 'active';
}
