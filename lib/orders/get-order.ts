import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  customers,
  orderItems,
  orderNotes,
  orderStatusHistory,
  payments,
  refunds,
  users,
  type Order,
  type OrderItem,
  type OrderPriceSnapshot,
  type OrderStatus,
  type Payment,
  type Refund,
} from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getOrderInOrg } from './internal';
import type { OrderActor } from './change-order-status';
import { nextStatuses } from './transitions';

type Person = { name: string | null; email: string } | null;

export type OrderTimelineEntry = {
  id: string;
  at: Date;
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string | null;
  notes: string | null;
  actorType: OrderActor['type'];
  /** Who did it, as the page shows it: the member's name or email, "Customer", "System". */
  actorLabel: string;
};

export type OrderNoteEntry = { id: string; body: string; createdAt: Date; author: Person };

export type OrderPaymentEntry = Pick<
  Payment,
  'id' | 'method' | 'provider' | 'status' | 'amount' | 'currency' | 'gatewayTransactionId' | 'refundedAmount' | 'refundReason' | 'processedAt' | 'createdAt'
> & {
  /** What can still be given back on this payment (0 unless money was taken). */
  refundable: number;
};

export type OrderRefundEntry = Pick<Refund, 'id' | 'paymentId' | 'amount' | 'currency' | 'reason' | 'status' | 'gatewayRefundId' | 'createdAt' | 'processedAt'> & {
  createdBy: Person;
};

export type OrderDetail = {
  order: Omit<Order, 'accessTokenHash' | 'priceSnapshot'>;
  items: OrderItem[];
  /** From the frozen price snapshot; `paid` and `refunded` from the payments. */
  totals: {
    currency: string;
    pricesIncludeTax: boolean;
    subtotal: number;
    discount: number;
    tax: number;
    shipping: number;
    total: number;
    paid: number;
    refunded: number;
  };
  coupon: OrderPriceSnapshot['coupon'];
  delivery: OrderPriceSnapshot['delivery'];
  customer: { id: string; name: string; email: string | null; phone: string | null } | null;
  payments: OrderPaymentEntry[];
  refunds: OrderRefundEntry[];
  timeline: OrderTimelineEntry[];
  notes: OrderNoteEntry[];
  /** What this member may do to the order in its current state. */
  actions: { statuses: OrderStatus[]; canAddNote: boolean; canRefund: boolean };
};

const MONEY_TAKEN: readonly Payment['status'][] = ['completed', 'partially_refunded', 'refunded'];

const person = (name: string | null, email: string | null): Person => (email ? { name, email } : null);

function actorLabel(type: OrderTimelineEntry['actorType'], who: Person): string {
  if (type === 'customer') return 'Customer';
  if (type === 'system') return 'System';
  if (type === 'courier') return who ? `${who.name || who.email} (courier)` : 'Courier';
  return who ? who.name || who.email : 'Staff';
}

/** Status moves a member may offer: refunded needs 'orders.refund', the rest 'orders.manage'. */
export function allowedStatuses(ctx: Pick<OrgContext, 'can'>, order: Pick<Order, 'status' | 'fulfilmentMethod'>): OrderStatus[] {
  return nextStatuses(order).filter((to) => ctx.can(to === 'refunded' ? 'orders.refund' : 'orders.manage'));
}

