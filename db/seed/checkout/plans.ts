/**
 * The dozen demo orders of each store: status, age, payment, and the odd coupon or pick-up,
 * so the orders list, its filters and the order timelines have something real to show.
 * Shopper i % 4 places order i (so WELCOME10, once per customer, goes to different shoppers).
 */
export type OrderPlan = {
  status: 'pending' | 'confirmed' | 'packed' | 'delivered' | 'cancelled';
  daysAgo: number;
  payment: 'cod' | 'bank_transfer';
  pickup?: boolean;
  express?: boolean;
  coupon?: 'WELCOME10' | 'FREESHIP';
  cancelledBy?: 'customer' | 'staff';
  note?: string;
};

export const ORDER_PLANS: OrderPlan[] = [
  { status: 'delivered', daysAgo: 33, payment: 'cod' },
  { status: 'delivered', daysAgo: 29, payment: 'bank_transfer', coupon: 'WELCOME10' },
  { status: 'cancelled', daysAgo: 26, payment: 'cod', cancelledBy: 'customer' },
  { status: 'delivered', daysAgo: 22, payment: 'cod', pickup: true },
  { status: 'delivered', daysAgo: 17, payment: 'cod', coupon: 'FREESHIP', express: true },
  { status: 'cancelled', daysAgo: 13, payment: 'bank_transfer', cancelledBy: 'staff' },
  { status: 'packed', daysAgo: 5, payment: 'cod', note: 'Customer asked us to call 30 minutes before arriving.' },
  { status: 'confirmed', daysAgo: 4, payment: 'bank_transfer' },
  { status: 'packed', daysAgo: 3, payment: 'cod', pickup: true },
  { status: 'confirmed', daysAgo: 2, payment: 'cod', express: true },
  { status: 'pending', daysAgo: 1, payment: 'bank_transfer', coupon: 'WELCOME10' },
  { status: 'pending', daysAgo: 0.1, payment: 'cod', note: 'Gift: please leave out the receipt.' },
];

const HOUR = 3_600_000;

/** The status path to `plan.status` with hours after placing, always along allowed transitions. */
export function timeline(plan: OrderPlan, delivery: boolean): { to: OrderPlan['status'] | 'processing' | 'out_for_delivery'; afterMs: number }[] {
  const steps: { to: OrderPlan['status'] | 'processing' | 'out_for_delivery'; afterMs: number }[] = [{ to: 'pending', afterMs: 0 }];
  if (plan.status === 'pending') return steps;
  if (plan.status === 'cancelled') {
    if (plan.cancelledBy === 'staff') steps.push({ to: 'confirmed', afterMs: 2 * HOUR });
    steps.push({ to: 'cancelled', afterMs: plan.cancelledBy === 'staff' ? 26 * HOUR : 3 * HOUR });
    return steps;
  }
  steps.push({ to: 'confirmed', afterMs: 1.5 * HOUR });
  if (plan.status === 'confirmed') return steps;
  steps.push({ to: 'processing', afterMs: 5 * HOUR }, { to: 'packed', afterMs: 20 * HOUR });
  if (plan.status === 'packed') return steps;
  if (delivery) steps.push({ to: 'out_for_delivery', afterMs: 26 * HOUR });
  steps.push({ to: 'delivered', afterMs: (delivery ? 30 : 28) * HOUR });
  return steps;
}