/** Everything the staff order page shows about one order. */
export async function getOrder(ctx: OrgContext, orderId: string): Promise<OrderDetail> {
  requirePermission(ctx, 'orders.view');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const { accessTokenHash: _token, priceSnapshot: snapshot, ...order } = await getOrderInOrg(tx, orgId, orderId);
    const [items, customerRows, paymentRows, refundRows, historyRows, noteRows] = await Promise.all([
      tx.select().from(orderItems).where(and(eq(orderItems.organizationId, orgId), eq(orderItems.orderId, order.id))).orderBy(asc(orderItems.createdAt), asc(orderItems.id)),
      order.customerId
        ? tx
            .select({ id: customers.id, name: customers.name, email: customers.email, phone: customers.phone })
            .from(customers)
            .where(and(eq(customers.organizationId, orgId), eq(customers.id, order.customerId)))
        : Promise.resolve([]),
      tx.select().from(payments).where(and(eq(payments.organizationId, orgId), eq(payments.orderId, order.id))).orderBy(asc(payments.createdAt), asc(payments.id)),
      tx
        .select({ refund: refunds, name: users.name, email: users.email })
        .from(refunds)
        .leftJoin(users, eq(users.id, refunds.createdById))
        .where(and(eq(refunds.organizationId, orgId), eq(refunds.orderId, order.id)))
        .orderBy(desc(refunds.createdAt), desc(refunds.id)),
      tx
        .select({ row: orderStatusHistory, name: users.name, email: users.email })
        .from(orderStatusHistory)
        .leftJoin(users, eq(users.id, orderStatusHistory.changedById))
        .where(and(eq(orderStatusHistory.organizationId, orgId), eq(orderStatusHistory.orderId, order.id)))
        .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id)),
      tx
        .select({ note: orderNotes, name: users.name, email: users.email })
        .from(orderNotes)
        .leftJoin(users, eq(users.id, orderNotes.authorId))
        .where(and(eq(orderNotes.organizationId, orgId), eq(orderNotes.orderId, order.id)))
        .orderBy(asc(orderNotes.createdAt), asc(orderNotes.id)),
    ]);

    const paymentEntries: OrderPaymentEntry[] = paymentRows.map((p) => ({
      id: p.id,
      method: p.method,
      provider: p.provider,
      status: p.status,
      amount: p.amount,
      currency: p.currency,
      gatewayTransactionId: p.gatewayTransactionId,
      refundedAmount: p.refundedAmount,
      refundReason: p.refundReason,
      processedAt: p.processedAt,
      createdAt: p.createdAt,
      refundable: MONEY_TAKEN.includes(p.status) ? Math.max(0, p.amount - p.refundedAmount) : 0,
    }));
    const paid = paymentRows.filter((p) => MONEY_TAKEN.includes(p.status)).reduce((sum, p) => sum + p.amount, 0);

    return {
      order,
      items,
      totals: {
        currency: snapshot.currency,
        pricesIncludeTax: snapshot.pricesIncludeTax,
        subtotal: snapshot.subtotal,
        discount: snapshot.discount,
        tax: snapshot.tax,
        shipping: snapshot.shipping,
        total: snapshot.total,
        paid,
        refunded: order.refundedTotal,
      },
      coupon: snapshot.coupon,
      delivery: snapshot.delivery,
      customer: customerRows[0] ?? null,
      payments: paymentEntries,
      refunds: refundRows.map(({ refund, name, email }) => ({
        id: refund.id,
        paymentId: refund.paymentId,
        amount: refund.amount,
        currency: refund.currency,
        reason: refund.reason,
        status: refund.status,
        gatewayRefundId: refund.gatewayRefundId,
        createdAt: refund.createdAt,
        processedAt: refund.processedAt,
        createdBy: person(name, email),
      })),
      timeline: historyRows.map(({ row, name, email }) => ({
        id: row.id,
        at: row.createdAt,
        from: row.fromStatus,
        to: row.toStatus,
        reason: row.reason,
        notes: row.notes,
        actorType: row.actorType,
        actorLabel: actorLabel(row.actorType, person(name, email)),
      })),
      notes: noteRows.map(({ note, name, email }) => ({ id: note.id, body: note.body, createdAt: note.createdAt, author: person(name, email) })),
      actions: {
        statuses: allowedStatuses(ctx, order),
        canAddNote: ctx.can('orders.manage'),
        canRefund: ctx.can('orders.refund') && paymentEntries.some((p) => p.refundable > 0),
      },
    };
  });
}
